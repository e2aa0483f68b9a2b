// End-to-end tests in a real browser against the running product with the small demo network
// (`BASE_URL`). Every role signs in, opens every page its navigation offers and the first record
// of each list, at desktop and at phone width, and axe-core must find nothing; the coordinator
// imports a CSV through the upload form; the language switches.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, BASE, openBrowser, signIn, checkAccessibility, checkNoSidewaysScroll, checkCellsFit, shot } from './lib/browser.mjs';

const skip = BASE ? false : 'BASE_URL not set: start the product and point BASE_URL at it';

/** The pages a role reaches from its navigation, plus the first record of each list. */
async function pagesOf(page) {
  const nav = await page.$$eval('.sk-nav__link', (as) => as.map((a) => a.getAttribute('href')));
  const urls = [...nav];
  for (const href of nav) {
    if (href === '/' || href === '/audit' || href === '/outbox') continue;
    await page.goto(BASE + href);
    const first = await page.$('a.sk-table__primary');
    if (first) urls.push(await first.getAttribute('href'));
    const create = await page.$('.sk-page-head .ams-button--primary');
    if (create) urls.push(await create.getAttribute('href'));
  }
  return [...new Set(urls)];
}

describe('every role, every page', { skip }, () => {
  for (const [role, email] of Object.entries(ACCOUNTS)) {
    test(`${role}: home and every page it can open pass axe at desktop and phone width`, async () => {
      const desktop = await openBrowser();
      const phone = await openBrowser({ width: 390, height: 844 });
      try {
        await signIn(desktop.page, email);
        await signIn(phone.page, email);
        const urls = await pagesOf(desktop.page);
        assert.ok(urls.length >= 1, `${role} has pages`);
        for (const url of urls) {
          const res = await desktop.page.goto(BASE + url);
          assert.equal(res.status(), 200, `${role} ${url}`);
          await checkAccessibility(desktop.page, `${role} ${url}`);
          await phone.page.goto(BASE + url);
          await checkAccessibility(phone.page, `${role} ${url} (390px)`);
          await checkNoSidewaysScroll(phone.page, `${role} ${url} (390px)`);
          await checkCellsFit(phone.page, `${role} ${url} (390px)`);
        }
        await desktop.page.goto(BASE + '/');
        await shot(desktop.page, `${role}-home-1280`);
        await phone.page.goto(BASE + '/');
        await shot(phone.page, `${role}-home-390`);
      } finally {
        await desktop.close();
        await phone.close();
      }
    });
  }
});

describe('the coordinator', { skip }, () => {
  let b;
  before(async () => { b = await openBrowser(); await signIn(b.page, ACCOUNTS.coordinator); });
  after(async () => { await b?.close(); });

  test('imports a CSV through the upload form, sees the preview, confirms', async () => {
    const { page } = b;
    await page.goto(`${BASE}/pupils/import`);
    await checkAccessibility(page, 'import upload');
    // As Excel on Windows saves it: CRLF line ends, and a blank line in between.
    const csv = ['Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Klas;Geboortedatum',
      '990001;Yara;van;Kampen;2Z;03-04-2013', '', '990002;Idris;;Haddou;2Z;31-02-2013', ''].join('\r\n');
    await page.setInputFiles('#f-file', { name: 'klas2z.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await Promise.all([page.waitForURL(/\/pupils\/import\/[0-9a-f-]+$/), page.click('main form button[type=submit]')]);
    // The bad row by the line an editor shows, the date named as impossible, not as mistyped.
    const bad = page.locator('tbody tr', { hasText: 'Deze datum bestaat niet.' });
    await bad.waitFor();
    assert.equal((await bad.locator('th').innerText()).trim(), '4', 'line 4 of the file');
    // The class the import will create, named before she confirms.
    assert.match(await page.locator('#new-classes').innerText(), /1 nieuwe klas[\s\S]*2Z/);
    await checkAccessibility(page, 'import preview with an error');
    await shot(page, 'coordinator-import-preview');
    await page.click('label[for=f-skip]');
    await Promise.all([page.waitForURL(/\/pupils\?school=/), page.click('main form button[type=submit]')]);
    await page.getByText('De leerlingen zijn geïmporteerd.').waitFor();
    await page.goto(`${BASE}/pupils?q=kampen`);
    await page.locator('.sk-table__primary', { hasText: 'Yara van Kampen' }).waitFor();
    assert.equal(await page.locator('.sk-table__primary', { hasText: 'Haddou' }).count(), 0, 'the bad row was skipped');
  });

  test('searches as she types, without reloading the page', async () => {
    const { page } = b;
    await page.goto(`${BASE}/pupils`);
    await page.waitForFunction(() => typeof window.htmx !== 'undefined');
    await page.evaluate(() => { window.__stayed = 1; });
    await page.fill('#f-q', 'kampen');
    await page.locator('#results .sk-table__primary', { hasText: 'Kampen' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('#results .sk-table__primary').length === 1);
    assert.equal(await page.evaluate(() => window.__stayed), 1);
    assert.match(page.url(), /q=kampen/, 'the search is in the address bar');
  });

  test('sees every problem of a bad form at once, in Dutch, and nothing is saved', async () => {
    const { page } = b;
    await page.goto(`${BASE}/pupils/new`);
    await page.fill('#f-date_of_birth', '31-02-2013');
    await page.click('main form.sk-form button[type=submit]');
    const summary = page.locator('.ams-invalid-form-alert');
    await summary.waitFor();
    assert.match(await summary.innerText(), /Verbeter de 4 fouten/);
    assert.match(await page.locator('#e-date_of_birth').innerText(), /Deze datum bestaat niet/);
    await checkAccessibility(page, 'pupil form with errors');
    await shot(page, 'coordinator-pupil-form-errors');
  });

  test('switches the interface to English and back', async () => {
    const { page } = b;
    await page.goto(`${BASE}/pupils`);
    await page.click('.sk-lang__link[hreflang=en]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.ok(await page.getByRole('heading', { name: 'Pupils', level: 1 }).isVisible());
    await checkAccessibility(page, 'pupils in English');
    await page.click('.sk-lang__link[hreflang=nl]');
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    assert.ok(await page.getByRole('heading', { name: 'Leerlingen', level: 1 }).isVisible());
  });
});

describe('a visitor', { skip }, () => {
  test('sees the sign-in page and a clear, non-revealing error; the menu works on a phone', async () => {
    const b = await openBrowser({ width: 390, height: 844 });
    try {
      const { page } = b;
      await page.goto(`${BASE}/pupils`);
      assert.match(page.url(), /\/login\?next=/);
      await page.fill('#f-email', 'niemand@example.nl');
      await page.fill('#f-password', 'fout wachtwoord');
      await page.click('main form button[type=submit]');
      await page.getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor();
      await checkAccessibility(page, 'sign-in error');
      await shot(page, 'visitor-login-error-390');
      await page.fill('#f-email', ACCOUNTS.coordinator);
      await page.fill('#f-password', 'schakel-demo');
      await Promise.all([page.waitForURL(/\/pupils$/), page.click('main form button[type=submit]')]);
      await page.click('.sk-menu summary');
      await page.locator('.sk-nav__link', { hasText: 'Klassen' }).click();
      await page.waitForURL(/\/classes$/);
    } finally {
      await b.close();
    }
  });
});

// A matching round in a real browser against the running product with the small demo network
// (`BASE_URL`): the coordinator creates a round for year 3 and opens it, the demo pupil ranks
// three vacancies on her phone (buttons and a rank number, swapped in place by htmx), the
// coordinator closes and runs it, moves a pupil by hand, previews a what-if and publishes, and
// the pupil reads her result with its explanation. axe-core on every page; the pupil's pages at
// 390 px without sideways scrolling.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, BASE, openBrowser, signIn, checkAccessibility, checkNoSidewaysScroll, shot } from './lib/browser.mjs';

const skip = BASE ? false : 'BASE_URL not set: start the product and point BASE_URL at it';

/** Runs `action` and waits until htmx has swapped and settled the answer (its new content is
 * live only after settling). */
async function swapped(page, action) {
  const before = await page.evaluate(() => {
    if (window.__settled === undefined) {
      window.__settled = 0;
      document.body.addEventListener('htmx:afterSettle', () => { window.__settled += 1; });
    }
    return window.__settled;
  });
  await action();
  await page.waitForFunction((n) => window.__settled > n, before);
}

/** The notice the server set for this page (the flash), as shown. */
async function notice(page) {
  const flash = page.locator('.sk-flashes');
  await flash.waitFor();
  return flash.innerText();
}

describe('a matching round from creation to the pupil reading her result', { skip }, () => {
  let coordinator;
  let desktopPupil;
  let phone;
  const name = `Browsertest ronde ${Date.now()}`;
  let roundUrl;

  before(async () => {
    coordinator = await openBrowser();
    phone = await openBrowser({ width: 390, height: 844 });
    desktopPupil = await openBrowser();
    await signIn(coordinator.page, ACCOUNTS.coordinator);
    await signIn(phone.page, ACCOUNTS.leerling);
    await signIn(desktopPupil.page, ACCOUNTS.leerling);
  });
  after(async () => {
    await coordinator?.close();
    await phone?.close();
    await desktopPupil?.close();
  });

  /** A pupil's page: axe at phone width, no sideways scrolling, and a screenshot at both widths. */
  async function pupilPage(path, label) {
    await phone.page.goto(BASE + path);
    await checkAccessibility(phone.page, `${label} (390px)`);
    await checkNoSidewaysScroll(phone.page, `${label} (390px)`);
    await shot(phone.page, `rounds-${label}-390`);
    await desktopPupil.page.goto(BASE + path);
    await checkAccessibility(desktopPupil.page, label);
    await shot(desktopPupil.page, `rounds-${label}-1280`);
  }

  test('the coordinator creates a round for year 3 and opens it', async () => {
    const { page } = coordinator;
    await page.goto(`${BASE}/rounds`);
    await checkAccessibility(page, 'rounds list');
    await shot(page, 'rounds-list-1280');
    await page.click('.sk-page-head .ams-button--primary');
    await page.waitForURL(/\/rounds\/new$/);
    await checkAccessibility(page, 'new round form');
    await shot(page, 'rounds-new-1280');
    // Every problem at once first.
    await page.fill('#f-closes_on', '01-01-2020');
    await page.click('main form.sk-form button.ams-button--primary[type=submit]');
    await page.locator('.ams-invalid-form-alert').waitFor();
    await checkAccessibility(page, 'new round form with errors');
    await shot(page, 'rounds-new-errors-1280');
    const inTwoWeeks = new Date(Date.now() + 14 * 86400e3);
    const date = `${String(inTwoWeeks.getDate()).padStart(2, '0')}-${String(inTwoWeeks.getMonth() + 1).padStart(2, '0')}-${inTwoWeeks.getFullYear()}`;
    await page.fill('#f-name', name);
    await page.fill('#f-closes_on', date);
    await page.selectOption('#f-choices', '3');
    await page.selectOption('#f-priority', 'distance');
    await page.click('label[for=year-3]');
    await Promise.all([
      page.waitForURL(/\/rounds\/[0-9a-f-]{36}$/),
      page.click('main form.sk-form button.ams-button--primary[type=submit]'),
    ]);
    roundUrl = new URL(page.url()).pathname;
    assert.match(await notice(page), /aangemaakt als concept/);
    await checkAccessibility(page, 'round draft');
    await page.click('form[action$="/open"] button');
    assert.match(await notice(page), /De ronde is open/);
    await checkAccessibility(page, 'round open');
    await shot(page, 'rounds-open-1280');
  });

  test('the pupil sees the round on her home page and ranks three vacancies on her phone', async () => {
    const { page } = phone;
    await page.goto(`${BASE}/`);
    await page.getByRole('heading', { name }).waitFor();
    await pupilPage(roundUrl, 'rank-empty');
    await page.waitForFunction(() => typeof window.htmx !== 'undefined');
    await page.evaluate(() => { window.__stayed = 1; });
    for (let n = 1; n <= 3; n += 1) {
      await swapped(page, () => page.locator('button[name=edit][value^="add:"]').first().click());
      assert.equal(await page.locator('.sk-ranking__item').count(), n);
    }
    assert.equal(await page.evaluate(() => window.__stayed), 1, 'htmx swapped the list in place');
    assert.equal(await page.locator('button[name=edit][value^="add:"]').count(), 0, 'a fourth cannot be chosen');
    const titles = () => page.locator('.sk-ranking__item .sk-ranking__title').allInnerTexts();
    const [first, second, third] = await titles();
    // Down with a button, then her third choice to number 1 with the rank number.
    await swapped(page, () => page.locator('button[name=edit][value^="down:"]').first().click());
    assert.deepEqual(await titles(), [second, first, third]);
    await swapped(page, () => page.locator('.sk-ranking__select').nth(2).selectOption('1'));
    assert.deepEqual(await titles(), [third, second, first]);
    await checkAccessibility(page, 'ranking with three choices (390px)');
    await checkNoSidewaysScroll(page, 'ranking with three choices (390px)');
    await shot(page, 'rounds-rank-full-390');
    await pupilPage(roundUrl, 'rank-full');
  });

  test('the coordinator closes and runs the round, moves a pupil, looks at a what-if and publishes', async () => {
    const { page } = coordinator;
    const pupilName = (await desktopPupil.page.locator('.sk-user__link').textContent()).trim();
    await page.goto(BASE + roundUrl);
    await page.locator('summary', { hasText: 'Ronde nu sluiten' }).click();
    await page.click('form[action$="/close"] button');
    assert.match(await notice(page), /De ronde is gesloten/);
    await page.selectOption('#f-mode', 'stable');
    await page.click('form[action$="/run"] button');
    assert.match(await notice(page), /De indeling is klaar/);
    await page.getByRole('heading', { name: 'Beide manieren naast elkaar' }).waitFor();
    await checkAccessibility(page, 'round matched');
    await shot(page, 'rounds-matched-1280');
    // Another pupil than the demo pupil, moved by hand to a vacancy with room.
    const other = page.locator('section[aria-labelledby=pupils-title] .sk-table__primary').filter({ hasNotText: pupilName }).first();
    await Promise.all([page.waitForURL(/\/pupils\/[0-9a-f-]{36}$/), other.click()]);
    await checkAccessibility(page, 'pupil in round');
    const target = await page.$$eval('#f-vacancy option', (os) =>
      os.filter((o) => !o.selected && o.value !== 'none' && /nog \d+ plaats/.test(o.textContent)).map((o) => o.value)[0]);
    assert.ok(target, 'a vacancy with room to move to');
    await page.selectOption('#f-vacancy', target);
    await page.click('form[action$="/move"] button');
    assert.match(await notice(page), /opnieuw ingedeeld/);
    await page.getByText('met de hand aangepast').waitFor();
    await shot(page, 'rounds-pupil-moved-1280');
    // What if the most wanted vacancy had two more places? Nothing is stored.
    await page.goto(BASE + roundUrl);
    await page.selectOption('#f-what-if-extra', '2');
    await Promise.all([page.waitForURL(/what-if/), page.click('form[action$="/what-if"] button')]);
    await page.getByText('Alleen een voorbeeld').waitFor();
    await checkAccessibility(page, 'what-if');
    await shot(page, 'rounds-what-if-1280');
    await page.goto(BASE + roundUrl);
    await page.click('label[for=f-confirm]');
    await page.click('form[action$="/publish"] button');
    assert.match(await notice(page), /De ronde is gepubliceerd/);
    await checkAccessibility(page, 'round published');
    await shot(page, 'rounds-published-1280');
  });

  test('the pupil reads her result and why, on her phone', async () => {
    await pupilPage(roundUrl, 'result');
    const { page } = phone;
    await page.getByRole('heading', { name: 'Jouw uitslag' }).waitFor();
    const headline = await page.locator('.sk-result__headline').innerText();
    assert.match(headline, /Je bent ingedeeld bij|geen plek gekregen/);
    const reasons = await page.locator('.sk-result__reasons li').allInnerTexts();
    for (const r of reasons) assert.match(r, /^Je (eerste|tweede|derde) keus \(/);
    await page.goto(`${BASE}/rounds`);
    await checkAccessibility(page, 'my rounds (390px)');
    await checkNoSidewaysScroll(page, 'my rounds (390px)');
    await shot(page, 'rounds-mine-390');
  });
});

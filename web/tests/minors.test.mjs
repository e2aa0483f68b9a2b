// The rules for minors in a real browser, against the product with the small demo network:
// a coordinator tries to place a first-year class, with a 12-year-old in it, in an off-site group
// placement and is told who blocks it and why; she confirms an application after confirming its
// warning and signing; a parent signs the agreement through the mailed link.
// axe-core runs on every page visited, and the pages a pupil or parent uses are checked at phone
// width without sideways scrolling.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, BASE, openBrowser, signIn, checkAccessibility, checkNoSidewaysScroll, shot } from './lib/browser.mjs';

const skip = BASE ? false : 'BASE_URL not set: start the product and point BASE_URL at it';

/** The links in a list page's table. */
async function links(page, url) {
  await page.goto(BASE + url);
  return page.$$eval('a.sk-table__primary, .sk-table a.ams-link', (as) => as.map((a) => a.getAttribute('href')));
}

describe('rules for minors', { skip }, () => {
  test('a group with a 12-year-old is refused for off-site work, naming who and why', async () => {
    const b = await openBrowser();
    try {
      const { page } = b;
      await signIn(page, ACCOUNTS.coordinator);
      // An open group vacancy outside school.
      const vacancies = await links(page, '/vacancies?kind=group&status=open');
      let groupPage = null;
      for (const href of vacancies.filter((h) => h && h.startsWith('/vacancies/'))) {
        await page.goto(BASE + href);
        const place = page.locator(`a[href="${href}/group"]`);
        const outside = await page.getByText('Maatschappelijke stage buiten school').count();
        if (await place.count() && outside) { groupPage = `${href}/group`; break; }
      }
      assert.ok(groupPage, 'the demo has an off-site group vacancy the coordinator can fill');
      // A first-year class: pupils of 12 and 13.
      await page.goto(BASE + groupPage);
      await checkAccessibility(page, 'group placement');
      const firstYear = await page.$$eval('#f-class option', (os) => os.map((o) => [o.value, o.textContent]).filter(([, t]) => /^1/.test(t)));
      assert.ok(firstYear.length, 'a first-year class');
      await page.selectOption('#f-class', firstYear[0][0]);
      await Promise.all([page.waitForURL(/class=/), page.click('form.sk-filters button[type=submit]')]);
      await page.click('label[for=f-sign-school]');
      await page.click('form.sk-form button[type=submit]');
      const refusal = page.locator('#group-blocked');
      await refusal.waitFor();
      const text = await page.locator('.ams-alert--error').first().innerText();
      assert.match(text, /Deze groep kan niet geplaatst worden/);
      assert.match(text, /A1/, 'the rule: no work outside school under 13');
      assert.match(text, /12 jaar/, 'the reason names the age');
      assert.ok(await page.locator('.sk-finding__inline').count() >= 1, 'the pupil who blocks is marked in the list');
      await checkAccessibility(page, 'group refused');
      await shot(page, 'minors-group-refused-1280');
      const phone = await openBrowser({ width: 390, height: 844 });
      try {
        await signIn(phone.page, ACCOUNTS.coordinator);
        await phone.page.goto(BASE + groupPage + `?class=${firstYear[0][0]}`);
        await checkNoSidewaysScroll(phone.page, 'group placement (390px)');
      } finally {
        await phone.close();
      }
    } finally {
      await b.close();
    }
  });

  test('the school confirms and signs, a parent signs through the mailed link', async () => {
    const coord = await openBrowser();
    const parent = await openBrowser({ width: 390, height: 844 });
    try {
      const { page } = coord;
      await signIn(page, ACCOUNTS.coordinator);
      // An accepted application she can confirm once she confirms its warnings.
      const accepted = (await links(page, '/placements?status=accepted')).filter((h) => h && h.startsWith('/placements/'));
      let target = null;
      for (const href of accepted) {
        await page.goto(BASE + href);
        if (await page.locator(`form[action="${href}/confirm"]`).count()) { target = href; break; }
      }
      assert.ok(target, 'an application the school can confirm');
      await checkAccessibility(page, 'placement to confirm');
      await shot(page, 'minors-confirm-1280');
      // Without the warnings confirmed, nothing changes.
      const acks = page.locator(`form[action="${target}/confirm"] input[name=ack]`);
      await page.click('label[for=f-sign-school]');
      if (await acks.count()) {
        await page.click(`form[action="${target}/confirm"] button[type=submit]`);
        await page.getByText('Bevestig eerst alle waarschuwingen').first().waitFor();
        await checkAccessibility(page, 'confirm refused without the warnings');
        for (const id of await acks.evaluateAll((is) => is.map((i) => i.id))) await page.click(`label[for=${id}]`);
        await page.click('label[for=f-sign-school]');
      }
      await page.click(`form[action="${target}/confirm"] button[type=submit]`);
      await page.getByText('Bevestigd en namens de school getekend').waitFor();
      await checkAccessibility(page, 'confirmed, waiting for signatures');
      // The request goes to the parent the school knows; when it knows none, she fills one in.
      // Then the mail with the link (the demo's outbox).
      let parentEmail;
      if (await page.locator('#f-parent_email').count()) {
        parentEmail = `ouder.${Date.now()}@example.nl`;
        await page.fill('#f-parent_email', parentEmail);
        await page.click(`form[action="${target}/consent"] button[type=submit]`);
        await page.getByText('verstuurd', { exact: false }).first().waitFor();
      } else {
        const sent = await page.locator('#agreement-title').locator('..').innerText();
        parentEmail = sent.match(/Verzoek verstuurd naar (\S+@[^\s,.]+(?:\.[^\s,.]+)+)/)?.[1];
        assert.ok(parentEmail, `the known parent was asked: ${sent}`);
      }
      const pl = await openBrowser();
      let link;
      try {
        await signIn(pl.page, ACCOUNTS.projectleider);
        await pl.page.goto(`${BASE}/outbox?to=${encodeURIComponent(parentEmail)}`);
        const body = await pl.page.locator('.sk-mail-body').first().innerText();
        link = body.match(/https?:\/\/\S+\/consent\/\S+/)?.[0];
      } finally {
        await pl.close();
      }
      assert.ok(link, 'the consent link was mailed');
      const path = new URL(link).pathname;
      await parent.page.goto(BASE + path);
      await checkAccessibility(parent.page, 'consent page (390px)');
      await checkNoSidewaysScroll(parent.page, 'consent page (390px)');
      await shot(parent.page, 'minors-parent-sign-390');
      await parent.page.fill('#f-name', 'Saskia Ouder');
      await parent.page.click('label[for=f-agree]');
      await parent.page.click('main form button[type=submit]');
      await parent.page.getByText('Saskia Ouder').first().waitFor();
      await checkAccessibility(parent.page, 'consent given (390px)');
      // The school sees the parent's signature on the agreement; the pupil still signs.
      await page.goto(BASE + target);
      const agreement = await page.locator('#agreement-title').locator('..').innerText();
      assert.match(agreement, /Ouder of verzorger\s*✓?\s*Getekend door Saskia Ouder/);
      assert.match(agreement, /Leerling\s*Nog niet getekend/);
      assert.equal(await page.locator('#f-parent_email').count(), 0, 'a parent who signed is not asked again');
      await checkAccessibility(page, 'agreement with the parent signed');
      await shot(page, 'minors-agreement-parent-signed-1280');
    } finally {
      await coord.close();
      await parent.close();
    }
  });

  test('the project leader reads the rules and sees which hosts lack checks', async () => {
    const b = await openBrowser();
    try {
      const { page } = b;
      await signIn(page, ACCOUNTS.projectleider);
      await page.goto(`${BASE}/rules`);
      await page.getByRole('heading', { name: 'Regels voor minderjarigen', level: 1 }).waitFor();
      assert.ok(await page.getByText('B7', { exact: true }).count() >= 1);
      await checkAccessibility(page, 'rules');
      await page.goto(`${BASE}/hosts/checks`);
      const rows = await page.locator('.sk-table tbody tr').count();
      assert.ok(rows >= 1, 'the demo has hosts lacking checks');
      await checkAccessibility(page, 'hosts lacking checks');
      await page.locator('.sk-table tbody a').first().click();
      await page.getByText('Controle vastleggen').waitFor();
      await checkAccessibility(page, 'host checks');
      await shot(page, 'minors-host-checks-1280');
    } finally {
      await b.close();
    }
  });
});

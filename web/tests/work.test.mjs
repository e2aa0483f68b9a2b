// Daily work as each role does it, in a real browser against the small demo network (`BASE_URL`).
// This file runs last: it confirms, approves and completes placements of the demo, which the
// other files read as the demo made them.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  ACCOUNTS, BASE, openBrowser, signIn, checkAccessibility, checkNoSidewaysScroll, checkCellsFit, shot,
  submit, mainText,
} from './lib/browser.mjs';

const skip = BASE ? false : 'BASE_URL not set: start the product and point BASE_URL at it';

/** The placement links of the rows on a list page. */
const rowLinks = (page) => page.$$eval('tbody th a.sk-table__primary', (as) => as.map((a) => a.getAttribute('href')));

describe('the coordinator confirms a class at once', { skip }, () => {
  let desktop;
  let phone;
  before(async () => {
    desktop = await openBrowser();
    phone = await openBrowser({ width: 390, height: 844 });
    await signIn(desktop.page, ACCOUNTS.coordinator);
    await signIn(phone.page, ACCOUNTS.coordinator);
  });
  after(async () => { await desktop?.close(); await phone?.close(); });

  test('filters a class, chooses all, signs once and reads what happened to each', async () => {
    const { page } = desktop;
    await page.goto(`${BASE}/placements?status=accepted`);
    await shot(page, 'work-01-bulk-list-1280');
    // The class of an application she can confirm as it stands: its page offers the signature
    // and has no warnings to confirm one by one.
    const rows0 = await page.$$eval('tbody tr', (trs) => trs.map((tr) => [
      tr.querySelector('th a').getAttribute('href'), tr.querySelectorAll('td')[2].textContent.trim()]));
    let best = null;
    for (const [href, className] of rows0) {
      const res = await page.request.get(BASE + href);
      const html = await res.text();
      if (html.includes('id="f-sign-school"') && !html.includes('name="ack"')) { best = { name: className }; break; }
    }
    assert.ok(best, 'the demo leaves her an application she can confirm');
    await page.goto(`${BASE}/placements?status=accepted`);
    best.id = await page.$eval('#f-class', (sel, name) => [...sel.options].find((o) => o.textContent === name).value, best.name);
    await page.goto(`${BASE}/placements?status=accepted&class=${best.id}`);
    best.n = (await rowLinks(page)).length;

    // Filtering by class in the form (htmx swaps the results and keeps the address).
    await page.goto(`${BASE}/placements?status=accepted`);
    await Promise.all([
      page.waitForURL((u) => u.searchParams.get('class') === best.id),
      page.selectOption('#f-class', best.id),
    ]);
    await page.waitForFunction((n) => document.querySelectorAll('tbody tr').length === n, best.n);
    const rows = page.locator('tbody tr');
    for (const text of await rows.allInnerTexts()) assert.match(text, new RegExp(best.name), 'only that class');
    await checkAccessibility(page, 'coordinator: accepted applications of one class');

    // "Alles kiezen" ticks every row; without the signature nothing happens and her choice stays.
    await page.click('label[for=c-all]');
    const boxes = page.locator('tbody input[name=placements]');
    assert.equal(await boxes.count(), best.n);
    for (const box of await boxes.all()) assert.ok(await box.isChecked(), 'every row chosen');
    const chosen = await rowLinks(page);
    await submit(page, page.getByRole('button', { name: 'Gekozen stages bevestigen' }));
    assert.match(await page.locator('#f-sign').innerText(), /Vink aan dat je de overeenkomst tekent/);
    assert.equal(await page.locator('tbody input[name=placements]:checked').count(), best.n, 'still chosen');
    assert.deepEqual(await rowLinks(page), chosen, 'the same list, nothing confirmed');
    await checkAccessibility(page, 'coordinator: bulk confirmation without signature');

    // Signed: a summary that accounts for every chosen placement.
    await page.click('label[for=f-sign-bulk]');
    await submit(page, page.getByRole('button', { name: 'Gekozen stages bevestigen' }));
    assert.equal(await page.locator('h1').innerText(), 'Bevestigen: het resultaat');
    const listed = (section) => page.$$eval(`${section} .sk-bulk-list > li > a`, (as) => as.map((a) => a.getAttribute('href')));
    const confirmed = await listed('#bulk-confirmed');
    const warnings = await listed('#bulk-warnings');
    const refused = await listed('#bulk-refused');
    assert.deepEqual([...confirmed, ...warnings, ...refused].sort(), [...chosen].sort(), 'each chosen placement once');
    assert.ok(confirmed.length >= 1, 'at least one confirmed');
    assert.match(await page.locator('#bulk-counts').innerText(), new RegExp(`${confirmed.length} stages? bevestigd`));
    // What waits or was refused says which rule or reason.
    for (const id of ['#bulk-warnings', '#bulk-refused']) {
      for (const item of await page.locator(`${id} .sk-bulk-list > li`).all()) {
        assert.match(await item.innerText(), /·\s*\S+/, 'a reason with each');
      }
    }
    for (const item of await page.locator('#bulk-warnings .sk-bulk-list > li').all()) {
      assert.ok(await item.locator('.sk-finding').count() >= 1, 'the warnings to confirm are named');
    }
    // A rule broken on many days is one line; its dates open behind "En nog … keer".
    for (const more of await page.locator('.sk-finding__more').all()) {
      const count = Number((await more.locator('summary').innerText()).replace(/\D/g, ''));
      await more.locator('summary').click();
      const dates = (await more.locator('p').innerText()).split(',').length;
      assert.equal(dates, count + 1, 'every occurrence has its date');
    }
    await checkAccessibility(page, 'coordinator: bulk confirmation summary');
    await shot(page, 'work-01-bulk-summary-1280');
    // The summary answers a form, so the phone view is the same page made narrow.
    await page.setViewportSize({ width: 390, height: 844 });
    await checkNoSidewaysScroll(page, 'bulk summary (390px)');
    await checkAccessibility(page, 'coordinator: bulk confirmation summary (390px)');
    await shot(page, 'work-01-bulk-summary-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Each confirmed one is confirmed on its own page, and the list now leaves it out.
    await page.goto(BASE + confirmed[0]);
    const status = await page.locator('.sk-page-head__title .sk-status').innerText();
    assert.match(status, /Bevestigd|Actief/);
    if (status === 'Bevestigd') {
      // Signatures not given yet are a step to take, not something the rules forbid.
      const findings = await page.locator('.sk-finding').allInnerTexts();
      assert.ok(findings.some((t) => t.includes('Nog te tekenen')), `signatures to give: ${findings}`);
      assert.ok(!findings.some((t) => t.includes('Niet toegestaan')), `nothing forbidden: ${findings}`);
    }
    await page.goto(`${BASE}/placements?status=accepted&class=${best.id}`);
    const left = await rowLinks(page);
    for (const c of confirmed) assert.ok(!left.includes(c), `${c} no longer waits`);
    assert.match(await mainText(page), new RegExp(best.name));
  });

  test('her home page counts the consents that wait on her and links to exactly those', async () => {
    const { page } = desktop;
    for (const id of ['queue-parent', 'queue-late']) {
      await page.goto(`${BASE}/`);
      const n = Number(await page.locator(`#${id} .sk-stat__figure`).innerText());
      await Promise.all([page.waitForURL(/waiting=/), page.locator(`#${id} a`).click()]);
      assert.match(await page.locator('#queue-filter').innerText(), /Alleen stages/);
      const listed = Number((await page.locator('.sk-results__count strong').innerText()).replace(/\D/g, ''));
      assert.equal(listed, n, `${id}: the list holds what the home page counted`);
      await checkAccessibility(page, `coordinator: ${id} list`);
    }
  });

  test('the list with its signature box fits a phone', async () => {
    const { page } = phone;
    await page.goto(`${BASE}/placements?status=accepted`);
    await checkAccessibility(page, 'coordinator: accepted applications (390px)');
    await checkNoSidewaysScroll(page, 'accepted applications (390px)');
    await checkCellsFit(page, 'accepted applications (390px)');
    assert.ok(await page.locator('label[for=f-sign-bulk]').isVisible(), 'the signature box is there');
    await shot(page, 'work-01-bulk-list-390');
  });
});

describe('the organisation reviews her pupils\' hours in one list', { skip }, () => {
  let phone;
  before(async () => { phone = await openBrowser({ width: 390, height: 844 }); await signIn(phone.page, ACCOUNTS.organisatie); });
  after(async () => { await phone?.close(); });

  test('from the home page count, on a phone: approve one, reject one with a reason, approve the rest', async () => {
    const { page } = phone;
    await page.goto(`${BASE}/`);
    const stat = page.locator('.sk-stat', { hasText: 'Uren om goed te keuren' });
    const waiting = Number(await stat.locator('.sk-stat__figure').innerText());
    assert.ok(waiting >= 3, `the demo host has hours to review (${waiting})`);
    await Promise.all([page.waitForURL((u) => u.pathname === '/hours'), stat.locator('a').click()]);
    await checkAccessibility(page, 'organisation: hours to review (390px)');
    await checkNoSidewaysScroll(page, 'hours to review (390px)');
    await shot(page, 'work-04-hours-queue-390');
    const entries = page.locator('.sk-entry');
    assert.equal(await entries.count(), Math.min(waiting, 25), 'every waiting entry, a page at a time');
    // Each shows the pupil's first name, the date and times, the hours and what was done, and
    // its buttons within the screen.
    for (const e of await entries.all()) {
      assert.match(await e.innerText(), /^\S+ · .+\n+\d{1,2} \S+ \d{4} · \d\d:\d\d–\d\d:\d\d · [\d,]+ uur\n+\S.*\n/);
      for (const button of await e.locator('.sk-entry__actions :is(button, summary)').all()) {
        const box = await button.boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= 390, 'the button is on the screen');
      }
    }

    // Approve the first.
    const first = await entries.first().getAttribute('id');
    await submit(page, entries.first().getByRole('button', { name: /^Goedkeuren/ }));
    assert.equal(new URL(page.url()).pathname, '/hours', 'back on the list');
    assert.match(await page.locator('.sk-flashes').innerText(), /goedgekeurd/);
    assert.equal(await page.locator(`#${first}`).count(), 0, 'it left the list');

    // Reject the next: without a reason nothing happens; with one it leaves the list.
    const next = page.locator('.sk-entry').first();
    const nextId = await next.getAttribute('id');
    await next.locator('summary').click();
    await submit(page, next.locator('form[action$="/reject"] button'));
    assert.match(await page.locator('.sk-flashes').innerText(), /Schrijf erbij waarom je de uren afkeurt/);
    assert.equal(await page.locator(`#${nextId}`).count(), 1, 'still waiting');
    const again = page.locator(`#${nextId}`);
    await again.locator('summary').click();
    await again.locator('input[name=comment]').fill('Op die dag was je niet bij ons.');
    await submit(page, again.locator('form[action$="/reject"] button'));
    assert.equal(await page.locator(`#${nextId}`).count(), 0, 'rejected, off the list');

    // Approve all shown, after saying yes.
    const left = await page.locator('.sk-entry').count();
    page.once('dialog', (d) => d.accept());
    await submit(page, page.getByRole('button', { name: /getoonde goedkeuren|Deze uren goedkeuren/ }));
    assert.equal(await page.locator('.sk-entry').count(), Math.max(0, waiting - 2 - left), 'the shown ones approved');
    if (waiting - 2 - left <= 0) assert.match(await mainText(page), /Er wachten geen uren op je oordeel/);
    await page.goto(`${BASE}/`);
    assert.equal(Number(await stat.locator('.sk-stat__figure').innerText()), Math.max(0, waiting - 2 - left));
  });
});

describe('the coordinator keeps a pupil\'s parents', { skip }, () => {
  let b;
  before(async () => { b = await openBrowser({ width: 390, height: 844 }); await signIn(b.page, ACCOUNTS.coordinator); });
  after(async () => { await b?.close(); });

  test('fills in a second parent on her phone: a wrong number is named, nothing else is lost', async () => {
    const { page } = b;
    await page.goto(`${BASE}/pupils`);
    const href = await page.$eval('tbody th a.sk-table__primary', (a) => a.getAttribute('href'));
    await page.goto(`${BASE}${href}/edit`);
    await checkAccessibility(page, 'pupil form with parents (390px)');
    await checkNoSidewaysScroll(page, 'pupil form (390px)');
    const email = `tweede.ouder.${Date.now().toString(36)}@example.nl`;
    await page.fill('#f-g2_name', 'Sanne de Wit');
    await page.selectOption('#f-g2_relation', 'foster');
    await page.fill('#f-g2_email', email);
    await page.fill('#f-g2_phone', '06-123');
    await submit(page, page.locator('main form.sk-form button[type=submit]'));
    assert.match(await page.locator('.ams-invalid-form-alert').innerText(), /Telefoonnummer ouder\/verzorger 2: Vul een telefoonnummer in/);
    assert.equal(await page.inputValue('#f-g2_email'), email, 'what she typed stays');
    await page.fill('#f-g2_phone', '06-12345678');
    await submit(page, page.locator('main form.sk-form button[type=submit]'));
    assert.equal(new URL(page.url()).pathname, href, 'saved: back on the pupil');
    const parents = await page.locator('#guardians').innerText();
    assert.match(parents, /Sanne de Wit \(Pleegouder\)/);
    assert.ok(parents.includes(email) && parents.includes('06-12345678'));
    await checkAccessibility(page, 'pupil page with parents (390px)');
    await shot(page, 'work-02-pupil-parents-390');
  });
});

describe('the pupil\'s placement page is written to her', { skip }, () => {
  let b;
  before(async () => { b = await openBrowser({ width: 390, height: 844 }); await signIn(b.page, ACCOUNTS.leerling); });
  after(async () => { await b?.close(); });

  test('on her phone: the placement as the title, her next step and the hours form first, withdrawing in her words', async () => {
    const { page } = b;
    await page.goto(`${BASE}/placements?status=active`);
    const active = await page.$eval('tbody th a', (a) => a.getAttribute('href'));
    const vacancy = (await page.locator('tbody tr').first().locator('td').nth(1).innerText()).split('\n')[0].trim();
    await page.goto(BASE + active);
    assert.equal((await page.locator('h1').innerText()).trim(), vacancy, 'the placement, not her own name');
    assert.match(await page.locator('#next-title').locator('..').innerText(), /Je houdt je uren bij/);
    // The hours form comes before everything else below the next step, within the first screen.
    const order = await page.$$eval('main section[aria-labelledby]', (ss) => ss.map((s) => s.getAttribute('aria-labelledby')));
    assert.deepEqual(order.slice(0, 2), ['next-title', 'log-title'], `sections in order: ${order}`);
    const form = await page.locator('#f-date').boundingBox();
    assert.ok(form && form.y < 844, 'the date field is on the first screen');
    await checkAccessibility(page, 'pupil placement (390px)');
    await checkNoSidewaysScroll(page, 'pupil placement (390px)');
    await shot(page, 'work-07-pupil-placement-390');

    await page.goto(`${BASE}/placements?status=proposed`);
    const proposed = await page.$eval('tbody th a', (a) => a.getAttribute('href'));
    await page.goto(BASE + proposed);
    const zone = await page.locator('#cancel-title').locator('..').innerText();
    assert.match(zone, /Aanmelding intrekken/);
    assert.doesNotMatch(zone, /Stage annuleren|Iedereen krijgt bericht/);
  });
});

describe('the project leader follows what waits in the network', { skip }, () => {
  test('each waiting count on her home page opens its list', async () => {
    const b = await openBrowser();
    try {
      await signIn(b.page, ACCOUNTS.projectleider);
      for (const status of ['proposed', 'accepted', 'confirmed']) {
        await b.page.goto(`${BASE}/`);
        const link = b.page.locator(`.sk-stat__meta a[href="/placements?status=${status}"]`);
        const n = Number((await link.innerText()).replace(/\D/g, ''));
        await Promise.all([b.page.waitForURL((u) => u.searchParams.get('status') === status), link.click()]);
        const listed = Number((await b.page.locator('.sk-results__count strong').innerText()).replace(/\D/g, ''));
        assert.equal(listed, n, `${status}: the list holds what the home page counted`);
      }
    } finally {
      await b.close();
    }
  });
});

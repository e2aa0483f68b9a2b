// The whole placement journey in a real browser, as the people involved walk it, through the
// pages only: a pupil under 16 finds a vacancy of the demo organisation and applies (declaring
// she has no side job); its contact sees her first name only, accepts and signs the agreement;
// the school confirms the Sunday warning and signs; the pupil signs; a parent signs and consents
// to Sunday work through the mailed link (read from the outbox by the project leader, opened
// without a session); the placement is active; the pupil logs the hours of the day (an evening
// entry is refused by rule B7); the organisation approves them from the mailed link, evaluates;
// the pupil reflects; pupil and coordinator download the certificate with the hours.
// axe-core checks every page on the way; the pupil's pages also at phone width (390 px).
//
// Needs the small demo network, fresh (`schakel demo --size small --fresh`): the demo keeps one
// vacancy of the demo organisation free for the demo pupil, and the journey uses it up. That
// vacancy is two hours on Sundays: the hours must come after every signature (rule A3), so the
// pupil logs the day the agreement is signed, and with a parent's consent to Sunday work that
// day may be any day of the week.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  ACCOUNTS, BASE, openBrowser, signIn, checkAccessibility, checkNoSidewaysScroll, checkCellsFit, shot, downloadPdf, outbox,
  submit, mainText, flash,
} from './lib/browser.mjs';

const skip = BASE ? false : 'BASE_URL not set: start the product and point BASE_URL at it';
// A parent address of this run only, so the outbox holds exactly one consent mail for it.
const PARENT_EMAIL = `ouder.journey.${Date.now().toString(36)}@example.nl`;
const MOTIVATION = 'Ik fotografeer graag en wil leren hoe je een goede selectie maakt voor een nieuwsbrief.';
const ACTIVITY = 'Foto\'s gemaakt bij het buurtfeest en een selectie gemaakt';
const EVALUATION = 'Kwam op tijd, werkte zorgvuldig en durfde mensen aan te spreken voor een foto.';
const REFLECTION = 'Ik heb geleerd dat je mensen eerst om toestemming vraagt voordat je ze fotografeert.';
const MONTHS = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];

/** Today in Amsterdam (the product's calendar), as a UTC date. */
function amsterdamToday() {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()).split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** `14-11-2026`, as the date fields take it. */
const dateInput = (d) => `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()}`;
/** `14 nov. 2026`, as the pages write it. */
const dateShown = (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
/** Hours as the pages write them: `32,5` → 32.5. */
const hoursNumber = (text) => Number(text.trim().replace(/\./g, '').replace(',', '.'));

/** Hours as the pages write them: 150 minutes → `2,5` (model::hours_text). */
function hoursText(minutes) {
  const rest = minutes % 60;
  if (rest === 0) return String(minutes / 60);
  const frac = Math.floor((rest * 100) / 60);
  return `${Math.floor(minutes / 60)},${frac % 10 === 0 ? frac / 10 : String(frac).padStart(2, '0')}`;
}

/** The hours she logs: the afternoon of the day everyone signed, after school and before 19:00
 * (two hours: the most a school day allows at 13–15, rule B4). */
const SHIFT = { start: '16:00', end: '18:00', minutes: 120 };

const statusBadge = (page) => page.locator('.sk-page-head__title .sk-status').innerText();
/** The description list's value for `term` in `scope`. */
async function described(scope, term) {
  const dt = scope.locator('dt.ams-description-list__term', { hasText: term }).first();
  return dt.locator('xpath=following-sibling::dd[1]').innerText();
}

describe('the placement journey, from search to certificate', { skip }, () => {
  const b = {}; // the browsers, one per person (each its own session)
  const s = {}; // what the steps learn and pass on
  let failed = null;

  /** A step of the journey; after a failed step the later ones skip, naming it. */
  function step(name, fn) {
    test(name, async (t) => {
      if (failed) {
        t.skip(`an earlier step failed: ${failed}`);
        return;
      }
      try {
        await fn(t);
      } catch (e) {
        failed = name;
        throw e;
      }
    });
  }

  /** Opens `url` on the pupil's phone: axe, no sideways scrolling, a screenshot. */
  async function onPhone(url, label) {
    const res = await b.phone.page.goto(new URL(url, BASE).href);
    assert.equal(res.status(), 200, `the pupil's phone: ${label} (${url})`);
    await checkAccessibility(b.phone.page, `${label} (390px)`);
    await checkNoSidewaysScroll(b.phone.page, `${label} (390px)`);
    await checkCellsFit(b.phone.page, `${label} (390px)`);
    await shot(b.phone.page, `journey-${label}-390`);
  }

  before(async () => {
    b.pupil = await openBrowser();
    b.phone = await openBrowser({ width: 390, height: 844 });
    b.host = await openBrowser();
    b.school = await openBrowser();
    b.leader = await openBrowser();
  });
  after(async () => {
    for (const x of Object.values(b)) await x?.close();
  });

  step('0. the demo organisation and the demo pupil, as their own pages show them', async () => {
    // Which organisation the demo contact answers for: her home page names it.
    await signIn(b.host.page, ACCOUNTS.organisatie);
    await checkAccessibility(b.host.page, 'organisation home');
    s.org = (await b.host.page.locator('section[aria-labelledby^="org-"] h2').first().innerText()).trim();
    assert.ok(s.org, 'the organisation contact\'s home page names her organisation');

    const { page } = b.pupil;
    await signIn(page, ACCOUNTS.leerling);
    await signIn(b.phone.page, ACCOUNTS.leerling);
    await checkAccessibility(page, 'pupil home');
    await shot(page, 'journey-01-pupil-home-1280');
    await onPhone('/', '01-pupil-home');
    s.certificateHref = await page.getByRole('link', { name: 'Certificaat (pdf)' }).getAttribute('href');
    await page.getByRole('link', { name: 'Mijn gegevens' }).click();
    await page.waitForURL(/\/pupils\/[0-9a-f-]+$/);
    await checkAccessibility(page, 'pupil details');
    s.pupilUrl = new URL(page.url()).pathname;
    s.fullName = (await page.locator('h1').innerText()).trim();
    const words = s.fullName.split(/\s+/);
    s.firstName = words[0];
    s.lastName = words.at(-1);
    s.surname = words.slice(1).join(' ');
    assert.ok(words.length >= 2, `the pupil has a first name and a surname: ${s.fullName}`);
    const born = await described(page.locator('main'), 'Geboortedatum');
    const age = Number(born.match(/\((\d+) jaar\)/)?.[1]);
    assert.ok(age >= 12 && age < 16, `the demo pupil is under 16, so a parent must consent (${born})`);
    await onPhone(s.pupilUrl, '02-pupil-details');
    // Her certificate before the journey: what it adds up to now.
    const before = await downloadPdf(page, s.certificateHref, 'the certificate before the journey');
    s.certificateHoursBefore = hoursNumber(before.match(/Totaal goedgekeurd\s+([\d.,]+) uur/)?.[1] ?? '0');
  });

  step('1. the pupil finds an open vacancy of the organisation through the search and applies', async () => {
    const { page } = b.pupil;
    await page.goto(`${BASE}/`);
    await page.locator('.sk-nav__link', { hasText: 'Stage zoeken' }).click();
    await page.waitForURL(/\/vacancies$/);
    await page.waitForFunction(() => typeof window.htmx !== 'undefined');
    await page.fill('#f-q', s.org);
    await page.selectOption('#f-kind', 'individual');
    await page.waitForURL((u) => u.searchParams.get('q') === s.org && u.searchParams.get('kind') === 'individual');
    await page.waitForLoadState('networkidle');
    const rows = await page.$$eval('#results tbody tr', (trs) => trs.map((tr) => ({
      href: tr.querySelector('a.sk-table__primary')?.getAttribute('href'),
      title: tr.querySelector('a.sk-table__primary')?.textContent.trim(),
      org: tr.querySelector('.sk-table__secondary')?.textContent.split('·')[0].trim(),
      free: tr.querySelector('td:last-child')?.textContent.trim(),
    })));
    assert.ok(rows.length > 0, `searching "${s.org}" finds the organisation's vacancies`);
    assert.deepEqual([...new Set(rows.map((r) => r.org))], [s.org], 'the text search finds this organisation\'s vacancies only');
    await checkAccessibility(page, 'search results');
    await shot(page, 'journey-03-pupil-search-1280');
    await onPhone(new URL(page.url()).pathname + new URL(page.url()).search, '03-pupil-search');

    // The one kept for this journey (on Sundays, with a free place, not applied to yet) offers
    // the form.
    const free = rows.filter((r) => /^\d+$/.test(r.free) && Number(r.free) > 0);
    for (const r of free) {
      await page.goto(BASE + r.href);
      if (await page.locator('#f-motivation').count() && /^zondag /.test(await described(page.locator('aside'), 'Tijden'))) {
        s.vacancyUrl = r.href;
        break;
      }
    }
    assert.ok(s.vacancyUrl, `an open Sunday vacancy of ${s.org} with a free place that ${s.fullName} has not applied to `
      + `(of ${rows.length} found, ${free.length} with a free place); run the demo with --fresh`);
    const facts = page.locator('aside');
    s.title = (await page.locator('h1').innerText()).trim();
    s.period = (await described(facts, 'Periode')).trim();
    s.expectedHours = Number(await described(facts, 'Aantal uren'));
    s.supervisor = (await described(facts, 'Begeleider')).trim();
    s.slots = (await described(facts, 'Tijden')).trim();
    assert.match(s.slots, /^zondag /, 'the journey\'s vacancy runs on Sundays');
    assert.match(await page.locator('.sk-page-head__lead').innerText(), new RegExp(s.org), 'the vacancy names its organisation');
    await checkAccessibility(page, 'vacancy with the apply form');
    await shot(page, 'journey-04-pupil-vacancy-1280');
    await onPhone(s.vacancyUrl, '04-pupil-vacancy');

    await page.fill('#f-motivation', MOTIVATION);
    await page.click('label[for=f-side-none]');
    const res = await submit(page, page.locator(`form[action="${s.vacancyUrl}/apply"] button[type=submit]`));
    assert.equal(res.status(), 200, 'applying answers with her new placement');
    assert.match(page.url(), /\/placements\/[0-9a-f-]+$/, 'applying leads to her placement');
    s.placementUrl = new URL(page.url()).pathname;
    assert.match(await flash(page), /Je bent aangemeld/);
    assert.equal(await statusBadge(page), 'Aangemeld');
    await checkAccessibility(page, 'pupil placement, proposed');
    await shot(page, 'journey-05-pupil-applied-1280');
    await onPhone(s.placementUrl, '05-pupil-applied');
  });

  step('2. the organisation sees a candidate by first name only and accepts her', async () => {
    const { page } = b.host;
    await page.goto(`${BASE}/`);
    await page.locator('a[href="/placements?status=proposed"]').click();
    await page.waitForURL(/\/placements\?status=proposed$/);
    await checkAccessibility(page, 'organisation: candidates waiting');
    const row = page.locator('tbody tr', { has: page.locator(`a[href="${s.placementUrl}"]`) });
    assert.equal(await row.count(), 1, 'the new candidate is among those waiting for an answer');
    const surname = new RegExp(`\\b${s.lastName}\\b`);
    assert.match(await row.innerText(), new RegExp(`\\b${s.firstName}\\b`), 'the list shows her first name');
    assert.doesNotMatch(await row.innerText(), surname, 'the list does not show her surname');

    await page.goto(BASE + s.vacancyUrl);
    const candidate = page.locator('section[aria-labelledby=candidates-title] tbody tr', { has: page.locator(`a[href="${s.placementUrl}"]`) });
    assert.equal((await candidate.locator('a').innerText()).trim(), s.firstName, 'the vacancy lists the candidate by first name');
    assert.doesNotMatch(await mainText(page), surname, 'the vacancy page does not show her surname');
    await checkAccessibility(page, 'organisation: vacancy with candidates');

    await page.goto(BASE + s.placementUrl);
    const text = await mainText(page);
    assert.equal((await page.locator('h1').innerText()).trim(), s.firstName, 'the placement is headed by her first name');
    assert.doesNotMatch(text, surname, 'the placement page does not show her surname');
    assert.doesNotMatch(await page.title(), surname, 'the page title does not show her surname');
    assert.ok(!text.includes('leerling@schakel.demo'), 'nor her e-mail address');
    assert.match(text, /Achternaam en contactgegevens zie je nadat de school de stage heeft bevestigd/);
    assert.ok(text.includes(MOTIVATION), 'the organisation reads her motivation');
    // The agreement names her in full: the organisation gets it once the school has confirmed,
    // and is not offered a link that answers "not found" before.
    assert.equal(await page.locator(`a[href="${s.placementUrl}/agreement.pdf"]`).count(), 0,
      'no agreement link for the organisation before the school confirms');
    await checkAccessibility(page, 'organisation: candidate');
    await shot(page, 'journey-06-organisation-candidate-1280');

    // Accepting is signing the agreement for the organisation.
    const refusedAccept = await submit(page, page.locator(`form[action="${s.placementUrl}/accept"] button`));
    assert.equal(refusedAccept.status(), 422, 'accepting without signing is refused');
    assert.equal(await statusBadge(page), 'Aangemeld', 'nothing changed');
    await page.click('label[for=f-sign-host]');
    await submit(page, page.locator(`form[action="${s.placementUrl}/accept"] button`));
    assert.match(await flash(page), /Geaccepteerd/);
    assert.equal(await statusBadge(page), 'Geaccepteerd');
    assert.doesNotMatch(await mainText(page), surname, 'accepted, but not confirmed: still no surname');
    await checkAccessibility(page, 'organisation: accepted');
  });

  step('3. the school coordinator confirms the Sunday warning and signs; a parent is asked; the pupil signs', async () => {
    const { page } = b.school;
    await signIn(page, ACCOUNTS.coordinator);
    await page.locator('a[href="/placements?status=accepted"]').first().click();
    await page.waitForURL(/\/placements\?status=accepted$/);
    await checkAccessibility(page, 'coordinator: placements to confirm');
    const row = page.locator('tbody tr', { has: page.locator(`a[href="${s.placementUrl}"]`) });
    assert.equal(await row.count(), 1, 'the accepted placement waits for the school');
    assert.match(await row.innerText(), new RegExp(s.fullName), 'the school sees her full name');
    await row.locator(`a[href="${s.placementUrl}"]`).click();
    await page.waitForURL((u) => u.pathname === s.placementUrl);
    assert.match(await mainText(page), /Na je bevestiging tekenen de leerling en een ouder of verzorger de overeenkomst/);
    // Sunday work under 16 is a warning the school confirms (rule B10 at 13–14, C8 at 15), by name.
    const acks = page.locator('input[name=ack]');
    assert.ok(await acks.count() >= 1, 'a warning to confirm');
    assert.match(await page.locator('section[aria-labelledby=confirm-title]').innerText(), /(B10|C8) · Zondagwerk/);
    await checkAccessibility(page, 'coordinator: placement to confirm');
    await shot(page, 'journey-07-coordinator-to-confirm-1280');
    for (const id of await acks.evaluateAll((is) => is.map((i) => i.id))) await page.click(`label[for=${id}]`);
    await page.click('label[for=f-sign-school]');
    await submit(page, page.locator(`form[action="${s.placementUrl}/confirm"] button`));
    assert.equal(await statusBadge(page), 'Bevestigd');
    // The demo pupils have no parent's address on file: nobody could be asked yet, and the
    // coordinator is told so (not that the placement now waits for a parent).
    assert.match(await flash(page), /Er is nog geen e-mailadres van een ouder of verzorger bekend/);
    const confirm = page.locator('section[aria-labelledby=agreement-title]');
    assert.match(await confirm.innerText(), /Er is nog geen verzoek om toestemming verstuurd/);
    await checkAccessibility(page, 'coordinator: confirmed, no parent known');
    await shot(page, 'journey-07-coordinator-confirmed-1280');
    await page.fill('#f-parent_email', PARENT_EMAIL);
    await submit(page, confirm.getByRole('button', { name: /Verzoek om toestemming/ }));
    assert.match(await flash(page), /Het verzoek om toestemming is verstuurd/);
    assert.equal(await statusBadge(page), 'Bevestigd', 'still waiting for the parent');
    assert.match(await confirm.innerText(), new RegExp(`Verzoek verstuurd naar ${PARENT_EMAIL.replace(/\./g, '\\.')}`));
    await checkAccessibility(page, 'coordinator: consent asked');

    // The pupil signs on her phone; the placement waits for the parent.
    const phone = b.phone.page;
    await phone.goto(BASE + s.placementUrl);
    await phone.click('label[for=f-agree]');
    await submit(phone, phone.locator(`form[action="${s.placementUrl}/sign"] button[type=submit]`));
    assert.equal(await statusBadge(phone), 'Bevestigd', 'a parent has not signed yet');
    assert.match(await phone.locator('section[aria-labelledby=agreement-title]').innerText(), new RegExp(`getekend door ${s.fullName}`, 'i'));
    await checkAccessibility(phone, 'pupil signed (390px)');
    await checkNoSidewaysScroll(phone, 'pupil signed (390px)');
    await shot(phone, 'journey-07-pupil-signed-390');
  });

  step('4. the parent opens the mailed link without an account, reads the agreement and consents', async () => {
    await signIn(b.leader.page, ACCOUNTS.projectleider);
    const mails = await outbox(b.leader.page, PARENT_EMAIL);
    await checkAccessibility(b.leader.page, 'outbox');
    // The demo's outbox starts empty: here it holds mails with long links. On a phone too.
    await b.leader.page.setViewportSize({ width: 390, height: 844 });
    await checkNoSidewaysScroll(b.leader.page, 'the outbox with a consent mail (390px)');
    await shot(b.leader.page, 'journey-08-leader-outbox-390');
    await b.leader.page.setViewportSize({ width: 1280, height: 900 });
    assert.equal(mails.length, 1, `one mail to ${PARENT_EMAIL}`);
    const [mail] = mails;
    assert.match(mail.subject, new RegExp(`Toestemming gevraagd voor de stage van ${s.firstName}`));
    for (const fact of [s.title, s.org]) assert.ok(mail.body.includes(fact), `the consent mail names ${fact}`);
    const link = mail.body.match(/https?:\/\/\S+\/consent\/[A-Za-z0-9_-]+/)?.[0];
    assert.ok(link, `the consent mail holds a link: ${mail.body}`);
    s.consentPath = new URL(link).pathname;

    // A parent on her phone, with no session of any kind.
    const parent = await openBrowser({ width: 390, height: 844 });
    try {
      const { page } = parent;
      const res = await page.goto(BASE + s.consentPath);
      assert.equal(res.status(), 200, 'the consent link opens');
      assert.equal(await page.locator('.sk-user').count(), 0, 'nobody is signed in');
      const agreement = page.locator('section[aria-labelledby=agreement-title]');
      assert.match(await described(agreement, 'Leerling'), new RegExp(s.fullName), 'the agreement names the pupil');
      assert.ok((await described(agreement, 'School')).trim().length > 0, 'the agreement names the school');
      assert.equal((await described(agreement, 'Organisatie')).trim(), s.org);
      assert.match(await described(agreement, 'Stageplek'), new RegExp(s.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.equal((await described(agreement, 'Periode')).trim(), s.period, 'the dates');
      assert.equal((await described(agreement, 'Tijden')).trim(), s.slots, 'the hours of the week');
      assert.equal(Number(await described(agreement, 'Aantal uren')), s.expectedHours);
      assert.equal((await described(agreement, 'Begeleider')).trim(), s.supervisor, 'the supervisor');
      assert.match(await described(agreement, 'Verzekering'), /verzeker/i, 'the insurance');
      await checkAccessibility(page, 'consent page');
      await checkNoSidewaysScroll(page, 'consent page (390px)');
      await shot(page, 'journey-08-parent-consent-390');
      const pdf = await downloadPdf(page, await agreement.getByRole('link', { name: /stageovereenkomst/ }).getAttribute('href'), 'the agreement');
      for (const fact of [s.fullName, s.org, s.supervisor]) assert.ok(pdf.includes(fact), `the agreement PDF names ${fact}`);

      // Without ticking the box nothing happens.
      s.parentName = `Karin ${s.surname}`;
      await page.fill('#f-name', s.parentName);
      const refused = await submit(page, page.locator('form.sk-form button[type=submit]'));
      assert.equal(refused.status(), 422, 'consent without the box ticked is refused');
      assert.match(await mainText(page), /Vink aan dat je toestemming geeft/);
      await checkAccessibility(page, 'consent page with an error');
      await page.locator('label[for=f-agree]').click();
      // The vacancy runs on Sundays: she is asked, and consents.
      await page.locator('label[for=f-sunday]').click();
      const given = await submit(page, page.locator('form.sk-form button[type=submit]'));
      assert.equal(given.status(), 200);
      assert.match(await mainText(page), /je toestemming is vastgelegd/);
      assert.match(await mainText(page), new RegExp(`Toestemming gegeven door ${s.parentName}`));
      await checkAccessibility(page, 'consent given');
      await shot(page, 'journey-09-parent-consented-390');
      const kept = await downloadPdf(page, await page.getByRole('link', { name: /Stageovereenkomst/ }).getAttribute('href'), 'the agreement as consented');
      assert.ok(kept.includes(s.parentName), 'the agreement kept with the consent names the parent');
    } finally {
      await parent.close();
    }

    // The pupil's view: the placement has started.
    const { page } = b.pupil;
    await page.goto(BASE + s.placementUrl);
    assert.equal(await statusBadge(page), 'Actief', 'signed by all four, the placement is active');
    assert.equal(await page.locator('#f-date').count(), 1, 'she can log hours now');
    await checkAccessibility(page, 'pupil placement, active');
    await shot(page, 'journey-10-pupil-active-1280');
    await page.goto(`${BASE}/`);
    const mine = page.locator('section[aria-labelledby=mine-title] tbody tr', { has: page.locator(`a[href="${s.placementUrl}"]`) });
    assert.match(await mine.innerText(), /Actief/, 'her home page lists it as active');
  });

  step('5. the pupil logs the day\'s hours; an evening entry is refused because she is under 16, and not saved', async () => {
    // On her phone first: an entry that ends after 19:00.
    const phone = b.phone.page;
    await phone.goto(BASE + s.placementUrl);
    const totalText = await described(phone.locator('aside'), 'Totaal goedgekeurd');
    const [approved, required] = totalText.split('/').map(hoursNumber);
    // What completes this placement (model::is_complete): its expected hours, or what she still
    // needs for her requirement if that is less; at least something.
    const needed = Math.max(1, Math.min(s.expectedHours * 60, Math.round((required - approved) * 60)));
    const shift = SHIFT;
    assert.ok(needed <= shift.minutes, `one afternoon completes the placement (${needed} minutes needed)`);
    s.shift = shift;
    s.days = [amsterdamToday()];
    await phone.fill('#f-date', dateInput(s.days[0]));
    await phone.fill('#f-start', '17:30');
    await phone.fill('#f-end', '19:30');
    await phone.fill('#f-activity', ACTIVITY);
    const refused = await submit(phone, phone.locator('form:has(#f-date) button[type=submit]'));
    assert.equal(refused.status(), 422, 'the evening entry is refused');
    const summary = await phone.locator('.ams-invalid-form-alert').innerText();
    assert.match(summary, /Verbeter de fout voor je verdergaat/, 'the summary counts one problem');
    assert.match(await phone.locator('#e-end').innerText(), /een regel voor minderjarigen staat ze niet toe/,
      'the end time field says a rule forbids it');
    const why = await phone.locator("section[aria-labelledby=log-title]").innerText();
    assert.match(why, /\b(B7|C\d+) · /, `the rule is named: ${why}`);
    assert.match(why, /19:00/, `with the limit it breaks: ${why}`);
    assert.equal(await phone.inputValue('#f-activity'), ACTIVITY, 'the form keeps what she typed');
    await checkAccessibility(phone, 'hours refused (390px)');
    await checkNoSidewaysScroll(phone, 'hours refused (390px)');
    await shot(phone, 'journey-11-pupil-hours-refused-390');
    await phone.goto(BASE + s.placementUrl);
    assert.match(await phone.locator('section[aria-labelledby=hours-title]').innerText(), /Nog geen uren ingevuld/,
      'nothing was saved');

    // Then the afternoon, on the computer.
    const { page } = b.pupil;
    s.entries = [];
    for (const day of s.days) {
      await page.goto(BASE + s.placementUrl);
      await page.fill('#f-date', dateInput(day));
      await page.fill('#f-start', shift.start);
      await page.fill('#f-end', shift.end);
      await page.fill('#f-activity', ACTIVITY);
      const res = await submit(page, page.locator('form:has(#f-date) button[type=submit]'));
      assert.equal(res.status(), 200, `hours on ${dateShown(day)} are taken`);
      assert.match(await flash(page), /Je uren zijn ingediend/);
    }
    const hours = page.locator('section[aria-labelledby=hours-title] tbody tr');
    assert.equal(await hours.count(), s.days.length, 'her entries are listed');
    const first = hours.filter({ hasText: dateShown(s.days[0]) });
    const cells = await first.locator('th, td').allInnerTexts();
    assert.deepEqual(cells.map((c) => c.trim()), [dateShown(s.days[0]), `${shift.start}–${shift.end}`, ACTIVITY, hoursText(shift.minutes), 'Ingediend']);
    // Entries waiting for review can be corrected; the correction form carries each one's id.
    s.entryIds = await page.$$eval('input[name=corrects]', (inputs) => inputs.map((i) => i.value).filter(Boolean));
    assert.equal(s.entryIds.length, s.days.length, 'each submitted entry can be corrected');
    await checkAccessibility(page, 'pupil placement with hours submitted');
    await shot(page, 'journey-12-pupil-hours-logged-1280');
    await onPhone(s.placementUrl, '12-pupil-hours-logged');
  });

  step('6. the organisation approves the hours from the mailed link, without signing in', async () => {
    const mails = await outbox(b.leader.page, ACCOUNTS.organisatie);
    const review = mails.map((m) => m.body.match(/https?:\/\/\S+\/hours\/[0-9a-f-]+\/review\?\S+/)?.[0]).filter(Boolean);
    const paths = review.map((l) => new URL(l)).filter((u) => s.entryIds.includes(u.pathname.split('/')[2]));
    assert.equal(paths.length, s.entryIds.length, `a review mail to ${ACCOUNTS.organisatie} for each entry`);
    const mail = mails.find((m) => m.body.includes(paths[0].pathname));
    assert.match(mail.subject, /Uren om goed te keuren/);
    assert.ok(mail.body.includes(s.firstName) && !new RegExp(`\\b${s.lastName}\\b`).test(mail.body),
      'the mail names the pupil by first name only');

    const anon = await openBrowser({ width: 390, height: 844 });
    try {
      const { page } = anon;
      for (const u of paths) {
        const res = await page.goto(BASE + u.pathname + u.search);
        assert.equal(res.status(), 200, 'the review link opens without a session');
        assert.equal(await page.locator('.sk-user').count(), 0, 'nobody is signed in');
        const text = await mainText(page);
        assert.match(text, new RegExp(`Uren van ${s.firstName}`));
        assert.ok(text.includes(`${s.shift.start}–${s.shift.end} (${hoursText(s.shift.minutes)} uur)`), 'the review page shows the time and hours');
        assert.ok(text.includes(ACTIVITY), 'the review page shows the activity');
        await checkAccessibility(page, 'hours review by link');
        await shot(page, 'journey-13-organisation-review-390');
        const done = await submit(page, page.getByRole('button', { name: 'Goedkeuren' }));
        assert.equal(done.status(), 200);
        assert.match(await mainText(page), /Deze uren zijn beoordeeld/);
        assert.match(await mainText(page), /Goedgekeurd/);
        await checkAccessibility(page, 'hours reviewed by link');
      }
      // Opening the link again changes nothing and offers no buttons.
      await page.goto(BASE + paths[0].pathname + paths[0].search);
      assert.equal(await page.getByRole('button', { name: 'Goedkeuren' }).count(), 0, 'a used link offers no second approval');
    } finally {
      await anon.close();
    }
    const { page } = b.pupil;
    await page.goto(BASE + s.placementUrl);
    s.approvedMinutes = s.days.length * s.shift.minutes;
    s.approvedHere = s.approvedMinutes / 60;
    const head = await page.locator('section[aria-labelledby=hours-title] .sk-results__count').innerText();
    assert.equal(hoursNumber(head.replace(/uur goedgekeurd/, '')), s.approvedHere, `the pupil sees her hours approved: ${head}`);
    assert.equal(await page.locator('section[aria-labelledby=hours-title] .sk-status--h-approved').count(), s.days.length);
  });

  step('7. the organisation writes an interim evaluation, then the final one that completes the placement; the pupil reflects', async () => {
    const { page } = b.host;
    await page.goto(BASE + s.placementUrl);
    assert.equal((await page.locator('h1').innerText()).trim(), s.fullName, 'confirmed by the school: the organisation sees her full name');
    const agreement = await downloadPdf(page, await page.getByRole('link', { name: 'Stageovereenkomst (pdf)' }).getAttribute('href'),
      'the agreement as the organisation downloads it');
    for (const fact of [s.fullName, s.parentName]) assert.ok(agreement.includes(fact), `the organisation's agreement names ${fact}`);
    // Saving an evaluation ends nothing by itself: an interim one keeps the placement running.
    await page.fill('#f-evaluation', EVALUATION);
    await submit(page, page.locator(`form[action="${s.placementUrl}/evaluation"] button`));
    assert.match(await flash(page), /De beoordeling is opgeslagen/);
    assert.equal(await statusBadge(page), 'Actief', 'an interim evaluation keeps it running');
    assert.match(await page.locator('#evaluation-kind').innerText(), /Tussentijdse beoordeling/);
    // The final one completes it, once she ticks that she does (and says why, before its end date).
    await page.click('label[for=f-kind-final]');
    await submit(page, page.locator(`form[action="${s.placementUrl}/evaluation"] button`));
    assert.match(await page.locator('#f-complete').innerText(), /Vink aan dat je de stage afrondt/);
    assert.equal(await page.inputValue('#f-evaluation'), EVALUATION, 'her text is kept');
    if (await page.locator('#f-early_reason').count()) await page.fill('#f-early_reason', 'Alle uren zijn gemaakt.');
    await page.click('label[for=f-complete-box]');
    await submit(page, page.locator(`form[action="${s.placementUrl}/evaluation"] button`));
    assert.match(await flash(page), /De eindbeoordeling is opgeslagen en de stage is afgerond/);
    assert.ok((await mainText(page)).includes(EVALUATION), 'the evaluation is shown');
    assert.equal(await statusBadge(page), 'Afgerond', 'the final evaluation completed it');
    await checkAccessibility(page, 'organisation: evaluated');
    await shot(page, 'journey-14-organisation-evaluated-1280');

    const pupil = b.pupil.page;
    await pupil.goto(BASE + s.placementUrl);
    assert.ok((await mainText(pupil)).includes(EVALUATION), 'the pupil reads the evaluation');
    await pupil.fill('#f-reflection', REFLECTION);
    await submit(pupil, pupil.locator(`form[action="${s.placementUrl}/reflection"] button`));
    assert.match(await flash(pupil), /Je reflectie is opgeslagen/);
    assert.ok((await mainText(pupil)).includes(REFLECTION), 'her reflection is shown');
    assert.equal(await statusBadge(pupil), 'Afgerond');
    await checkAccessibility(pupil, 'pupil placement, completed');
    await shot(pupil, 'journey-15-pupil-completed-1280');
    await onPhone(s.placementUrl, '15-pupil-completed');
  });

  step('8. the certificate shows the placement and its hours, for the pupil and for the school', async () => {
    const { page } = b.pupil;
    await page.goto(BASE + s.placementUrl);
    const href = await page.getByRole('link', { name: 'Certificaat (pdf)' }).getAttribute('href');
    const text = await downloadPdf(page, href, 'the pupil\'s certificate');
    const flat = text.replace(/\s+/g, ' ');
    assert.ok(flat.includes(s.fullName), 'the certificate names the pupil');
    assert.ok(flat.includes(s.title) && flat.includes(s.org), 'the certificate names the vacancy and the organisation');
    const row = `${s.period.replace(' – ', ' t/m ')} ${hoursText(s.approvedMinutes)} uur`;
    assert.ok(flat.includes(row), `the certificate lists this placement with its approved hours ("${row}") in:\n${text}`);
    const total = hoursNumber(flat.match(/Totaal goedgekeurd ([\d.,]+) uur/)?.[1] ?? 'NaN');
    assert.ok(Math.abs(total - (s.certificateHoursBefore + s.approvedHere)) < 0.01,
      `the total grew by ${s.approvedHere} hours: ${s.certificateHoursBefore} → ${total}`);

    const school = b.school.page;
    await school.goto(BASE + s.placementUrl);
    await checkAccessibility(school, 'coordinator: completed placement');
    const schoolHref = await school.getByRole('link', { name: 'Certificaat (pdf)' }).getAttribute('href');
    assert.equal(schoolHref, href, 'the school links the same certificate');
    const schoolText = await downloadPdf(school, schoolHref, 'the certificate as the coordinator downloads it');
    assert.equal(schoolText, text, 'the coordinator gets the same certificate');
  });
});

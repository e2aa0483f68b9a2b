// Shared pieces of the browser tests: a headless Debian chromium with a fresh profile, signing
// in, and axe-core on the current page.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

export const BASE = process.env.BASE_URL;
export const SHOTS = process.env.SHOT_DIR;
export const PASSWORD = 'schakel-demo';
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export const ACCOUNTS = {
  projectleider: 'projectleider@schakel.demo',
  coordinator: 'coordinator@schakel.demo',
  directeur: 'directeur@schakel.demo',
  docent: 'docent@schakel.demo',
  bedrijfsleider: 'bedrijfsleider@schakel.demo',
  organisatie: 'organisatie@schakel.demo',
  leerling: 'leerling@schakel.demo',
};

/** A browser with a fresh profile; `close()` removes the profile. */
export async function openBrowser(viewport = { width: 1280, height: 900 }) {
  const profile = mkdtempSync(join(tmpdir(), 'schakel-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport,
    locale: 'nl-NL',
    // The product's CSP forbids inline scripts; the test injects axe-core, so the browser must let it.
    bypassCSP: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function signIn(page, email) {
  await page.goto(`${BASE}/login`);
  await page.fill('#f-email', email);
  await page.fill('#f-password', PASSWORD);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.click('main form button[type=submit]')]);
}

/** Runs axe-core (WCAG 2.1 A and AA) and fails on any violation, naming page, rule and nodes. */
export async function checkAccessibility(page, label) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ path: AXE_PATH });
  }
  const result = await page.evaluate(() => axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  const problems = result.violations.map((v) =>
    `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
  assert.deepEqual(problems, [], `axe on ${label} (${page.url()})`);
}

/** Fails when the page is wider than the viewport (a phone would scroll sideways). */
export async function checkNoSidewaysScroll(page, label) {
  const { scroll, inner } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
  }));
  assert.ok(scroll <= inner + 1, `${label} is ${scroll}px wide in a ${inner}px viewport`);
}

/** Fails when a table cell's text runs out of the cell (over the next column): a sticky first
 * column is narrowed on phones, so its text must wrap. */
export async function checkCellsFit(page, label) {
  const spilled = await page.$$eval('.sk-table :is(th, td)', (cells) => cells
    .filter((c) => c.scrollWidth > c.clientWidth + 1)
    .map((c) => `${c.textContent.trim().slice(0, 40)} (${c.scrollWidth}px in ${c.clientWidth}px)`));
  assert.deepEqual(spilled, [], `${label}: table cells whose text runs over the next column`);
}

/** Submits a form by clicking `button`, waits for the page that answers (after a redirect, the
 * page redirected to) and returns its response. */
export async function submit(page, button) {
  const responses = [];
  const onResponse = (r) => {
    if (r.request().isNavigationRequest() && r.frame() === page.mainFrame()) responses.push(r);
  };
  page.on('response', onResponse);
  try {
    await Promise.all([
      page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame() }),
      button.click(),
    ]);
    await page.waitForLoadState('load');
  } finally {
    page.off('response', onResponse);
  }
  return responses.at(-1);
}

/** The text of the page's main content, and of its notice (flash). */
export const mainText = (page) => page.locator('main').innerText();
export const flash = (page) => page.locator('.sk-flashes #flash-title').innerText();

export async function shot(page, name) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The text of a PDF, page after page, lines as the PDF breaks them (pdf.js does the decoding:
 * the product's PDFs embed subset fonts, so their text is not in the bytes as such). */
export async function pdfText(bytes) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''));
  }
  await doc.destroy();
  return pages.join('\n');
}

/** Fetches a PDF with the page's session (as a click on its link would) and returns its text. */
export async function downloadPdf(page, href, label) {
  const res = await page.request.get(new URL(href, BASE).href);
  assert.equal(res.status(), 200, `${label}: ${href} answers ${res.status()}`);
  assert.match(res.headers()['content-type'] || '', /^application\/pdf/, `${label}: ${href} is a PDF`);
  const bytes = await res.body();
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-', `${label}: ${href} starts like a PDF`);
  return pdfText(bytes);
}

/** The mails in the outbox to `to` (newest first), read on the outbox page by a signed-in
 * project leader: `{ subject, recipient, body }` each. */
export async function outbox(page, to) {
  await page.goto(`${BASE}/outbox`);
  await page.fill('#f-to', to);
  await Promise.all([page.waitForURL(/\/outbox\?to=/), page.click('main form[role=search] button[type=submit]')]);
  return page.$$eval('main article', (articles) => articles.map((a) => ({
    subject: a.querySelector('h2')?.textContent.trim() ?? '',
    recipient: a.querySelector('p')?.textContent ?? '',
    body: a.querySelector('pre')?.textContent ?? '',
  })));
}

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

export async function shot(page, name) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

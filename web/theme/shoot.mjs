#!/usr/bin/env node
// Screenshots and axe-core check of the theme previews, in headless Chromium.
//   node web/theme/shoot.mjs [outdir=/tmp/theme-shots] [page.html ...]
// Serves web/ with a tiny static server on a free port; writes <page>-<width>.png.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const tiles = args.includes('--tiles'); // also write <name>-tNN.png slices, easier to inspect
const rest = args.filter((a) => a !== '--tiles');
const out = rest[0] || '/tmp/theme-shots';
const pages = rest.slice(1).length ? rest.slice(1) : ['preview.html', 'preview-signin.html'];
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.woff2': 'font/woff2', '.js': 'text/javascript', '.svg': 'image/svg+xml' };

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(WEB, path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch { res.writeHead(404); res.end('not found'); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/theme/`;
await mkdir(out, { recursive: true });

const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let violations = 0;
try {
  const page = await context.newPage();
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  for (const file of pages) {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width > 600 ? 900 : 844 });
      await page.goto(base + file, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const name = `${file.replace('.html', '')}-${width}`;
      await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
      if (tiles) {
        const total = await page.evaluate(() => document.documentElement.scrollHeight);
        const step = width > 600 ? 1000 : 1300;
        for (let y = 0, i = 0; y < total; y += step, i++) {
          await page.screenshot({ path: join(out, `${name}-t${String(i).padStart(2, '0')}.png`), fullPage: true,
            clip: { x: 0, y, width, height: Math.min(step, total - y) } });
        }
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      const fonts = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.weight}${f.style === 'italic' ? 'i' : ''}`));
      if (file === 'preview.html') {
        // The menu open (small screens) and a keyboard focus ring, as a user would see them.
        if (width < 600) {
          await page.click('.sk-menu > summary');
          await page.screenshot({ path: join(out, `${name}-menu-open.png`) });
          await page.click('.sk-menu > summary');
        }
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await page.screenshot({ path: join(out, `${name}-focus.png`) });
        await page.evaluate(() => document.activeElement?.blur());
      }
      await page.addScriptTag({ path: AXE });
      const r = await page.evaluate(() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      violations += r.violations.length;
      console.log(`${name}: axe ${r.violations.length} violations, ${r.passes.length} passed rules, ${r.incomplete.length} incomplete; horizontal overflow ${overflow}px; fonts loaded ${[...new Set(fonts)].join(',')}`);
      for (const v of r.violations) {
        console.log(`  ${v.impact} ${v.id}: ${v.help}`);
        for (const n of v.nodes.slice(0, 5)) console.log(`    ${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`);
      }
    }
  }
  if (failed.length) console.log('failed requests:', [...new Set(failed)]);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  server.close();
}
process.exitCode = violations ? 1 : 0;

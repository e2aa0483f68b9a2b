// Theme checks: Schakel's token file covers the Amsterdam Design System CSS, and the font
// files the server embeds exist. Run with `node --test tests/` from web/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const web = (p) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const read = (p) => readFileSync(web(p), 'utf8');
const stripComments = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '');

test('tokens.css defines every --ams-* custom property the ADS component CSS references', () => {
  const ads = read('node_modules/@amsterdam/design-system-css/dist/index.css');
  // Also catches `var( --ams-x /* @deprecated */, …)` with whitespace after the parenthesis.
  const referenced = new Set([...ads.matchAll(/var\(\s*(--ams-[a-z0-9-]+)/g)].map((m) => m[1]));
  assert.ok(referenced.size >= 1178, `expected the full ADS token set, found ${referenced.size}`);

  const tokens = stripComments(read('theme/tokens.css'));
  const defined = new Set([...tokens.matchAll(/(?:^|[;{\s])(--ams-[a-z0-9-]+)\s*:/g)].map((m) => m[1]));
  const missing = [...referenced].filter((name) => !defined.has(name)).sort();
  assert.deepEqual(missing, [], `tokens.css lacks ${missing.length} tokens; add them in theme/gen-tokens.mjs and regenerate`);
});

test('every --sk-* token used by tokens.css and app.css is defined', () => {
  const css = stripComments(read('theme/tokens.css') + read('theme/app.css'));
  const defined = new Set([...css.matchAll(/(--sk-[a-z0-9-]+)\s*:/g)].map((m) => m[1]));
  // var(--x, fallback) is allowed to be undefined on purpose: --sk-icon in .sk-icon.
  const used = new Set([...css.matchAll(/var\((--sk-[a-z0-9-]+)\s*\)/g)].map((m) => m[1]));
  const undefinedNames = [...used].filter((name) => !defined.has(name)).sort();
  assert.deepEqual(undefinedNames, []);
});

test('tokens.css is up to date with gen-tokens.mjs (values and contrast checks)', () => {
  execFileSync(process.execPath, [web('theme/gen-tokens.mjs'), '--check'], { stdio: 'pipe' });
});

test('every font file named in fonts.txt exists in node_modules and is used by fonts.css', () => {
  const files = read('theme/fonts.txt').split('\n').map((l) => l.trim()).filter(Boolean);
  assert.ok(files.length > 0, 'fonts.txt is empty');
  const fontsCss = read('theme/fonts.css');
  for (const file of files) {
    assert.match(file, /^[a-z0-9-]+\.woff2$/, `unexpected file name ${file}`);
    assert.ok(existsSync(web(`node_modules/@fontsource/atkinson-hyperlegible-next/files/${file}`)), `missing ${file}`);
    assert.ok(fontsCss.includes(`url(/assets/fonts/${file})`), `fonts.css does not use ${file}`);
  }
  const urls = [...fontsCss.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]);
  for (const url of urls) {
    assert.ok(files.includes(url.replace('/assets/fonts/', '')), `fonts.css uses ${url}, which fonts.txt does not list`);
  }
});

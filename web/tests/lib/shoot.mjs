// Screenshots for looking at pages by hand:
//   node web/tests/lib/shoot.mjs <email|anon> <path> <name> [width] [scroll-y: one screen from there]
// (not a test; BASE_URL and SHOT_DIR as for the tests).
import { openBrowser, signIn, BASE, SHOTS } from './browser.mjs';

const [email, path, name, width, top] = process.argv.slice(2);
const b = await openBrowser({ width: Number(width || 1280), height: 900 });
try {
  if (email !== 'anon') await signIn(b.page, email);
  await b.page.goto(`${BASE}${path}`);
  if (top === undefined) {
    await b.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  } else {
    await b.page.evaluate((y) => window.scrollTo(0, y), Number(top));
    await b.page.screenshot({ path: `${SHOTS}/${name}.png` });
  }
  const over = await b.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  console.log(name, 'sideways overflow px:', over);
} finally {
  await b.close();
}

/**
 * `npm run screenshot -- <url> <out.png> [width] [height] [--full]`: look at the app as a
 * reader would, in the same Chromium the tests use. Serve the build first (npm start).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './chromium';

const args = process.argv.slice(2).filter((a) => a !== '--full');
const full = process.argv.includes('--full');
const [url, out, width = '1440', height = '900'] = args;
if (!url || !out) {
  console.error('usage: npm run screenshot -- <url> <out.png> [width] [height] [--full]');
  process.exit(2);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') console.error(`[${m.type()}] ${m.text()}`);
});
page.on('pageerror', (e) => console.error(`[pageerror] ${e.message}`));
await page.goto(url);
// All three views have drawn the dataset (the signal the tests and the benchmark read), or a
// page that never gets there (an error panel) after a while; then the web font settles.
await page.locator('html[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 }).catch(() => {});
await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
await page.evaluate(() => document.fonts.ready);
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: full });
await browser.close();
console.log(`wrote ${out}`);

/**
 * `tsx scripts/screenshot-curate.ts <base-url>`: the curation workspace at 1440 px, in English
 * and Spanish, started from the shipped dataset with one event open, written to
 * docs/screenshots/curate-{en,es}.png. Serve the build first (npm start).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './chromium';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const labels = {
  en: { start: 'Start from the dataset in view', region: 'Curation workspace' },
  es: { start: 'Empezar desde el conjunto en pantalla', region: 'Espacio de curación' },
};
for (const lang of ['en', 'es'] as const) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${base}/?lang=${lang}&curate=open`);
  const ws = page.getByRole('region', { name: labels[lang].region });
  await ws.getByRole('button', { name: labels[lang].start }).click();
  await ws.getByRole('heading', { level: 3 }).first().waitFor();
  await ws.getByRole('button', { pressed: false }).filter({ hasText: lang === 'en' ? 'Rubio and Lavrov speak by phone' : 'Rubio y Lavrov hablan por teléfono' }).first().click();
  await page.screenshot({ path: `docs/screenshots/curate-${lang}.png` });
  await page.close();
  console.log(`wrote docs/screenshots/curate-${lang}.png`);
}
await browser.close();

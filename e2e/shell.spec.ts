import { expect, expectNoAxeViolations, openApp, sharedPage, showState, test, watchPage } from './fixtures';

const REGIONS = {
  en: ['Timeline', 'Actor network', 'Sources and quotes'],
  es: ['Cronología', 'Red de actores', 'Fuentes y citas'],
};

// The first view in each language, on one page (the language set through the URL); these are
// the first view's whole-page axe scans.
test.describe('the first view', () => {
  const shared = sharedPage('?lang=en');
  for (const lang of ['en', 'es'] as const)
  test(`shows the three named regions in ${lang}, with no axe violations`, async () => {
    const page = shared();
    if (lang !== 'en') await showState(page, `?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    for (const name of REGIONS[lang]) {
      await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Backchannel');
    await expectNoAxeViolations(page);
  });
});

test('follows the browser language when ?lang is absent', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'es-ES', baseURL });
  const page = await context.newPage();
  const problems = watchPage(page, baseURL!);
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('region', { name: 'Cronología' })).toBeVisible();
  await context.close();
  expect(problems).toEqual([]);
});

test('switches language from the header and keeps it in the URL', async ({ page, problems }) => {
  await openApp(page, '?lang=en');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
  await expect(page).toHaveURL(/lang=es/);
  await expect(page.getByRole('region', { name: 'Red de actores' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('ships a strict Content-Security-Policy', async ({ page }) => {
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
});

test('has the first view’s scripts compiled as they download, and not the code loaded later', async ({ request }) => {
  const hinted = async (path: string) => (await (await request.get(path)).text()).startsWith('//# allFunctionsCalledOnLoad\n');
  const html = await (await request.get('/')).text();
  const first = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(first.length).toBeGreaterThan(3);
  for (const path of first) expect(await hinted(path), path).toBe(true);
  // The curation workspace loads on demand: its chunk is named in the app's preload table.
  const app = await (await request.get(first.find((p) => p.includes('/start-'))!)).text();
  const later = /assets\/CurationWorkspace-[\w-]+\.js/.exec(app)?.[0];
  expect(later).toBeDefined();
  expect(await hinted(`/${later}`)).toBe(false);
});

test('fits a 375 px phone screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openApp(page);
  for (const name of REGIONS.en) await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

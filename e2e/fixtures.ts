import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type BrowserContextOptions, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Every test fails on a console error, an uncaught exception or a request to another
 * origin: the app must work offline under its strict CSP. The watch is built into the `page`
 * fixture, so no test can forget it; a test that expects such a problem empties `problems`
 * itself. A test that does not ask for `page` (one on a shared page, see sharedPage) opens
 * none, and its page is watched by sharedPage instead.
 */
export const test = base.extend<{ problems: string[] }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  problems: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, baseURL, problems }, use) => {
    watchPage(page, baseURL!, problems);
    await use(page);
    expect(problems, 'console errors, page errors or third-party requests').toEqual([]);
  },
});

/** Collects a page's console errors, uncaught exceptions and requests to another origin. */
export function watchPage(page: Page, baseURL: string, problems: string[] = []): string[] {
  const origin = new URL(baseURL).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.push(`request to another origin: ${url}`);
  });
  return problems;
}

/**
 * One loaded page shared by the read-only tests of a describe (made serial here): opened in
 * beforeAll at `query`, watched as every test's own page is, its problems checked and emptied
 * after each test (a problem fails the test it happened in, or the first one for the load).
 * `query` may instead be a function that opens the page itself.
 * Call it inside a test.describe; it returns the page's getter.
 */
export function sharedPage(query: string | ((page: Page) => Promise<void>) = '', options: BrowserContextOptions = {}): () => Page {
  let page: Page | undefined;
  const problems: string[] = [];
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ browser, baseURL }, testInfo) => {
    // browser.newContext() does not apply the config's `use`: the shared page gets the same
    // viewport, locale and time zone as a test's own page would.
    const { viewport, locale, timezoneId, deviceScaleFactor, userAgent, isMobile, hasTouch } = testInfo.project.use;
    const project = { viewport, locale, timezoneId, deviceScaleFactor, userAgent, isMobile, hasTouch };
    page = await (await browser.newContext({ ...project, ...options })).newPage();
    watchPage(page, baseURL!, problems);
    await (typeof query === 'string' ? openApp(page, query) : query(page));
  });
  test.afterEach(() => {
    expect(problems.splice(0), 'console errors, page errors or third-party requests (shared page)').toEqual([]);
  });
  test.afterAll(async () => {
    await page?.context().close();
  });
  return () => page!;
}

/**
 * Move an open app to another URL state without reloading it: the address changes as a
 * link in the app changes it, and popstate tells the app, as Back and Forward do. The pointer
 * goes to the page's corner and nothing keeps the focus, as on a fresh page. For tests on a
 * shared page that are about a state, not about loading it.
 */
export async function showState(page: Page, query: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate((q) => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.history.pushState(null, '', `/${q}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
}

export { expect };

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core run in the page itself, injected once per document (page.evaluate is not bound
 * by the page's CSP). This is what @axe-core/playwright does in its legacy mode, less the
 * re-injection on every scan and the extra page its default mode opens for each one: the
 * same rules and results, at a fraction of the cost. Scope a scan to what the test is about.
 */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    ([include, tags]) => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
      return axe
        .run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })));
    },
    [include ?? null, AXE_TAGS] as const,
  );
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'axe WCAG 2.2 AA violations').toEqual([]);
}

/**
 * Open the app and wait until all three views have drawn the dataset (the network's first
 * layout included): the signal the benchmark reads too.
 */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
}

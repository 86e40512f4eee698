import type { Page } from '@playwright/test';
import { mutated } from '../scripts/dataset-corruptions';
import { expect as baseExpect, expectNoAxeViolations, test } from './fixtures';

/**
 * The reader under failures: a chunk that does not download, a worker that never answers,
 * a `?data=` link that cannot be opened. Each shows a message where it happened and keeps
 * what still works; none leaves a blank page.
 */
// The test timeout is the suite's own; a wait here may take longer than the default, as a
// dataset is loaded two or three times.
const expect = baseExpect.configure({ timeout: 20_000 });

/** fixtures.ts's openApp (all three views drawn, the ready signal), with this file's longer wait. */
async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
}

const SHOTS = process.env.SHOTS_DIR;
const shot = (page: Page, name: string) => page.screenshot({ path: SHOTS ? `${SHOTS}/${name}.png` : test.info().outputPath(`${name}.png`) });

/** Drop the console lines a deliberate failure causes (the failed request, React's report of a caught error). */
function expectOnly(problems: string[], ...expected: RegExp[]): void {
  const rest = problems.filter((p) => !expected.some((r) => r.test(p)));
  problems.splice(0, problems.length, ...rest);
}
const FAILED_LOAD = /Failed to load resource|Failed to fetch dynamically imported module|error loading dynamically imported module|could not be downloaded/;

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test.describe('a part of the app that does not download', () => {
  test('the network: retried once, then explained in its region, while the timeline and the quotes keep working', async ({ page, problems }) => {
    let requests = 0;
    await page.route('**/assets/NetworkView-*.js', (r) => {
      requests++;
      return r.abort();
    });
    await page.goto('/?lang=en');
    const network = region(page, 'Actor network');
    const alert = network.getByRole('alert');
    await expect(alert).toContainText('This part of the app could not be downloaded');
    // Its download starts with the skeleton, then the region's own load tries twice.
    expect(requests).toBeGreaterThanOrEqual(2);
    await expect(region(page, 'Timeline').getByRole('button', { name: /Rubio and Lavrov speak by phone/ })).toBeVisible();
    await region(page, 'Timeline').getByRole('button', { name: /Rubio and Lavrov speak by phone/ }).first().click();
    await expect(page).toHaveURL(/event=rubio-lavrov-call/);
    await expect(region(page, 'Sources and quotes').getByRole('blockquote').first()).toBeVisible();

    await page.unroute('**/assets/NetworkView-*.js');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(network.getByRole('alert')).toHaveCount(0);
    await expect(network.getByRole('group', { name: 'Actors', exact: true }).getByRole('button', { name: /^Sergei Lavrov,/ })).toBeVisible();
    expectOnly(problems, FAILED_LOAD);
  });

  test('the source reader: retried once, then explained in its region, while the other regions keep working', async ({ page, problems }) => {
    let requests = 0;
    await page.route('**/assets/SourceReader-*.js', (r) => {
      requests++;
      return r.abort();
    });
    await openApp(page, '?lang=en&event=rubio-lavrov-call');
    const quotes = region(page, 'Sources and quotes');
    await quotes.getByRole('button', { name: /^Read in source/ }).first().click();

    const alert = quotes.getByRole('alert');
    await expect(alert).toContainText('This part of the app could not be downloaded');
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(requests).toBe(2);
    await shot(page, 'reader-chunk-failed');
    await expectNoAxeViolations(page);

    // The timeline and the network still work: choosing an actor filters the timeline.
    await expect(region(page, 'Timeline').getByRole('button', { name: /Rubio and Lavrov speak by phone/ })).toBeVisible();
    await region(page, 'Actor network').getByRole('group', { name: 'Actors', exact: true }).getByRole('button', { name: /^Sergei Lavrov,/ }).click();
    await expect(page).toHaveURL(/actors=sergei-lavrov/);

    // Back online, Try again brings the region back, and the reader opens.
    await page.unroute('**/assets/SourceReader-*.js');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(quotes.getByRole('alert')).toHaveCount(0);
    await quotes.getByRole('button', { name: /^Read in source/ }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expectOnly(problems, FAILED_LOAD);
  });

  test('the app itself: a failed download is retried once', async ({ page, problems }) => {
    // Without index.html's preload of the app chunk, the entry's import is its first request
    // and the retry its second. (With the preload, the browser may or may not let the import
    // share the preload's failed request: the count would depend on timing.)
    let stripped = false;
    await page.route(
      (url) => url.pathname === '/',
      async (r) => {
        const response = await r.fetch();
        const html = await response.text();
        const body = html.replace(/<link rel="modulepreload"[^>]*\/assets\/start-[^>]*>/, '');
        stripped = body !== html;
        await r.fulfill({ response, body });
      },
    );
    let requests = 0;
    await page.route('**/assets/start-*.js', (r) => (++requests === 1 ? r.abort() : r.continue()));
    await openApp(page, '?lang=en');
    await expect(region(page, 'Timeline')).toBeVisible();
    expect(stripped).toBe(true);
    expect(requests).toBe(2);
    expectOnly(problems, FAILED_LOAD);
  });

  test('the app itself: when it never downloads, the page says so instead of staying blank', async ({ page, problems }) => {
    await page.route('**/assets/start-*.js', (r) => r.abort());
    await page.goto('/?lang=es');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Backchannel no terminó de cargarse');
    await expect(alert.getByRole('button', { name: 'Recargar la página' })).toBeVisible();
    await shot(page, 'app-chunk-failed');
    expectOnly(problems, FAILED_LOAD);
  });
});

test('a dataset worker that never answers is reported, and Try again starts afresh', async ({ page, problems }) => {
  // A worker that starts and then says nothing, as one does that has run out of memory.
  let silent = true;
  await page.route('**/assets/load.worker-*.js', (r) =>
    silent ? r.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' }) : r.continue(),
  );
  await page.clock.install();
  await page.goto('/?lang=en');
  await expect(page.getByRole('status').first()).toHaveText('Loading the dataset…');
  // The bound is generous (a large dataset takes many seconds); the clock is moved past it.
  await page.clock.fastForward('02:00');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset worker stopped answering');
  await shot(page, 'worker-silent');
  silent = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(region(page, 'Timeline')).toBeVisible();
  expectOnly(problems);
});

test.describe('?data= links', () => {
  const BACK = 'Back to the shipped dataset';
  const SHIPPED_TITLE = 'Rubio–Lavrov call and the road to the Saudi Arabia talks (February 2025)';

  test('a missing file is named, not retried, with a way back to the shipped dataset', async ({ page, problems }) => {
    let requests = 0;
    // A static host answers 404 (vite preview would answer with the app's page: see below).
    await page.route(
      (u) => u.pathname === '/missing.json',
      (r) => {
        requests++;
        return r.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
      },
    );
    await page.goto('/?lang=en&data=/missing.json');
    await expect(page.getByRole('alert')).toContainText('/missing.json: not found');
    await shot(page, 'data-missing');
    await expectNoAxeViolations(page);
    // The page's early download and the worker's own request; no retry after them.
    expect(requests).toBe(2);
    await page.getByRole('button', { name: BACK }).click();
    await expect(page.getByText(SHIPPED_TITLE)).toBeVisible();
    await expect(page).not.toHaveURL(/data=/);
    expectOnly(problems, /Failed to load resource: the server responded with a status of 404/);
  });

  test('a missing file a server answers with a web page (as single-page hosts do) is named as not found', async ({ page }) => {
    await page.goto('/?lang=en&data=/missing.json');
    await expect(page.getByRole('alert')).toContainText('/missing.json: not found (the server answered with a web page, not the file)');
  });

  test('a value that is not a dataset on this site is named, and nothing is loaded from it', async ({ page }) => {
    await page.goto('/?lang=en&data=https://evil.example/x.json');
    await expect(page.getByRole('alert')).toContainText('https://evil.example/x.json: not a dataset on this site');
    await expect(region(page, 'Timeline')).toHaveCount(0);
    // Changing the language keeps the link as it was: it does not quietly turn into the shipped data.
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('alert')).toContainText('https://evil.example/x.json');
    await page.getByRole('button', { name: 'Volver al conjunto de datos incluido' }).click();
    await expect(region(page, 'Cronología')).toBeVisible();
  });

  test('a valid dataset that is not the shipped one carries the banner', async ({ page }) => {
    const other = mutated((d) => (d.title.en = 'Someone else’s dataset'));
    // A predicate, not a glob: "**/data/other.json" would also match the page's own address.
    await page.route((u) => u.pathname === '/data/other.json', (r) => r.fulfill({ contentType: 'application/json', body: other }));
    await openApp(page, '?lang=en&data=/data/other.json');
    await expect(page.getByText('Someone else’s dataset')).toBeVisible();
    const banner = page.getByRole('note', { name: 'Not the shipped dataset' });
    await expect(banner).toContainText('Showing /data/other.json');
    await shot(page, 'data-banner');
    await banner.getByRole('button', { name: BACK }).click();
    await expect(page.getByText(SHIPPED_TITLE)).toBeVisible();
    await expect(page.getByRole('note', { name: 'Not the shipped dataset' })).toHaveCount(0);
  });

  test('the shipped dataset named by its own path carries no banner', async ({ page }) => {
    await openApp(page, '?lang=en&data=data/dataset.json');
    await expect(page.getByText(SHIPPED_TITLE)).toBeVisible();
    await expect(page.getByRole('note', { name: 'Not the shipped dataset' })).toHaveCount(0);
  });
});

test('140,000 problems are counted and the first ones listed, without a retry', async ({ page }) => {
  const body = mutated((d) => (d.events[0]!.topics = Array.from({ length: 70_000 }, () => 'no-such-topic')));
  let requests = 0;
  await page.route('**/data/dataset.json', (r) => {
    requests++;
    return r.fulfill({ contentType: 'application/json', body });
  });
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { name: 'The dataset has 139,999 problems', level: 2 })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('list', { name: 'The dataset has 139,999 problems' }).getByRole('listitem')).toHaveCount(500);
  await expect(page.getByText('… and 139,499 more: the command-line validator lists them all.')).toBeVisible();
  await shot(page, 'many-problems');
  expect(requests).toBe(1);
});

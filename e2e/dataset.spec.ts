import type { Page, Route } from '@playwright/test';
import { CORRUPTIONS, mutated, SOURCE_TEXT } from '../scripts/dataset-corruptions';
import { expect, expectNoAxeViolations, test } from './fixtures';

const REGIONS = ['Timeline', 'Actor network', 'Sources and quotes'];
const SHIPPED_TITLE = 'Rubio–Lavrov call and the road to the Saudi Arabia talks (February 2025)';
const SOURCE_NAME = 'rubio-lavrov-2025-02-15.txt';

/** Serve `body` in place of the shipped dataset, counting the requests for it. */
async function serveDataset(page: Page, body: string, delay?: Promise<void>): Promise<{ count: () => number }> {
  let count = 0;
  await page.route('**/data/dataset.json', async (route: Route) => {
    count++;
    await delay;
    await route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  return { count: () => count };
}

function problemList(page: Page) {
  return page.getByRole('list', { name: /^The dataset has \d+ problems?$/ });
}

async function expectNoRegions(page: Page) {
  for (const name of REGIONS) await expect(page.getByRole('region', { name, exact: true })).toHaveCount(0);
}

for (const [name, c] of Object.entries(CORRUPTIONS)) {
  test(`a corrupted ${name} is named in the CLI's words, and nothing else is shown`, async ({ page }) => {
    const requests = await serveDataset(page, c.text());
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { name: 'The dataset has 1 problem', level: 2 })).toBeVisible();
    await expect(problemList(page).getByRole('listitem')).toHaveText([c.line]);
    await expectNoRegions(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Backchannel');
    // A validation failure is final: no retry after the first request. The problems are shown
    // only once the dataset query has given up (a retry comes before its error), so the count
    // is final here, with no wait on time.
    expect(requests.count()).toBe(1);
  });
}

test('the error panel is accessible, in both languages', async ({ page }) => {
  await serveDataset(page, CORRUPTIONS.offset.text());
  await page.goto('/?lang=en');
  await expect(problemList(page)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { name: 'El conjunto de datos tiene 1 problema' })).toBeVisible();
  // The problem lines stay in the validator's words, marked as English.
  await expect(page.getByRole('list', { name: 'El conjunto de datos tiene 1 problema' })).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('list', { name: 'El conjunto de datos tiene 1 problema' }).getByRole('listitem')).toHaveText([CORRUPTIONS.offset.line]);
  await expectNoAxeViolations(page);
});

test('copies the problem list for a bug report or an editor', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const text = JSON.parse(CORRUPTIONS.reference.text()) as { events: { topics: string[] }[] };
  text.events[1]!.topics[0] = 'another-missing-topic';
  await serveDataset(page, JSON.stringify(text));
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'Copy the list' }).click();
  await expect(page.getByText('Copied', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${CORRUPTIONS.reference.line}\nevents[1].topics[0]: "another-missing-topic" is not a topic id`,
  );
});

test('shows a skeleton while the dataset loads', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await serveDataset(page, mutated(() => {}), held);
  await page.goto('/?lang=en');
  const busy = page.locator('[aria-busy="true"]');
  await expect(busy).toHaveCount(3);
  await expect(page.getByRole('status').first()).toHaveText('Loading the dataset…');
  await expectNoAxeViolations(page);
  release();
  await expect(busy).toHaveCount(0);
  await expect(page.getByText(SHIPPED_TITLE)).toBeVisible();
  for (const name of REGIONS) await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
});

test.describe('a curator opens their own dataset', () => {
  const CURATED = mutated((d) => {
    d.title.en = 'My curated dataset';
    d.title.es = 'Mis datos curados';
  });
  const input = (page: Page) => page.getByLabel('Open a dataset file…');
  const jsonFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const sourceFile = { name: SOURCE_NAME, mimeType: 'text/plain', buffer: Buffer.from(SOURCE_TEXT) };

  test.beforeEach(async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.getByText(SHIPPED_TITLE)).toBeVisible();
  });

  test('with the file input: valid data replaces the views, and the shipped data comes back', async ({ page }) => {
    await input(page).setInputFiles([jsonFile('mine.json', CURATED), sourceFile]);
    await expect(page.getByText('Showing mine.json')).toBeVisible();
    await expect(page.getByText('My curated dataset')).toBeVisible();
    await expect(page).toHaveTitle('My curated dataset · Backchannel');
    for (const name of REGIONS) await expect(page.getByRole('region', { name, exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Back to the shipped dataset' }).click();
    await expect(page.getByText(SHIPPED_TITLE)).toBeVisible();
    await expect(page.getByText('Showing mine.json')).toHaveCount(0);
  });

  test('without the source text, it is taken from the shipped data folder', async ({ page }) => {
    await input(page).setInputFiles([jsonFile('only-json.json', CURATED)]);
    await expect(page.getByText('My curated dataset')).toBeVisible();
  });

  test('invalid data lists its problems, and the shipped data comes back', async ({ page, problems }) => {
    await input(page).setInputFiles([jsonFile('broken.json', CORRUPTIONS.reference.text()), sourceFile]);
    await expect(page.getByText('Showing broken.json')).toBeVisible();
    await expect(problemList(page).getByRole('listitem')).toHaveText([CORRUPTIONS.reference.line]);
    await expectNoRegions(page);
    await expectNoAxeViolations(page);

    // A source text that differs from the shipped one is checked as opened, not as shipped.
    const shifted = { ...sourceFile, buffer: Buffer.from(`x${SOURCE_TEXT}`) };
    await input(page).setInputFiles([jsonFile('shifted.json', CURATED), shifted]);
    await expect(page.getByText('Showing shifted.json')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The dataset has 29 problems' })).toBeVisible();

    await page.getByRole('button', { name: 'Back to the shipped dataset' }).click();
    await expect(page.getByText(SHIPPED_TITLE)).toBeVisible();
    for (const name of REGIONS) await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('by drag and drop', async ({ page }) => {
    const transfer = await page.evaluateHandle(
      ([json, source, sourceName]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
        dt.items.add(new File([source], sourceName, { type: 'text/plain' }));
        return dt;
      },
      [CURATED, SOURCE_TEXT, SOURCE_NAME] as const,
    );
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await expect(page.getByText('Drop the dataset JSON file to open it')).toBeVisible();
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await expect(page.getByText('Drop the dataset JSON file to open it')).toHaveCount(0);
    await expect(page.getByText('Showing dropped.json')).toBeVisible();
    await expect(page.getByText('My curated dataset')).toBeVisible();
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { SHIPPED_TEXT, SOURCE_TEXT } from '../scripts/dataset-corruptions';
import { validateFile } from '../scripts/validate-data';
import type { Dataset } from '../src/data/schema';
import { expect, openApp, test } from './fixtures';

const REGIONS = ['Timeline', 'Actor network', 'Sources and quotes'];
const SHIPPED = JSON.parse(SHIPPED_TEXT) as Dataset;
// Tammy Bruce's words: the quotes view lists them once they have been verified against the text.
const TAMMY_QUOTE = SHIPPED.events.flatMap((e) => e.quotes).find((q) => q.speakerId === 'tammy-bruce')!.text;

/** No source file may be fetched: a self-contained dataset needs none. */
async function forbidSourceFiles(page: Page): Promise<string[]> {
  const asked: string[] = [];
  await page.route('**/data/sources/**', (route) => {
    asked.push(route.request().url());
    return route.abort();
  });
  return asked;
}

/** The exported file's dataset: the export is a dataset (or, before it was one, carried one). */
function datasetOf(exported: unknown): Dataset {
  return (exported as { dataset?: Dataset }).dataset ?? (exported as Dataset);
}

const dirs: string[] = [];
test.afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('a self-contained export of the shipped dataset passes validate-data alone and reopens in the app with no source file', async ({ page, problems }) => {
  await openApp(page, '?lang=en');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Filtered events as JSON' }).click()]);
  const dir = mkdtempSync(path.join(tmpdir(), 'backchannel-export-'));
  dirs.push(dir);
  const file = path.join(dir, 'export.json');
  await download.saveAs(file);

  // The file on its own: no sources folder beside it.
  const dataset = datasetOf(JSON.parse(readFileSync(file, 'utf8')));
  expect(dataset.sources.map((s) => [s.id, s.file, s.text])).toEqual([[SHIPPED.sources[0]!.id, undefined, SOURCE_TEXT]]);
  // Every event, quotes and offsets as shipped (in the view's order).
  const byId = (events: Dataset['events']) => [...events].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(dataset.events)).toEqual(byId(SHIPPED.events));
  const datasetFile = path.join(dir, 'self-contained.json');
  writeFileSync(datasetFile, JSON.stringify(dataset, null, 2));
  expect(await validateFile(datasetFile)).toEqual({
    ok: true,
    lines: [`${datasetFile}: valid — 1 source, 22 actors, 10 topics, 17 events, 29 quotes (all verified against their sources), 13 relations`],
  });

  const asked = await forbidSourceFiles(page);
  await page.getByLabel('Open a dataset file…').setInputFiles([datasetFile]);
  await expect(page.getByText('Showing self-contained.json')).toBeVisible();
  for (const name of REGIONS) await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sources and quotes', exact: true }).getByText(TAMMY_QUOTE).first()).toBeVisible();
  expect(asked).toEqual([]);
  expect(problems).toEqual([]);
});

test('a self-contained dataset dropped on its own opens, and one loaded with ?data= too', async ({ page }) => {
  const inline = structuredClone(SHIPPED) as Dataset & { sources: Record<string, unknown>[] };
  for (const s of inline.sources) {
    delete s.file;
    s.text = SOURCE_TEXT;
  }
  inline.title = { en: 'Self-contained copy', es: 'Copia autónoma' };
  const body = JSON.stringify(inline);
  await page.route('**/data/self-contained.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await openApp(page, '?lang=en');
  const asked = await forbidSourceFiles(page);

  const transfer = await page.evaluateHandle((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, body.replace('Self-contained copy', 'Dropped copy'));
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expect(page.getByText('Showing dropped.json')).toBeVisible();
  await expect(page.getByText('Dropped copy')).toBeVisible();
  for (const name of REGIONS) await expect(page.getByRole('region', { name, exact: true })).toBeVisible();

  await openApp(page, '?lang=en&data=data/self-contained.json');
  await expect(page.getByText('Self-contained copy')).toBeVisible();
  for (const name of REGIONS) await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  expect(asked).toEqual([]);
});

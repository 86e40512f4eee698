import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { validateParsed } from '../src/data/validate';
import { expect, expectNoAxeViolations, test } from './fixtures';

const SOURCE_ID = 'rubio-lavrov-2025-02-15';
const TEXT = readFileSync(`public/data/sources/${SOURCE_ID}.txt`, 'utf8');
const BRUCE_1 = 'reafirmó el compromiso del presidente Trump de encontrar un fin al conflicto en Ucrania';
const BRUCE_2 = 'Además, discutieron la oportunidad de potencialmente trabajar juntos en una serie de otros asuntos bilaterales';
const MINISTRY = 'restablecer un diálogo interestatal mutuamente respetuoso';
const TITLE = 'Rubio and Lavrov speak by phone';

const workspace = (page: Page) => page.getByRole('region', { name: 'Curation workspace' });

async function newActor(ws: Locator, opener: Locator, a: { name?: string; kind: string; side: string; en: string; es: string }) {
  await opener.click();
  const form = ws.getByRole('form', { name: 'New actor' });
  if (a.name) await form.getByLabel('Name').fill(a.name);
  await form.getByLabel('Kind').selectOption({ label: a.kind });
  await form.getByLabel('Side').selectOption({ label: a.side });
  await form.getByLabel('Role (English)').fill(a.en);
  await form.getByLabel('Role (Spanish)').fill(a.es);
  await form.getByRole('button', { name: 'Add the actor' }).click();
  await expect(form).toHaveCount(0);
}

/** The saved workspace, read from IndexedDB in the page: the reload waits until it is there. */
function savedQuoteCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('backchannel-curation');
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('workspace')) return resolve(-1);
          const get = db.transaction('workspace').objectStore('workspace').get('current');
          get.onsuccess = () => resolve((get.result as { doc: { quotes: unknown[] } } | undefined)?.doc.quotes.length ?? -1);
        };
        req.onerror = () => resolve(-1);
      }),
  );
}

test('from a pasted article to a verified event, restored after a reload, exported and read back', async ({ page }) => {
  test.setTimeout(90_000);
  // Leaving with unexported work asks first: the reload below answers the question.
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.type());
    void d.accept();
  });
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'Curate' }).click();
  await expect(page).toHaveURL(/curate=open/);
  const ws = workspace(page);

  // 1. An empty workspace; the shipped article pasted, published 2025-02-15, body 161–4176.
  await ws.getByRole('button', { name: 'Start from an empty dataset' }).click();
  const form = ws.getByRole('form', { name: 'Add a source' });
  await form.getByLabel('Article text').fill(TEXT);
  await form.getByLabel('Publisher (required)').fill('Financial Times');
  await form.getByLabel('Publication date (required)').fill('2025-02-15');
  await form.getByLabel('Body starts at').fill('161');
  await form.getByLabel('Body ends at').fill('4176');
  await form.getByLabel('Source id').fill(SOURCE_ID);
  await form.getByRole('button', { name: 'Add the source' }).click();
  await expect(ws.getByRole('document', { name: 'Article' })).toContainText('El secretario de Estado de EE. UU., Marco Rubio');
  await expectNoAxeViolations(page, '#curate');

  // The people the call involves become actors, from the draft's names.
  await newActor(ws, ws.getByRole('button', { name: 'Add as actor: Tammy Bruce' }).first(), { kind: 'Person', side: 'United States', en: 'State Department spokesperson', es: 'Portavoz del Departamento de Estado' });
  await newActor(ws, ws.getByRole('button', { name: 'Add as actor: El Ministerio de Relaciones Exteriores de Rusia' }).first(), {
    name: 'Russian Foreign Ministry', kind: 'Organization', side: 'Russia', en: 'Ministry of Foreign Affairs of Russia', es: 'Ministerio de Relaciones Exteriores de Rusia',
  });
  await newActor(ws, ws.getByRole('group', { name: 'Marco Rubio', exact: true }).getByRole('button', { name: 'Accept' }), { kind: 'Person', side: 'United States', en: 'US Secretary of State', es: 'Secretario de Estado de EE. UU.' });
  await newActor(ws, ws.getByRole('group', { name: 'Sergei Lavrov', exact: true }).getByRole('button', { name: 'Accept' }), { kind: 'Person', side: 'Russia', en: 'Russian Foreign Minister', es: 'Ministro de Relaciones Exteriores de Rusia' });

  // 2. The draft's quotes for the call, accepted; the speakers come from the draft.
  for (const q of [BRUCE_1, BRUCE_2, MINISTRY]) await ws.getByRole('group', { name: new RegExp(`^«${q.slice(0, 30)}`) }).getByRole('button', { name: 'Accept' }).click();
  await expect(ws.getByRole('heading', { name: 'Accepted quotes (3)' })).toBeVisible();

  // A selection leaving the body is refused, with the reason.
  await page.evaluate(() => {
    const spans = document.querySelectorAll<HTMLElement>('[data-testid="curate-article"] [data-start]');
    const first = spans[0]!.firstChild!;
    const inBody = [...spans].find((s) => Number(s.dataset.start) >= 161)!.firstChild!;
    document.getSelection()!.setBaseAndExtent(first, 0, inBody, 5);
  });
  await expect(ws.getByText('This selection leaves the article body (161–4176)')).toBeVisible();

  // 5. Halfway: reload, and the work is there.
  await expect.poll(() => savedQuoteCount(page)).toBe(3);
  await page.reload();
  await expect(workspace(page).getByRole('heading', { name: 'Accepted quotes (3)' })).toBeVisible();
  expect(asked).toContain('beforeunload');

  // 3. The event, from the draft's sentence, dated from outside the article.
  await ws.getByRole('button', { name: /^Create an event from this sentence: El secretario de Estado de EE\. UU\., Marco Rubio, ha hablado/ }).click();
  const ev = ws.getByRole('form', { name: '(untitled)' });
  await ev.getByLabel('Title (English)').fill(TITLE);
  const editor = ws.getByRole('form', { name: TITLE });
  await editor.getByLabel('Title (Spanish)').fill('Rubio y Lavrov hablan por teléfono');
  await editor.getByLabel('Summary (English)').fill('Secretary of State Marco Rubio speaks with Foreign Minister Sergei Lavrov ahead of high-level talks.');
  await editor.getByLabel('Summary (Spanish)').fill('El secretario de Estado Marco Rubio habla con el ministro de Exteriores Sergei Lavrov antes de las conversaciones de alto nivel.');
  await editor.getByLabel('Date from', { exact: true }).fill('2025-02-15');
  await editor.getByLabel('Date to', { exact: true }).fill('2025-02-15');
  await editor.getByLabel('Precision').selectOption('day');
  await editor.getByRole('radio', { name: 'added from outside the article' }).check();
  await editor.getByLabel('Basis of the date').fill('The article says only that Rubio «ha hablado» with Lavrov; the date, 2025-02-15, is the call as both governments reported it that day.');

  // 4. Tammy Bruce's two quotes and the ministry's, attached; their speakers join the event.
  for (const q of [BRUCE_1, BRUCE_2, MINISTRY]) await editor.getByRole('checkbox', { name: `«${q}»` }).check();
  await expect(editor.getByText('Tammy Bruce', { exact: true })).toBeVisible();
  await expect(editor.getByText('Russian Foreign Ministry', { exact: true })).toBeVisible();
  await expect(editor.getByText('Marco Rubio', { exact: true })).toBeVisible();

  // Blanks are flagged, not filled: translations and the dataset title are the curator's.
  await expect(ws.getByRole('button', { name: /^events\[0\]\.quotes\[0\]\.translation\.en: / })).toBeVisible();
  const translations: Record<string, string> = {
    [BRUCE_1]: 'reaffirmed President Trump’s commitment to finding an end to the conflict in Ukraine',
    [BRUCE_2]: 'In addition, they discussed the opportunity to potentially work together on a range of other bilateral issues',
    [MINISTRY]: 'restoring a mutually respectful interstate dialogue',
  };
  for (const [q, en] of Object.entries(translations))
    await ws.getByRole('listitem', { name: `«${q.slice(0, 50)}»` }).getByLabel('English translation').fill(en);
  await ws.getByLabel('Dataset title (English)').fill('Rubio–Lavrov call (curated in the browser)');
  await ws.getByLabel('Dataset title (Spanish)').fill('Llamada Rubio–Lavrov (curada en el navegador)');
  await expect(ws.getByRole('heading', { name: 'No problems: the dataset passes validate-data' })).toBeVisible();
  await expectNoAxeViolations(page, '#curate');

  // Undo and redo, by keyboard.
  await ws.getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Control+z');
  await expect(ws.getByLabel('Dataset title (Spanish)')).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(ws.getByLabel('Dataset title (Spanish)')).toHaveValue('Llamada Rubio–Lavrov (curada en el navegador)');

  // Preview in reader, under its banner.
  await ws.getByRole('button', { name: 'Preview in reader' }).click();
  await expect(page.getByText('Curated, not yet exported')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the workspace' }).click();

  // 6. Export.
  const [download] = await Promise.all([page.waitForEvent('download'), workspace(page).getByRole('button', { name: 'Export as .zip' }).click()]);
  expect(download.suggestedFilename()).toBe('backchannel-curated.zip');
  const files = unzipSync(readFileSync((await download.path())!));
  expect(Object.keys(files).sort()).toEqual(['dataset.json', `sources/${SOURCE_ID}.txt`]);
  const text = strFromU8(files[`sources/${SOURCE_ID}.txt`]!);
  expect(text).toBe(TEXT);
  const dataset = JSON.parse(strFromU8(files['dataset.json']!)) as Dataset;

  // 7. It passes validate-data, and reads back in the reader.
  const result = validateParsed(dataset, new Map([[SOURCE_ID, text]]));
  expect(result.ok ? [] : result.problems).toEqual([]);
  const event = dataset.events[0]!;
  expect(event).toMatchObject({ id: 'rubio-and-lavrov-speak-by-phone', kind: 'call', status: 'occurred', date: { start: '2025-02-15', end: '2025-02-15', precision: 'day' } });
  expect(event.date.basis).toMatch(/comes from outside the article/);
  expect(event.quotes.map((q) => [q.start, q.end, q.speakerId])).toEqual([
    [877, 964, 'tammy-bruce'],
    [1055, 1165, 'tammy-bruce'],
    [1709, 1766, 'russian-foreign-ministry'],
  ]);

  const dir = mkdtempSync(join(tmpdir(), 'curate-'));
  writeFileSync(join(dir, 'dataset.json'), files['dataset.json']!);
  writeFileSync(join(dir, `${SOURCE_ID}.txt`), files[`sources/${SOURCE_ID}.txt`]!);
  await page.getByRole('button', { name: 'Curate' }).click();
  await expect(page).not.toHaveURL(/curate=/);
  await page.getByLabel('Open a dataset file…').setInputFiles([join(dir, 'dataset.json'), join(dir, `${SOURCE_ID}.txt`)]);
  await expect(page.getByText('Showing dataset.json')).toBeVisible();
  await page.getByRole('region', { name: 'Timeline', exact: true }).getByRole('group', { name: 'Events in time order' }).getByRole('button', { name: new RegExp(TITLE) }).click();
  const quotes = page.getByRole('region', { name: 'Sources and quotes', exact: true });
  const card = quotes.getByRole('article').filter({ has: page.locator('blockquote', { hasText: BRUCE_1 }) }).last();
  await expect(card).toBeVisible();
  await expect(card).toContainText('Tammy Bruce');
});

test('in Spanish, and read-only on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=es&curate=open');
  const ws = page.getByRole('region', { name: 'Espacio de curación' });
  await expect(ws.getByText('En un teléfono el espacio es de solo lectura')).toBeVisible();
  await expect(ws.getByRole('button', { name: 'Empezar desde un conjunto vacío' })).toBeDisabled();
  await expectNoAxeViolations(page, '#curate');
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { expect, expectNoAxeViolations, openApp, sharedPage, test } from './fixtures';

const SOURCE_ID = 'rubio-lavrov-2025-02-15';
const TEXT = readFileSync(`public/data/sources/${SOURCE_ID}.txt`, 'utf8');
const BODY = { start: 161, end: 4176 };
const BRUCE_1 = 'reafirmó el compromiso del presidente Trump de encontrar un fin al conflicto en Ucrania';
const BRUCE_2 = 'Además, discutieron la oportunidad de potencialmente trabajar juntos en una serie de otros asuntos bilaterales';
const MINISTRY = 'restablecer un diálogo interestatal mutuamente respetuoso';
const TITLE = 'Rubio and Lavrov speak by phone';

// Every step waits on a condition, never on time.
const workspace = (page: Page) => page.getByRole('region', { name: 'Curation workspace' });
const article = (ws: Locator) => ws.getByRole('textbox', { name: 'Article' });

/** `npm run validate-data -- <file>`, the command itself: its output, or the test fails with it. */
function validateData(file: string): string {
  return execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/validate-data.ts', file], { encoding: 'utf8' });
}

/** The workspace as saved in IndexedDB, read in the page (null until the first save). */
function savedDoc(page: Page): Promise<{ sources: { text: string; body: unknown }[]; quotes: { start: number; end: number; text: string }[] } | null> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const req = indexedDB.open('backchannel-curation');
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('workspace')) return resolve(null);
          const get = db.transaction('workspace').objectStore('workspace').get('current');
          get.onsuccess = () => resolve((get.result as { doc: never } | undefined)?.doc ?? null);
        };
        req.onerror = () => resolve(null);
      }),
  );
}

async function startEmpty(page: Page): Promise<Locator> {
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'Curate' }).click();
  await expect(page).toHaveURL(/curate=open/);
  const ws = workspace(page);
  await ws.getByRole('button', { name: 'Start from an empty dataset' }).click();
  return ws;
}

/** The shipped article pasted as a new source, published 2025-02-15. */
async function addShippedArticle(ws: Locator): Promise<void> {
  const form = ws.getByRole('form', { name: 'Add a source' });
  await form.getByLabel('Article text').fill(TEXT);
  await form.getByLabel('Publisher (required)').fill('Financial Times');
  await form.getByLabel('Publication date (required)').fill('2025-02-15');
  await form.getByLabel('Source id').fill(SOURCE_ID);
  await form.getByRole('button', { name: 'Add the source' }).click();
  await expect(article(ws)).toContainText('El secretario de Estado de EE. UU., Marco Rubio');
}

/** Where the caret is in the article, as the workspace shows it (-1 while text is selected). */
async function caret(ws: Locator): Promise<number> {
  const [shown] = await ws.getByText(/^Caret at \d+$/).allTextContents();
  return shown === undefined ? -1 : Number(shown.replace(/\D/g, ''));
}

/** Press `key` `times` times (the keyboard's own presses, without a read in between). */
async function pressTimes(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/**
 * The caret put at `offset` by keyboard alone: line by line down, then character by
 * character, in runs of presses as long as the distance left, each run then read back.
 */
async function caretTo(page: Page, ws: Locator, offset: number): Promise<void> {
  await article(ws).focus();
  await page.keyboard.press('Control+Home');
  await expect.poll(() => caret(ws)).toBe(0);
  for (let i = 0; i < 200 && (await caret(ws)) < offset; i++) await page.keyboard.press('ArrowDown');
  if ((await caret(ws)) > offset) {
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Home');
  }
  for (let i = 0, at = await caret(ws); i < 20 && at !== offset; i++, at = await caret(ws))
    await pressTimes(page, at < offset ? 'ArrowRight' : 'ArrowLeft', Math.abs(offset - at));
  expect(await caret(ws)).toBe(offset);
}

/** The selection status, "Selected s–e", as numbers (null when it says something else). */
async function selected(ws: Locator): Promise<[number, number] | null> {
  const shown = ws.getByText(/^Selected \d+–\d+$/);
  const m = (await shown.count()) ? /(\d+)–(\d+)/.exec((await shown.textContent()) ?? '') : null;
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** The body marked by keyboard: from its first character, Shift+Ctrl+End, then back past the stray closing mark. */
async function markBodyByKeyboard(page: Page, ws: Locator): Promise<void> {
  await expect(ws.getByText('No body marked: the whole text counts as the article')).toBeVisible();
  await caretTo(page, ws, BODY.start);
  await page.keyboard.press('Shift+Control+End');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => selected(ws)).toEqual([BODY.start, BODY.end]);
  await ws.getByRole('button', { name: 'Mark as the article body' }).click();
  await expect(ws.getByText(`Article body marked: ${BODY.start}–${BODY.end}`)).toBeVisible();
  await expect(ws.getByText('No body marked')).toHaveCount(0);
}

async function newActor(ws: Locator, opener: Locator, a: { name?: string; kind: string; side: string; en: string; es: string }) {
  await opener.click();
  const form = ws.getByRole('form', { name: 'New actor' });
  // The form takes the focus where it opens.
  await expect(form.getByLabel('Name')).toBeFocused();
  if (a.name) await form.getByLabel('Name').fill(a.name);
  await form.getByLabel('Kind').selectOption({ label: a.kind });
  await form.getByLabel('Side').selectOption({ label: a.side });
  await form.getByLabel('Role (English)').fill(a.en);
  await form.getByLabel('Role (Spanish)').fill(a.es);
  await form.getByRole('button', { name: 'Add the actor' }).click();
  await expect(form).toHaveCount(0);
}

/** The reader, on an opened file: the event selected in the timeline, its quote by Tammy Bruce. */
async function readBack(page: Page, files: string[], shown: string): Promise<void> {
  await page.getByLabel('Open a dataset file…').setInputFiles(files);
  await expect(page.getByText(`Showing ${shown}`)).toBeVisible();
  await page.getByRole('region', { name: 'Timeline', exact: true }).getByRole('group', { name: 'Events in time order' }).getByRole('button', { name: new RegExp(TITLE) }).click();
  const quotes = page.getByRole('region', { name: 'Sources and quotes', exact: true });
  const card = quotes.getByRole('article', { name: 'Speaker: Tammy Bruce' }).filter({ has: page.locator('blockquote', { hasText: BRUCE_1 }) });
  await expect(card.first()).toBeVisible();
  await expect(card.first()).toContainText('reafirmó el compromiso del presidente Trump');
}

// Done when: from an empty workspace to an exported file that validates alone and reads back
// in the reader. One journey on one page (the workspace lives in its IndexedDB), in four parts.
test.describe('done when', () => {
  // Leaving with unexported work asks first: the reload below answers the question.
  const asked: string[] = [];
  const shared = sharedPage(async (page) => {
    page.on('dialog', (d) => {
      asked.push(d.type());
      void d.accept();
    });
  });
  const dir = mkdtempSync(join(tmpdir(), 'curate-json-'));
  const jsonPath = join(dir, 'backchannel-curated.json');
  const zipDir = mkdtempSync(join(tmpdir(), 'curate-zip-'));

  test('from an empty workspace: the article pasted, its body marked by keyboard', async () => {
    const page = shared();
    const ws = await startEmpty(page);

    // 1. The shipped article pasted, published 2025-02-15, its body marked on the text.
    await addShippedArticle(ws);
    await markBodyByKeyboard(page, ws);
    await expectNoAxeViolations(page, '#curate');
  });

  test('the actors from the draft’s names and the draft’s quotes; a reload keeps them', async () => {
    const page = shared();
    const ws = workspace(page);
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

    // 5. Halfway: reload, and the work is there.
    await expect.poll(async () => (await savedDoc(page))?.quotes.length).toBe(3);
    await page.reload();
    await expect(workspace(page).getByRole('heading', { name: 'Accepted quotes (3)' })).toBeVisible();
    await expect(workspace(page).getByText('No body marked')).toHaveCount(0);
    expect(asked).toEqual(['beforeunload']);
  });

  test('the event from the draft’s sentence, its quotes attached, blanks filled: no problems; undo, redo, preview', async () => {
    const page = shared();
    const ws = workspace(page);
    // 3. The event, from the draft's sentence, dated from outside the article.
    await ws.getByRole('button', { name: /^Create an event from this sentence: El secretario de Estado de EE\. UU\., Marco Rubio, ha hablado/ }).click();
    const ev = ws.getByRole('form', { name: '(untitled)' });
    await ev.getByLabel('Title (English)').fill(TITLE);
    const editor = ws.getByRole('form', { name: TITLE });
    await expect(editor.getByLabel('Kind', { exact: true })).toHaveValue('call');
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
    await expect(ws.getByRole('button', { name: 'Export as JSON' })).toBeDisabled();
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
  });

  test('exported as JSON and .zip, each validates alone; leaving no longer asks', async () => {
    const page = shared();
    const ws = workspace(page);
    // 6. Export: one self-contained JSON file, and the .zip.
    const [json] = await Promise.all([page.waitForEvent('download'), workspace(page).getByRole('button', { name: 'Export as JSON' }).click()]);
    expect(json.suggestedFilename()).toBe('backchannel-curated.json');
    await json.saveAs(jsonPath);
    await expect(ws.getByText('Exported backchannel-curated.json')).toBeVisible();
    const [zip] = await Promise.all([page.waitForEvent('download'), workspace(page).getByRole('button', { name: 'Export as .zip' }).click()]);
    expect(zip.suggestedFilename()).toBe('backchannel-curated.zip');
    const files = unzipSync(readFileSync((await zip.path())!));
    expect(Object.keys(files).sort()).toEqual(['dataset.json', `sources/${SOURCE_ID}.txt`]);
    expect(strFromU8(files[`sources/${SOURCE_ID}.txt`]!)).toBe(TEXT);

    // 7. The JSON file passes validate-data alone in an empty folder: it carries its text.
    expect(readdirSync(dir)).toEqual(['backchannel-curated.json']);
    expect(validateData(jsonPath)).toContain(': valid — 1 source, 4 actors, 0 topics, 1 event, 3 quotes (all verified against their sources), 0 relations');
    const dataset = JSON.parse(readFileSync(jsonPath, 'utf8')) as Dataset;
    expect(dataset.sources[0]).toMatchObject({ id: SOURCE_ID, text: TEXT, body: BODY, publisher: 'Financial Times', published: '2025-02-15', title: null, url: null });
    expect(dataset.sources[0]).not.toHaveProperty('file');
    const event = dataset.events[0]!;
    expect(event).toMatchObject({ id: 'rubio-and-lavrov-speak-by-phone', kind: 'call', status: 'occurred', date: { start: '2025-02-15', end: '2025-02-15', precision: 'day' } });
    expect(event.date.basis).toMatch(/comes from outside the article/);
    expect(event.quotes.map((q) => [q.start, q.end, q.speakerId])).toEqual([
      [TEXT.indexOf(BRUCE_1), TEXT.indexOf(BRUCE_1) + BRUCE_1.length, 'tammy-bruce'],
      [TEXT.indexOf(BRUCE_2), TEXT.indexOf(BRUCE_2) + BRUCE_2.length, 'tammy-bruce'],
      [TEXT.indexOf(MINISTRY), TEXT.indexOf(MINISTRY) + MINISTRY.length, 'russian-foreign-ministry'],
    ]);
    // The .zip's dataset.json passes too, beside its sources folder.
    mkdirSync(join(zipDir, 'sources'));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(zipDir, name), bytes);
    expect(validateData(join(zipDir, 'dataset.json'))).toContain(': valid — 1 source, 4 actors, 0 topics, 1 event, 3 quotes');

    // Exported: leaving no longer asks. The open event and the source under review are in the
    // address, so the reload comes back to them.
    const listed = ws.getByRole('button', { name: new RegExp(`^${TITLE}`) });
    if ((await listed.getAttribute('aria-pressed')) !== 'true') await listed.click();
    await expect(page).toHaveURL(/[?&]cevent=e\d+/);
    await expect(page).toHaveURL(new RegExp(`[?&]csource=${SOURCE_ID}`));
    await page.reload();
    await expect(workspace(page).getByRole('heading', { name: 'Accepted quotes (3)' })).toBeVisible();
    await expect(ws.getByRole('form', { name: TITLE })).toBeVisible();
    expect(asked).toEqual(['beforeunload']);
  });

  test('both exports read back in the reader: the event selected, Tammy Bruce’s words with her as speaker', async () => {
    const page = shared();
    await page.getByRole('button', { name: 'Curate' }).click();
    await expect(page).not.toHaveURL(/curate=/);
    await readBack(page, [jsonPath], 'backchannel-curated.json');
    await page.goto('/?lang=en');
    await readBack(page, [join(zipDir, 'dataset.json'), join(zipDir, 'sources', `${SOURCE_ID}.txt`)], 'dataset.json');
  });
});

// One journey on one page, in two parts: the second needs the quote the first made.
test.describe('a quote made by keyboard', () => {
  const shared = sharedPage(async (page) => {
    page.on('dialog', (d) => void d.accept());
  });

  test('the caret moves, Shift selects across highlights, Enter makes it; the article stays as given; undo and redo', async () => {
  const page = shared();
  const ws = await startEmpty(page);
  await addShippedArticle(ws);
  await markBodyByKeyboard(page, ws);

  // A passage no quotation mark covers, crossing the highlights of two names.
  const passage = 'La llamada entre Rubio y Lavrov es una señal significativa';
  const start = TEXT.indexOf(passage);
  const end = start + passage.length;
  await caretTo(page, ws, start);
  for (let i = 0, at = start; i < 20 && at < end; i++, at = (await selected(ws))?.[1] ?? start) await pressTimes(page, 'Shift+ArrowRight', end - at);
  await expect.poll(() => selected(ws)).toEqual([start, end]);
  await page.keyboard.press('Enter');
  await expect(ws.getByText(`Quote made: ${start}–${end}`)).toBeVisible();
  await expect(ws.getByRole('heading', { name: 'Accepted quotes (1)' })).toBeVisible();
  const made = ws.getByRole('listitem', { name: `«${passage.slice(0, 50)}»` });
  await expect(made).toContainText(`«${passage}» ${start}–${end}`);
  await expect(made.getByLabel('Kind')).toHaveValue('passage');
  await expect.poll(async () => (await savedDoc(page))?.quotes).toEqual([expect.objectContaining({ start, end, text: TEXT.slice(start, end) })]);
  // The caret waits at the quote's end, in the article.
  await expect(article(ws)).toBeFocused();
  await expect.poll(() => caret(ws)).toBe(end);

  // Typing, deleting, pasting: the article stays exactly as given.
  await page.keyboard.type('x');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Enter');
  expect(await article(ws).textContent()).toBe(TEXT);
  await expect(ws.getByRole('heading', { name: 'Accepted quotes (1)' })).toBeVisible();

  // Undo and redo from the article itself.
  await page.keyboard.press('Control+z');
  await expect(ws.getByRole('heading', { name: 'Accepted quotes (0)' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(ws.getByRole('heading', { name: 'Accepted quotes (1)' })).toBeVisible();
  });

  test('leaving the body is refused, with the reason; the body is fixed once a quote points into it', async () => {
  const page = shared();
  const ws = workspace(page);
  // A selection that reaches back over the promotion lines is refused, with the reason.
  await caretTo(page, ws, BODY.start + 5);
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(ws.getByText(`This selection leaves the article body (${BODY.start}–${BODY.end}): a quote may not use text outside it.`)).toBeVisible();
  await expect(ws.getByRole('button', { name: 'Make a quote of the selection' })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(ws.getByRole('heading', { name: 'Accepted quotes (1)' })).toBeVisible();
  // The body is fixed once a quote points into the text.
  await expect(ws.getByRole('button', { name: 'Mark as the article body' })).toHaveCount(0);
  });
});

test('a dropped .txt is kept exactly, CRLF and control characters included, and warned about', async ({ page }) => {
  const ws = await startEmpty(page);
  const form = ws.getByRole('form', { name: 'Add a source' });
  // Test fixture, not reporting: a made-up text with Windows line endings and a BEL character.
  const fixture = 'TEST FIXTURE, not reporting: a made-up text.\r\nSegunda línea\u0007 con un carácter de control.\r\nTercera línea.\r\n';
  const drop = async (name: string, bytes: number[]) => {
    const dt = await page.evaluateHandle(([n, b]) => {
      const d = new DataTransfer();
      d.items.add(new File([new Uint8Array(b)], n, { type: 'text/plain' }));
      return d;
    }, [name, bytes] as const);
    await form.dispatchEvent('dragover', { dataTransfer: dt });
    await form.dispatchEvent('drop', { dataTransfer: dt });
  };

  // A file in another encoding is refused, never decoded into replacement characters.
  await drop('latin1.txt', [0x4c, 0xe1, 0x0a]);
  await expect(form.getByRole('alert')).toHaveText(/^latin1\.txt was not read: it is not UTF-8 text: the byte at offset 1 \(0xE1\) is not valid UTF-8/);
  await expect(form.getByLabel('Article text')).toHaveValue('');

  await drop('fixture.txt', [...new TextEncoder().encode(fixture)]);
  await expect(form.getByText('Read fixture.txt (UTF-8).')).toBeVisible();
  // A text box would turn CRLF into LF on the first edit: the text is shown read-only.
  await expect(form.getByLabel('Article text')).toHaveAttribute('readonly', '');
  await expect(form.getByText('It has carriage returns (CR), which a text box would change')).toBeVisible();
  const warnings = form.getByRole('list', { name: 'Warnings about the text' });
  await expect(warnings).toContainText('The text has 3 Windows line endings (CRLF). They are kept');
  await expect(warnings).toContainText(`The text has 1 control character (the first, U+0007, at offset ${fixture.indexOf('\u0007')}). They are kept as they are.`);
  await form.getByLabel('Publisher (required)').fill('Fixture');
  await form.getByLabel('Publication date (required)').fill('2025-02-15');
  await form.getByRole('button', { name: 'Add the source' }).click();

  // In the workspace: the same warnings, and the missing body; the text as given, to the character.
  const sourceWarnings = ws.getByRole('list', { name: 'Warnings about the text' });
  await expect(sourceWarnings.getByRole('listitem')).toHaveText([/3 Windows line endings/, /1 control character/, /^No body marked/]);
  expect(await article(ws).textContent()).toBe(fixture);
  await expect.poll(async () => (await savedDoc(page))?.sources[0]?.text).toBe(fixture);
  await expectNoAxeViolations(page, '#curate');
});

test('every problem leads to its field', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  const ws = await startEmpty(page);
  await addShippedArticle(ws);
  await ws.getByRole('button', { name: 'New empty event' }).click();
  // A source problem too: the publisher cleared in the source's details.
  await ws.getByRole('button', { name: 'Details' }).click();
  await ws.getByRole('form', { name: `Details of ${SOURCE_ID}` }).getByLabel('Publisher (required)').fill('');
  const list = ws.getByRole('list', { name: /problems?$/ });
  const buttons = list.getByRole('button');
  const paths = (await buttons.allTextContents()).map((s) => s.slice(0, s.indexOf(': ')));
  expect(paths).toEqual(expect.arrayContaining(['title.en', 'title.es', 'sources[0].publisher', 'events[0].id', 'events[0].title.en', 'events[0].summary.es', 'events[0].date.basis', 'events[0].actors', 'events[0].quotes']));
  // Close what is open: following a problem opens it again.
  await ws.getByRole('button', { name: 'Details' }).click();
  await ws.getByRole('button', { name: /^\(untitled\)/ }).click();
  await expect(ws.getByRole('form', { name: '(untitled)' })).toHaveCount(0);

  for (const [i, path] of paths.entries()) {
    await buttons.nth(i).press('Enter');
    // Focus lands on the field the path names, or (for a list that is too short) on its holder.
    const at = await page.evaluate(() => document.activeElement?.getAttribute('data-path') ?? null);
    expect(at, path).not.toBeNull();
    expect(path === at || path.startsWith(`${at}.`) || path.startsWith(`${at}[`), `${path} → ${at}`).toBe(true);
  }
  const follow = async (path: string) => list.getByRole('button', { name: new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}: `) }).first().press('Enter');
  await follow('title.en');
  await expect(ws.getByLabel('Dataset title (English)')).toBeFocused();
  await follow('sources[0].publisher');
  await expect(ws.getByRole('form', { name: `Details of ${SOURCE_ID}` }).getByLabel('Publisher (required)')).toBeFocused();
  await follow('events[0].date.basis');
  await expect(ws.getByLabel('Basis of the date')).toBeFocused();
  await follow('events[0].quotes');
  await expect(ws.getByRole('group', { name: 'Quotes attached' })).toBeFocused();
});

// Proposals accepted, edited and dismissed by keyboard, the focus kept on each: one page, two parts.
test.describe('proposals by keyboard', () => {
  const shared = sharedPage(async (page) => {
    page.on('dialog', (d) => void d.accept());
  });
  const proposal = (ws: Locator, q: string) => ws.getByRole('group', { name: new RegExp(`^«${q.slice(0, 30)}`) });

  test('quotes accepted, dismissed, restored and edited by keyboard, the focus kept on each', async () => {
  const page = shared();
  const ws = await startEmpty(page);
  await addShippedArticle(ws);
  const proposal1 = (q: string) => proposal(ws, q);

  // Accept: the proposal says so and keeps the focus.
  await proposal1(BRUCE_1).getByRole('button', { name: 'Accept' }).focus();
  await page.keyboard.press('Enter');
  await expect(ws.getByRole('heading', { name: 'Accepted quotes (1)' })).toBeVisible();
  await expect(proposal1(BRUCE_1)).toContainText('accepted');
  await expect(page.locator(':focus')).toContainText(BRUCE_1);

  // Dismiss: the focus goes to Restore, which brings the proposal back.
  await proposal1('inmediatamente').getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  const restore = ws.getByRole('button', { name: 'Restore: «inmediatamente»' });
  await expect(restore).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(proposal1('inmediatamente').getByRole('button', { name: 'Accept' })).toBeFocused();

  // Edit: accepted, and on to its translation.
  await proposal1(BRUCE_2).getByRole('button', { name: 'Edit' }).focus();
  await page.keyboard.press(' ');
  const item = ws.getByRole('listitem', { name: `«${BRUCE_2.slice(0, 50)}»` });
  await expect(item.getByLabel('English translation')).toBeFocused();
  await page.keyboard.type('In addition, they discussed');
  await expect(item.getByLabel('English translation')).toHaveValue('In addition, they discussed');

  });

  test('a mention opens the actor form; dates go into the open event by keyboard', async () => {
  const page = shared();
  const ws = workspace(page);
  // A mention accepted opens the new actor form, focused on its name.
  await ws.getByRole('group', { name: 'Sergei Lavrov', exact: true }).getByRole('button', { name: 'Accept' }).focus();
  await page.keyboard.press('Enter');
  await expect(ws.getByRole('form', { name: 'New actor' }).getByLabel('Name')).toBeFocused();
  await page.keyboard.press('Tab');
  await ws.getByRole('form', { name: 'New actor' }).getByRole('button', { name: 'Cancel' }).press('Enter');

  // A date, into the open event: Accept sets it, Edit sets it and goes to its basis.
  await expect(ws.getByText('Open or create an event to accept a date into it.')).toBeVisible();
  await ws.getByRole('button', { name: 'New empty event' }).press('Enter');
  const jueves = ws.getByRole('group', { name: 'el jueves', exact: true });
  await jueves.getByRole('button', { name: 'Accept' }).focus();
  await page.keyboard.press('Enter');
  const editor = ws.getByRole('form', { name: '(untitled)' });
  await expect(editor.getByLabel('Date from', { exact: true })).toHaveValue('2025-02-13');
  await expect(editor.getByLabel('Basis of the date')).toHaveValue(/«el jueves»/);
  await expect(jueves).toContainText('accepted');
  const semana = ws.getByRole('group', { name: 'esta semana', exact: true });
  await semana.getByRole('button', { name: 'Edit' }).focus();
  await page.keyboard.press('Enter');
  await expect(editor.getByLabel('Basis of the date')).toBeFocused();
  await expect(editor.getByLabel('Date from', { exact: true })).toHaveValue('2025-02-10');
  await expect(editor.getByLabel('Date to', { exact: true })).toHaveValue('2025-02-16');
  await expect(editor.getByLabel('Precision')).toHaveValue('week');
  await expectNoAxeViolations(page, '#curate');
  });
});

test('the reader starts without the workspace: no saved work read, none of its code fetched, nothing asked on leaving', async ({ page }) => {
  const opened: string[] = [];
  await page.exposeFunction('__idbOpened', (name: string) => void opened.push(name));
  await page.addInitScript(() => {
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (name: string, version?: number) => {
      (window as unknown as { __idbOpened(n: string): void }).__idbOpened(name);
      return open(name, version);
    };
  });
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.js')) scripts.push(r.url());
  });
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.type());
    void d.accept();
  });

  // Unexported work saved in an earlier visit.
  await page.goto('/?lang=en&curate=open');
  await workspace(page).getByRole('button', { name: 'Start from an empty dataset' }).click();
  await workspace(page).getByLabel('Article text').fill('TEST FIXTURE, not reporting.');
  await workspace(page).getByLabel('Publisher (required)').fill('Fixture');
  await workspace(page).getByLabel('Publication date (required)').fill('2025-02-15');
  await workspace(page).getByRole('button', { name: 'Add the source' }).click();
  await expect.poll(async () => (await savedDoc(page))?.sources.length).toBe(1);
  expect(opened).toContain('backchannel-curation');

  // A new visit to the reader: nothing read, none of the store's code, no question on leaving.
  opened.length = 0;
  await openApp(page, '?lang=en');
  scripts.length = 0;
  opened.length = 0;
  await page.reload();
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
  expect(asked).toEqual(['beforeunload']); // only the first visit, which had opened the workspace, asked
  expect(opened).toEqual([]);
  expect(scripts.length).toBeGreaterThan(0);
  const bodies = await Promise.all(scripts.map(async (url) => [url, await (await page.request.get(url)).text()] as const));
  expect(bodies.filter(([, body]) => body.includes('backchannel-curation')).map(([url]) => url)).toEqual([]);

  // Opening the workspace reads the saved work.
  await page.getByRole('button', { name: 'Curate' }).click();
  await expect(workspace(page).getByText('TEST FIXTURE, not reporting.')).toBeVisible();
  expect(opened).toContain('backchannel-curation');
});

// In Spanish, from the dataset in view, axe clean at 1440 and 1024 px: one page, a test per width.
test.describe('in Spanish, from the dataset in view', () => {
  const shared = sharedPage('?lang=es');
  const esWorkspace = (page: Page) => page.getByRole('region', { name: 'Espacio de curación' });

  test('the dataset in view opens in the workspace, an event and its source open', async () => {
    const page = shared();
    await page.getByRole('button', { name: 'Curar' }).click();
    const ws = esWorkspace(page);
    await ws.getByRole('button', { name: 'Empezar desde el conjunto en pantalla' }).click();
    await expect(ws.getByRole('heading', { name: 'Sin problemas: el conjunto pasa validate-data' })).toBeVisible();
    await expect(ws.getByRole('heading', { name: 'Eventos (17)' })).toBeVisible();
    await ws.getByRole('button', { name: /^Rubio y Lavrov hablan por teléfono/ }).click();
    await expect(ws.getByRole('form', { name: TITLE })).toBeVisible();
    await ws.getByRole('button', { name: 'Detalles' }).click();
    await expect(ws.getByRole('textbox', { name: 'Artículo' })).toContainText('Tammy Bruce');
  });

  for (const width of [1440, 1024])
    test(`usable and axe clean at ${width} px`, async () => {
      const page = shared();
      const ws = esWorkspace(page);
      await page.setViewportSize({ width, height: 768 });
      // Usable: the three columns' controls in view without scrolling the page sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expect(ws.getByRole('button', { name: 'Exportar como JSON' })).toBeInViewport();
      await expect(ws.getByRole('textbox', { name: 'Artículo' })).toBeInViewport();
      await expect(ws.getByRole('heading', { name: 'Propuestas del borrador' })).toBeInViewport();
      await expectNoAxeViolations(page, '#curate');
    });

  test('the form to add a source, axe clean in Spanish', async () => {
    const page = shared();
    const ws = esWorkspace(page);
    await ws.getByRole('button', { name: 'Añadir una fuente' }).click();
    await expect(ws.getByRole('form', { name: 'Añadir una fuente' })).toBeVisible();
    await expectNoAxeViolations(page, '#curate');
  });
});

test('in English at 1024 px, axe clean with the article, proposals and an event open', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await page.setViewportSize({ width: 1024, height: 768 });
  const ws = await startEmpty(page);
  await expectNoAxeViolations(page, '#curate');
  await addShippedArticle(ws);
  await ws.getByRole('button', { name: /^Create an event from this sentence: El secretario de Estado/ }).click();
  await expect(ws.getByRole('form', { name: '(untitled)' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  await expectNoAxeViolations(page, '#curate');
});

test('on a phone: read-only, and it says so', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  const ws = await startEmpty(page);
  await addShippedArticle(ws);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(ws.getByText('On a phone the workspace is read-only')).toBeVisible();
  // The work can be read, not changed.
  await expect(article(ws)).toContainText('Tammy Bruce');
  for (const name of ['Undo', 'Add a source', 'Details', 'New empty event']) await expect(ws.getByRole('button', { name, exact: true })).toBeDisabled();
  await expect(ws.getByRole('group', { name: new RegExp(`^«${BRUCE_1.slice(0, 30)}`) }).getByRole('button', { name: 'Accept' })).toBeDisabled();
  await article(ws).focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Shift+Control+End');
  await expect.poll(() => selected(ws)).toEqual([0, TEXT.length]);
  await expect(ws.getByRole('button', { name: 'Make a quote of the selection' })).toBeDisabled();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+z');
  await expect(ws.getByRole('heading', { name: 'Accepted quotes (0)' })).toBeVisible();
  await expect(ws.getByText('Financial Times · 2025-02-15')).toBeVisible();
  await expectNoAxeViolations(page, '#curate');
});

// Apart from the English test above (together they took 14–17 s, near the 15 s a test may
// take): opened on a phone by its address, with no work saved, nothing can be started.
test('on a phone, in Spanish from the start: read-only, and it says so', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=es&curate=open');
  const es = page.getByRole('region', { name: 'Espacio de curación' });
  await expect(es.getByText('En un teléfono el espacio es de solo lectura')).toBeVisible();
  for (const name of ['Empezar desde el conjunto en pantalla', 'Empezar desde un conjunto vacío'])
    await expect(es.getByRole('button', { name, exact: true })).toBeDisabled();
  await expectNoAxeViolations(page, '#curate');
});

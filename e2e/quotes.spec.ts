import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openApp, sharedPage, showState, test } from './fixtures';
import { inTimeOrder } from './time-order';

interface Quote {
  sourceId: string;
  start: number;
  end: number;
  text: string;
  speakerId: string | null;
  kind: 'direct' | 'passage';
  translation: { en: string };
}
interface Ev {
  id: string;
  date: { start: string | null; end: string | null };
  title: { en: string; es: string };
  summary: { en: string; es: string };
  quotes: Quote[];
  actors: { id: string }[];
}
interface Data {
  sources: { id: string; file: string }[];
  actors: { id: string; name: string; side: string }[];
  events: Ev[];
}

const read = (path: string) => readFileSync(new URL(`../public/data/${path}`, import.meta.url), 'utf8');
const datasetText = read('dataset.json');
const data = JSON.parse(datasetText) as Data;
const SOURCE = read('sources/rubio-lavrov-2025-02-15.txt');
const event = (id: string) => data.events.find((e) => e.id === id)!;
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const BRUCE = 'reafirmó el compromiso del presidente Trump de encontrar un fin al conflicto en Ucrania';

const region = (page: Page) => page.getByRole('region', { name: 'Sources and quotes', exact: true });
/** The card of the selected event's quote whose blockquote holds exactly `text`. */
const card = (page: Page, text: string): Locator =>
  region(page)
    .getByRole('article')
    .filter({ has: page.locator('blockquote', { hasText: text }) })
    .last();

// Read-only checks on states given by the URL share one loaded page per describe; each
// test moves it to its state (showState) instead of loading the app again.
test.describe('an event selected', () => {
  const shared = sharedPage('?lang=en&event=rubio-lavrov-call');
  for (const id of ['rubio-lavrov-call', 'trump-thursday-remarks', 'agreement-communication-line', 'trump-putin-agree-to-negotiate']) {
    test(`shows every quote of ${id} verbatim, as the source file has it`, async () => {
      const page = shared();
      await showState(page, `?lang=en&event=${id}`);
      const ev = event(id);
      await expect(region(page).getByRole('heading', { level: 3 })).toHaveText(ev.title.en);
      const quotes = region(page).locator('blockquote');
      await expect(quotes).toHaveCount(ev.quotes.length);
      const texts = await quotes.evaluateAll((els) => els.map((el) => [el.textContent, el.getAttribute('lang')]));
      ev.quotes.forEach((q, i) => {
        expect(texts[i]![0]).toBe(SOURCE.slice(q.start, q.end));
        expect(texts[i]![1]).toBe('es');
      });
    });
  }

  test('attributes the Bruce quote, names its kind and source, and shows it in context', async () => {
    const page = shared();
    await showState(page, '?lang=en&event=rubio-lavrov-call');
    const c = card(page, BRUCE);
    await expect(c.locator('blockquote')).toHaveText(BRUCE);
    await expect(c).toContainText('Tammy Bruce');
    await expect(c).toContainText('Direct quotation');
    await expect(c).toContainText('Source: Financial Times · Published 15 Feb 2025 · Title: unknown');
    // The context is the sentence before and after, from the file, with the quote marked.
    const q = event('rubio-lavrov-call').quotes.find((x) => x.text === BRUCE)!;
    const context = c.locator('p', { has: page.locator('mark[data-quoted]') });
    await expect(context.locator('mark[data-quoted]')).toHaveText(BRUCE);
    const contextText = await context.textContent();
    expect(SOURCE).toContain(contextText!);
    expect(contextText).toContain('“inmediatamente”.\nRubio “' + BRUCE + '”, dijo la portavoz');
    expect(contextText!.endsWith('otros asuntos bilaterales”.')).toBe(true);
    expect(SOURCE.indexOf(contextText!)).toBeLessThan(q.start);
    await page.screenshot({ path: test.info().outputPath('quotes-desktop.png') });
  });

  test('says how the date was determined, on demand', async () => {
    const page = shared();
    await showState(page, '?lang=en&event=us-questionnaire-to-europe');
    const r = region(page);
    await expect(r).toContainText('on or before 15 Feb 2025');
    const basis = r.getByText('it gives no start', { exact: false });
    await expect(basis).toBeHidden();
    await r.getByText('How this date was determined').click();
    await expect(basis).toBeVisible();
    await expect(r.locator('dd', { hasText: 'Occurred' })).toBeVisible();
    await expect(r.getByText('Location')).toBeVisible();
    await expect(r.locator('dd', { hasText: 'unknown' })).toBeVisible();
  });

  test('shows the English translation beside the quote, labelled as ours', async () => {
    const page = shared();
    await showState(page, '?lang=en&event=rubio-lavrov-call');
    const c = card(page, BRUCE);
    const q = event('rubio-lavrov-call').quotes.find((x) => x.text === BRUCE)!;
    const toggle = c.getByRole('button', { name: 'Show English translation' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(c.getByText(q.translation.en)).toHaveCount(0);
    await toggle.click();
    const hide = c.getByRole('button', { name: 'Hide English translation' });
    await expect(hide).toHaveAttribute('aria-expanded', 'true');
    await expect(c.getByText('Translation (ours), not the source')).toBeVisible();
    await expect(c.getByText(q.translation.en)).toBeVisible();
    await expect(c.locator('[lang="en"]', { hasText: q.translation.en })).toBeVisible();
    // The quote itself is untouched.
    await expect(c.locator('blockquote')).toHaveText(BRUCE);
    await hide.click();
    await expect(c.getByText(q.translation.en)).toHaveCount(0);
  });

  test('has no axe violations, in English and Spanish', async () => {
    const page = shared();
    await showState(page, '?lang=en&event=rubio-lavrov-call');
    await card(page, BRUCE).getByRole('button', { name: 'Show English translation' }).click();
    await expect(card(page, BRUCE).getByText('Translation (ours), not the source')).toBeVisible();
    // Opened, whatever an earlier test on this page left it as.
    const basis = region(page).locator('details', { hasText: 'How this date was determined' });
    if ((await basis.getAttribute('open')) === null) await page.getByText('How this date was determined').click();
    await expect(basis).toHaveAttribute('open', '');
    await expectNoAxeViolations(page, '#quotes');
    await showState(page, '?lang=es&event=trump-thursday-remarks');
    await expect(page.getByRole('region', { name: 'Fuentes y citas' }).locator('blockquote')).toHaveCount(3);
    await expectNoAxeViolations(page, '#quotes');
  });

  test('lists the actors with their roles; a name filters by that actor, a hover lights their quotes', async () => {
    const page = shared();
    await showState(page, '?lang=en&event=rubio-lavrov-call');
    const r = region(page);
    const bruce = r.getByRole('button', { name: 'Tammy Bruce speaker' });
    await bruce.hover();
    await expect(r.locator('article[data-lit]')).toHaveCount(2);
    for (const lit of await r.locator('article[data-lit]').all()) await expect(lit).toContainText('Tammy Bruce');
    await page.mouse.move(0, 0);
    await expect(r.locator('article[data-lit]')).toHaveCount(0);
    const lavrov = r.getByRole('button', { name: 'Sergei Lavrov participant' });
    await expect(lavrov).toHaveAttribute('aria-pressed', 'false');
    await lavrov.click();
    await expect(page).toHaveURL(/actors=sergei-lavrov/);
    await expect(lavrov).toHaveAttribute('aria-pressed', 'true');
  });

  test('moves focus into the event and back to the list by keyboard', async () => {
    const page = shared();
    await showState(page, '?lang=en');
    const open = region(page).getByRole('button', { name: 'Open: Trump and Putin speak by phone' });
    await open.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/event=trump-putin-call/);
    await expect(region(page).getByRole('heading', { level: 3 })).toBeFocused();
    await region(page).getByRole('button', { name: 'All quotes' }).click();
    await expect(page).not.toHaveURL(/event=/);
    await expect(open).toBeFocused();
  });
});

test.describe('the source reader', () => {
  const shared = sharedPage('?lang=en&event=rubio-lavrov-call');
  test('opens on the current passage; a click on another passage selects its event', async () => {
    const page = shared();
    const opener = card(page, BRUCE).getByRole('button', { name: 'Read in source' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Source text' });
    await expect(dialog).toBeVisible();
    const current = dialog.locator('[aria-current="true"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveText(BRUCE);
    await expect(current).toBeInViewport();
    await expect(current).toBeFocused();
    // The whole text, faithfully: the stray quotation marks and the newsletter promotion too.
    const lines = await dialog.locator('p.whitespace-pre-wrap').allTextContents();
    expect(lines.join('\n')).toBe(SOURCE);

    await expectNoAxeViolations(page, '#quotes');
    await page.screenshot({ path: test.info().outputPath('quotes-reader.png') });

    const other = dialog.getByRole('button', { name: /^Washington envió un cuestionario a los gobiernos europeos/ });
    await other.scrollIntoViewIfNeeded();
    await other.click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/event=us-questionnaire-to-europe/);
    await expect(region(page).getByRole('heading', { level: 3 })).toHaveText(event('us-questionnaire-to-europe').title.en);
    await expect(region(page).locator('blockquote')).toHaveText(event('us-questionnaire-to-europe').quotes[0]!.text);
  });

  test('closes with Escape and returns focus to the button that opened it', async () => {
    const page = shared();
    await showState(page, '?lang=en&event=trump-putin-agree-to-negotiate');
    const opener = region(page).getByRole('button', { name: 'Read in source' }).nth(1);
    await opener.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('[aria-current="true"]')).toHaveText('inmediatamente');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await expect(page).toHaveURL(/event=trump-putin-agree-to-negotiate/);
  });

  // Last on the shared page: it leaves the reader as a keyboard user leaves it.
  test('gives a nested passage to the innermost quote, and works by keyboard', async () => {
    const page = shared();
    await showState(page, '?lang=en&event=rubio-lavrov-call');
    await region(page).getByRole('button', { name: 'Read in source' }).first().click();
    const dialog = page.getByRole('dialog');
    // Inside the call's opening passage sits the Saudi talks' "antes de las conversaciones…".
    const inner = dialog.getByRole('button', { name: /^antes de las conversaciones de alto nivel entre Washington y Moscú la próxima semana — / });
    await expect(inner).toContainText('antes de las conversaciones');
    await inner.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/event=saudi-arabia-talks-planned/);
    await expect(region(page).getByRole('heading', { level: 3 })).toHaveText(event('saudi-arabia-talks-planned').title.en);
    await expect(page.locator(':focus')).toContainText('antes de las conversaciones de alto nivel');
  });

});

test.describe('the source reader on a phone', () => {
  test('fits a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openApp(page, '?lang=en&event=rubio-lavrov-call');
    await card(page, BRUCE).getByRole('button', { name: 'Read in source' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('[aria-current="true"]')).toBeInViewport();
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await page.screenshot({ path: test.info().outputPath('quotes-reader-phone.png') });
    await page.keyboard.press('Escape');
    await card(page, BRUCE).scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('quotes-phone.png') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('copy citation', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('puts the quote, speaker, source, date and a link to this selection on the clipboard', async ({ page, problems }) => {
    await openApp(page, '?lang=en&event=rubio-lavrov-call');
    const c = card(page, BRUCE);
    await c.getByRole('button', { name: 'Copy citation' }).click();
    await expect(c.getByRole('status')).toHaveText('Citation copied');
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toContain(`«${BRUCE}»`);
    expect(clip).toContain('Tammy Bruce');
    expect(clip).toContain('Financial Times');
    expect(clip).toContain('15 Feb 2025');
    expect(clip).toContain('title: unknown');
    expect(clip).toContain('Rubio and Lavrov speak by phone');
    const link = /https?:\/\/\S+/.exec(clip.split('\n').at(-1)!)![0];
    expect(new URL(link).searchParams.get('event')).toBe('rubio-lavrov-call');
    expect(new URL(link).origin).toBe(new URL(page.url()).origin);
    expect(problems).toEqual([]);
  });

  test('says so, and offers the text, when the clipboard refuses', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new Error('denied')) });
    });
    await openApp(page, '?lang=en&event=rubio-lavrov-call');
    const c = card(page, BRUCE);
    await c.getByRole('button', { name: 'Copy citation' }).click();
    await expect(c.getByRole('alert')).toContainText('did not allow copying');
    await expect(c.getByRole('textbox', { name: 'Citation' })).toHaveValue(/Tammy Bruce/);
  });
});

test.describe('nothing selected', () => {
  const shared = sharedPage('?lang=en');
  test('lists the quotes of every event, in time order, grouped under their event', async () => {
    const page = shared();
    const r = region(page);
    await expect(r.getByRole('heading', { level: 4 })).toHaveText(inTimeOrder(data.events).map((e) => e.title.en));
    const total = data.events.reduce((n, e) => n + e.quotes.length, 0);
    await expect(r.locator('blockquote[lang="es"]')).toHaveCount(total);
    await expect(r).toContainText(`${total} quotes from ${data.events.length} events, in time order`);
    await expectNoAxeViolations(page, '#quotes');
  });

  test('follows the filters, and narrows to what one side said', async () => {
    const page = shared();
    await showState(page, '?lang=en&actors=sergei-lavrov');
    const r = region(page);
    const lavrov = inTimeOrder(data.events.filter((e) => e.actors.some((a) => a.id === 'sergei-lavrov')));
    await expect(r.getByRole('heading', { level: 4 })).toHaveCount(lavrov.length);
    await r.getByRole('group', { name: 'Said by' }).getByRole('button', { name: /^Russia/ }).click();
    const side = new Map(data.actors.map((a) => [a.id, a.side]));
    const russian = lavrov.flatMap((e) => e.quotes).filter((q) => q.speakerId && side.get(q.speakerId) === 'ru');
    expect(russian.length).toBeGreaterThan(0);
    await expect(r.locator('blockquote')).toHaveText(russian.map((q) => q.text));
    await expect(r.locator('figcaption').filter({ hasText: 'Tammy Bruce' })).toHaveCount(0);
    await expectNoAxeViolations(page, '#quotes');
  });

});

test.describe('a large dataset', () => {
  test('pages through a large dataset instead of rendering every quote', async ({ page }) => {
    const big = JSON.parse(datasetText) as Data & { relations: unknown[] };
    const copies = 60;
    big.events = Array.from({ length: copies }, (_, i) => big.events.map((e) => ({ ...e, id: `${e.id}-${i}` }))).flat();
    big.relations = [];
    await page.route('**/data/dataset.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(big) }));
    await openApp(page, '?lang=en');
    const r = region(page);
    const n = big.events.length;
    await expect(r.getByText(`Showing`)).toContainText(`of ${n} events`);
    const first = await r.locator('blockquote').count();
    expect(first).toBeGreaterThan(10);
    expect(first).toBeLessThan(60);
    await r.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => r.locator('blockquote').count()).toBeGreaterThan(first + 10);
    await expect(page.locator(':focus')).toHaveRole('article');
  });
});

test.describe('search', () => {
  // The first test is about a search given by a link: the shared page opens on it.
  const shared = sharedPage('?lang=en&q=negociaci%C3%B3n&event=us-negotiating-team-named');
  const expectedFor = (q: string) =>
    data.events
      .filter((e) =>
        fold([e.title.en, e.title.es, e.summary.en, e.summary.es, ...e.quotes.flatMap((x) => [x.text, x.translation.en])].join('\n')).includes(
          fold(q),
        ),
      )
      .map((e) => e.title.en)
      .sort();

  test('is shared through the URL, highlights in the selected event, and clears', async () => {
    const page = shared();
    const r = region(page);
    const box = r.getByRole('searchbox', { name: 'Search quotes, titles and summaries' });
    await expect(box).toHaveValue('negociación');
    await expect(r.locator('blockquote mark[data-search-hit]')).toHaveText(['negociación']);
    await r.getByRole('button', { name: 'Clear search' }).click();
    await expect(box).toHaveValue('');
    await expect(page).not.toHaveURL(/q=/);
    await expect(r.locator('mark[data-search-hit]')).toHaveCount(0);
  });

  for (const q of ['negociacion', 'negociación', 'NEGOCIACIÓN']) {
    test(`"${q}" finds "negociación" and "negociaciones", and marks them`, async () => {
      const page = shared();
      await showState(page, '?lang=en');
      const r = region(page);
      const box = r.getByRole('searchbox', { name: 'Search quotes, titles and summaries' });
      await box.fill(q);
      await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(q).replace(/%/g, '%')}`));
      const expected = expectedFor(q);
      expect(expected).toContain(event('us-negotiating-team-named').title.en);
      await expect(r.getByRole('heading', { level: 4 })).toHaveCount(expected.length);
      await expect.poll(async () => (await r.getByRole('heading', { level: 4 }).allTextContents()).sort()).toEqual(expected);
      const hits = await r.locator('mark[data-search-hit]').allTextContents();
      expect(hits).toContain('negociación');
      expect(hits).toContain('negociacion'); // the first letters of "negociaciones"
      for (const h of hits) expect(fold(h)).toBe('negociacion');
      // Blockquotes still hold the exact text around the marks.
      const texts = await r.locator('blockquote').allTextContents();
      for (const t of texts) expect(SOURCE).toContain(t);
    });
  }

  test('says when nothing matches', async () => {
    const page = shared();
    await showState(page, '?lang=en&q=zzzz');
    await expect(region(page)).toContainText('Nothing matches “zzzz” with the current filters.');
  });
});

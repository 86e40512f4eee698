/**
 * Reading the negotiations at first sight (issue 13), at 1440×900 with the shipped data:
 * titled timeline on the densest stretch with nothing lost, a network of who dealt with
 * whom, the sides' accounts side by side. Expectations come from public/data/dataset.json.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Dataset, DatasetEvent } from '../src/data/schema';
import { expect, expectNoAxeViolations, openApp, sharedPage, showState, test } from './fixtures';
import { bounds } from './time-order';

const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
const FOCUS_FROM = Date.UTC(2025, 1, 10);
const TOTAL = dataset.events.length;
const takesPart = (e: DatasetEvent, id: string) => e.actors.some((a) => a.id === id && (a.role === 'participant' || a.role === 'speaker'));

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline', exact: true });
const plot = (page: Page) => timeline(page).getByRole('group', { name: 'Events in time order' });
const mark = (page: Page, id: string) => plot(page).locator(`[data-event-id="${id}"]`);
const title = (page: Page, id: string) => timeline(page).locator(`[data-title-for="${id}"]`);
const axis = (page: Page) => timeline(page).getByRole('img', { name: /^Time axis/ });
const network = (page: Page) => page.getByRole('region', { name: 'Actor network', exact: true });
const quotes = (page: Page) => page.getByRole('region', { name: 'Sources and quotes', exact: true });

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
const inside = (a: Box, b: Box) => a.x >= b.x - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y >= b.y - 0.5 && a.y + a.height <= b.y + b.height + 0.5;

/** The part of the plot on screen: the lanes' scroller, clipped to the window. */
async function screenOf(region: Locator): Promise<Box> {
  return region.locator('svg[aria-describedby]').evaluate((svg) => {
    const r = svg.parentElement!.parentElement!.getBoundingClientRect();
    const top = Math.max(r.top, 0);
    return { x: r.left, y: top, width: r.width, height: Math.min(r.bottom, innerHeight) - top };
  });
}

/**
 * Every title is there as text, whole or shortened to its first 20 characters at least, on
 * screen; none overlap. The titles are checked side by side.
 */
async function expectTitles(region: Locator, events: DatasetEvent[], lang: 'en' | 'es') {
  const screen = await screenOf(region);
  const boxes = await Promise.all(events.map(async (e) => {
    const t = region.locator(`[data-title-for="${e.id}"]`);
    await expect(t, e.id).toBeVisible();
    const text = (await t.textContent())!;
    const whole = e.title[lang];
    if (text !== whole) {
      expect(text.endsWith('…'), `${e.id}: "${text}"`).toBe(true);
      expect(whole.startsWith(text.slice(0, -1)), `${e.id}: "${text}"`).toBe(true);
      // At least the first 20 characters (a space there is not kept before the ellipsis).
      expect(text.startsWith(whole.slice(0, 20).trimEnd()), `${e.id}: "${text}"`).toBe(true);
    }
    // Nothing is clipped: the text fits its box.
    expect(await t.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), e.id).toBe(true);
    const box = (await t.boundingBox())!;
    expect(inside(box, screen), `${e.id} on screen`).toBe(true);
    return box;
  }));
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${events[i]!.id} / ${events[j]!.id}`).toBe(false);
}

async function centreX(l: Locator): Promise<number> {
  const b = (await l.boundingBox())!;
  return b.x + b.width / 2;
}

// The first view, read on one page: the test that changes its zoom comes last (a zoom once
// changed stays when the address drops it); the cited link's test loads its own.
test.describe('at first sight, 1440×900', () => {
  const shared = sharedPage('?lang=en');

  test('all 17 titles are readable, none overlapping; every event is on screen; the fortnight reads apart', async () => {
    const page = shared();
    await expect(timeline(page).getByRole('status')).toHaveText(`${TOTAL} of ${TOTAL} events`);
    await expectTitles(timeline(page), dataset.events, 'en');

    // Every event's mark is on screen: the earlier ones compressed at the left, and counted there.
    const screen = await screenOf(timeline(page));
    const markBoxes = await Promise.all(dataset.events.map((e) => mark(page, e.id).boundingBox()));
    dataset.events.forEach((e, i) => {
      const b = markBoxes[i]!;
      const centre = { x: b.x + b.width / 2, y: b.y + b.height / 2, width: 0, height: 0 };
      expect(inside(centre, screen), `${e.id} on screen`).toBe(true);
    });
    const earlier = dataset.events.filter((e) => bounds(e)[0] < FOCUS_FROM);
    expect(earlier).toHaveLength(4);
    const count = timeline(page).getByRole('button', { name: /earlier events, drawn compressed/ });
    await expect(count).toHaveAccessibleName(`2016–2025: ${earlier.length} earlier events, drawn compressed. Show them at full scale`);
    await expect(count).toBeVisible();
    await expect(axis(page)).toHaveAccessibleName(/^Time axis from 9 Feb 2025 to 24 Feb 2025: .*; before it, compressed: 1 Jan 2016 – 9 Feb 2025, 4 events$/);

    // February 2025's day-dated events stand apart by day, not in one column.
    const days = dataset.events.filter((e) => e.date.precision === 'day' && e.date.start!.startsWith('2025-02'));
    const xs = new Map<string, number[]>();
    for (const e of days) xs.set(e.date.start!, [...(xs.get(e.date.start!) ?? []), await centreX(mark(page, e.id))]);
    expect([...xs.keys()].sort()).toEqual(['2025-02-12', '2025-02-13', '2025-02-15']);
    const at = (d: string) => xs.get(d)![0]!;
    // One x per day; a day is at least 25 px wide.
    for (const list of xs.values()) expect(Math.max(...list) - Math.min(...list)).toBeLessThan(1);
    expect(at('2025-02-13') - at('2025-02-12')).toBeGreaterThan(25);
    expect(at('2025-02-15') - at('2025-02-13')).toBeGreaterThan(50);
    // The fortnight fills the plot: the week of the Saudi Arabia talks ends near its right edge.
    const saudi = (await mark(page, 'saudi-arabia-talks-planned').boundingBox())!;
    expect(saudi.x + saudi.width).toBeGreaterThan(screen.x + screen.width * 0.85);
    await page.screenshot({ path: test.info().outputPath('first-sight.png') });
    await expectNoAxeViolations(page, '#timeline');
  });

  test('a click on a mark selects it and hides its tooltip at once', async () => {
    const page = shared();
    await showState(page, '?lang=en');
    const call = mark(page, 'rubio-lavrov-call');
    await call.hover();
    const tip = timeline(page).getByRole('tooltip');
    await expect(tip).toContainText('Rubio and Lavrov speak by phone');
    await call.click();
    await expect(call).toHaveAttribute('aria-pressed', 'true');
    // The pointer has not moved: the tooltip is gone all the same, and stays gone.
    await expect(tip).toHaveCount(0);
    await page.mouse.move(...(await pointJustBeside(call)));
    await expect(tip).toHaveCount(0);
    // The selected title is drawn, stronger, above the rest.
    await expect(title(page, 'rubio-lavrov-call')).toHaveClass(/ring-1/);
  });

  test('in Spanish, the titles are in Spanish', async () => {
    const page = shared();
    await showState(page, '?lang=es');
    const tl = page.getByRole('region', { name: 'Cronología', exact: true });
    await expect(tl.getByRole('button', { name: /4 eventos anteriores, dibujados comprimidos/ })).toBeVisible();
    await expectTitles(tl, dataset.events, 'es');
    await expectNoAxeViolations(page, '#timeline');
  });

  test('the earlier events come into view on click, and the zoom goes into the address', async () => {
    const page = shared();
    await showState(page, '?lang=en');
    await expect(page).not.toHaveURL(/zoom=/);
    await timeline(page).getByRole('button', { name: /4 earlier events/ }).click();
    // Nine years at one scale: little short of Fit all.
    await expect(axis(page)).toHaveAccessibleName(/^Time axis from [^;]*201[56][^;]*2025[^;]*$/);
    await expect(page).toHaveURL(/[?&]zoom=(all|201[56]-\d\d-\d\d\.\.2025-\d\d-\d\d)(&|$)/);

  });
});

test.describe('at first sight, from a cited link', () => {
  test('a cited link restores the zoom, apart from the time window; Fit all and the first view have their own', async ({ page }) => {
    await openApp(page, '?lang=en&zoom=2025-02-12..2025-02-15');
    // The focus shows the four days, with a few hours of air at each end.
    await expect(axis(page)).toHaveAccessibleName(/^Time axis from 11 Feb 2025 to 16 Feb 2025: February 2025, 12, 13, 14, 15, 16;/);
    await expect(timeline(page).getByRole('status')).toHaveText(`${TOTAL} of ${TOTAL} events`);
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();

    await timeline(page).getByRole('button', { name: 'Fit all' }).click();
    await expect(page).toHaveURL(/[?&]zoom=all(&|$)/);
    await expect(axis(page)).toHaveAccessibleName(/^Time axis from [^;]*2016[^;]*2025[^;]*$/);
    await page.reload();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(axis(page)).toHaveAccessibleName(/^Time axis from [^;]*2016[^;]*2025[^;]*$/);
    // Back to the first view: its own button, and the address forgets the zoom.
    await timeline(page).getByRole('button', { name: /^Zoom to the busiest stretch, 10–23 Feb 2025/ }).click();
    await expect(page).not.toHaveURL(/zoom=/);
  });
});

/** A point on the mark's own row, a few px past its drawn end: still over the mark's target. */
async function pointJustBeside(l: Locator): Promise<[number, number]> {
  const b = (await l.boundingBox())!;
  return [b.x + b.width / 2 + 2, b.y + b.height / 2];
}

test.describe('the network of who dealt with whom', () => {
  const shared = sharedPage('?lang=en');

  // First: it points at an edge of the first layout (the mentions switch lays the graph out again).
  test('an edge’s tooltip lists the events in which both take part', async () => {
    const page = shared();
    const sharedEvents = dataset.events.filter((e) => takesPart(e, 'marco-rubio') && takesPart(e, 'sergei-lavrov'));
    const id = 'marco-rubio|sergei-lavrov';
    await expect(network(page).locator(`[data-edge="${id}"]`)).toHaveAccessibleName(new RegExp(`${sharedEvents.length} shared events`));
    // A point of the edge's line that the edge itself takes (no node or label over it).
    const p = await page.evaluate((id) => {
      const line = document.querySelector<SVGLineElement>(`[data-edge="${id}"] line`)!;
      const svg = line.ownerSVGElement!.getBoundingClientRect();
      const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(line.getAttribute(a)));
      for (let i = 1; i < 40; i++) {
        const f = 0.5 + (i % 2 ? 1 : -1) * Math.floor(i / 2) * 0.02;
        const x = svg.left + x1! + (x2! - x1!) * f;
        const y = svg.top + y1! + (y2! - y1!) * f;
        if (document.elementFromPoint(x, y)?.closest('[data-edge]')?.getAttribute('data-edge') === id) return { x, y };
      }
      return null;
    }, id);
    expect(p).not.toBeNull();
    await page.mouse.move(p!.x, p!.y);
    const tip = network(page).getByRole('tooltip');
    await expect(tip).toContainText(`${sharedEvents.length} shared events`);
    for (const e of sharedEvents.slice(0, 5)) await expect(tip).toContainText(e.title.en);
  });

  test('joins those who take part together (30 connections); "Include mentions" adds co-mentions (97)', async () => {
    const page = shared();
    await showState(page, '?lang=en');
    const summary = network(page).getByText(/actors and \d+ connections/);
    await expect(summary).toHaveText('22 actors and 30 connections in 17 of 17 events');
    const edge = (id: string) => network(page).locator(`[data-edge="${id}"]`);
    // Both appear in the record of the Rubio–Lavrov call, but Trump is only mentioned in it.
    await expect(edge('donald-trump|tammy-bruce')).toHaveCount(0);
    await expect(edge('marco-rubio|tammy-bruce')).toHaveCount(1);
    const all = new Set<string>();
    for (const e of dataset.events)
      for (const a of e.actors) for (const b of e.actors) if (a.id < b.id) all.add(`${a.id}|${b.id}`);
    const switcher = network(page).getByRole('switch', { name: 'Include mentions' });
    await expect(switcher).not.toBeChecked();
    await switcher.click();
    await expect(switcher).toBeChecked();
    await expect(page).toHaveURL(/[?&]links=mentions(&|$)/);
    await expect(summary).toHaveText(`22 actors and ${all.size} connections in 17 of 17 events`);
    await expect(edge('donald-trump|tammy-bruce')).toHaveCount(1);
    await switcher.press('Space');
    await expect(summary).toHaveText('22 actors and 30 connections in 17 of 17 events');
    await expectNoAxeViolations(page, '#network');
  });
});

test.describe('the network of a crowded event', () => {
  test('an event of 2,000 actors opens without freezing: drawn as a hub', async ({ page }) => {
    // Test fixture, not reporting: one summit of 2,000 invented participants.
    const actors = Array.from({ length: 2000 }, (_, i) => ({ id: `delegate-${i}`, name: `Delegate ${i}`, aliases: [], kind: 'person', side: 'other', role: { en: 'Delegate', es: 'Delegado' } }));
    const crowd = {
      ...dataset,
      title: { en: 'Test fixture: one summit of 2,000 delegates', es: 'Datos de prueba: una cumbre de 2.000 delegados' },
      actors: [...dataset.actors, ...actors],
      events: [
        ...dataset.events,
        {
          ...dataset.events.find((e) => e.id === 'rubio-lavrov-call')!,
          id: 'crowded-summit',
          actors: actors.map((a) => ({ id: a.id, role: 'participant' })),
          // The article's own sentences: no speaker outside the crowd.
          quotes: dataset.events.find((e) => e.id === 'rubio-lavrov-call')!.quotes.filter((q) => q.speakerId === null),
        },
      ],
    };
    await page.route((url) => url.pathname === '/crowd/dataset.json', (route) => route.fulfill({ json: crowd }));
    await page.route((url) => url.pathname.startsWith('/crowd/sources/'), (route) =>
      route.fulfill({ body: readFileSync(`public/data/sources/${new URL(route.request().url()).pathname.split('/').pop()}`, 'utf8'), contentType: 'text/plain; charset=utf-8' }),
    );
    await page.goto('/?lang=en&data=/crowd/dataset.json');
    await expect(page.locator('html[data-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
    await expect(network(page).getByText(/actors and \d+ connections/)).toHaveText('2022 actors and 2029 connections in 18 of 18 events');
    await expect(network(page).getByText(/drawn as a hub/)).toBeVisible();
    // Still answering: the switch responds at once.
    await network(page).getByRole('switch', { name: 'Include mentions' }).click();
    await expect(network(page).getByText(/actors and \d+ connections/)).toHaveText(/^2022 actors and \d+ connections/);
  });
});

test.describe('compare accounts', () => {
  const call = dataset.events.find((e) => e.id === 'rubio-lavrov-call')!;
  const said = (id: string) => call.quotes.filter((q) => q.speakerId === id);

  test('the Rubio–Lavrov call in a United States and a Russia column, verbatim with translation, by keyboard, in the address', async ({ page }) => {
    await openApp(page, '?lang=en&event=rubio-lavrov-call');
    const button = quotes(page).getByRole('button', { name: 'Compare accounts' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]quotes=compare(&|$)/);
    const us = quotes(page).getByRole('region', { name: 'United States', exact: true });
    const ru = quotes(page).getByRole('region', { name: 'Russia', exact: true });
    await expect(us).toContainText('Speaker: Tammy Bruce');
    await expect(ru).toContainText('Speaker: Russian Foreign Ministry');
    await expect(us.getByRole('blockquote')).toHaveText(said('tammy-bruce').map((q) => q.text));
    await expect(ru.getByRole('blockquote')).toHaveText(said('russian-foreign-ministry').map((q) => q.text));
    for (const q of said('tammy-bruce')) await expect(us).toContainText(q.translation.en);
    for (const q of said('russian-foreign-ministry')) await expect(ru).toContainText(q.translation.en);
    await expect(us.getByRole('blockquote').first()).toHaveAttribute('lang', 'es');
    // Side by side at this width.
    const a = (await us.boundingBox())!;
    const b = (await ru.boundingBox())!;
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    expect(b.x).toBeGreaterThan(a.x + a.width - 1);
    await expectNoAxeViolations(page, '#quotes');
    // The link restores it; Enter again returns to the list.
    await page.reload();
    await expect(quotes(page).getByRole('region', { name: 'Russia', exact: true })).toBeVisible();
    await quotes(page).getByRole('button', { name: 'Compare accounts' }).press('Enter');
    await expect(page).not.toHaveURL(/quotes=/);
    await expect(quotes(page).getByRole('region', { name: 'Russia', exact: true })).toHaveCount(0);
  });

  test('is offered only where more than one side speaks, and speaks Spanish', async ({ page }) => {
    await openApp(page, '?lang=es&event=agreement-restore-dialogue');
    const q = page.getByRole('region', { name: 'Fuentes y citas', exact: true });
    await expect(q.getByRole('heading', { level: 3 })).toHaveText(dataset.events.find((e) => e.id === 'agreement-restore-dialogue')!.title.es);
    await expect(q.getByRole('button', { name: 'Comparar versiones' })).toHaveCount(0);
    await showState(page, '?lang=es&event=rubio-lavrov-call&quotes=compare');
    await expect(q.getByRole('region', { name: 'Estados Unidos', exact: true })).toContainText('Hablante: Tammy Bruce');
    await expect(q.getByRole('region', { name: 'Rusia', exact: true })).toContainText(said('russian-foreign-ministry')[0]!.text);
    await expectNoAxeViolations(page, '#quotes');
  });
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('no sideways scroll; the focused stretch’s titles are readable; the accounts stack', async ({ page }) => {
    await openApp(page, '?lang=en');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await timeline(page).scrollIntoViewIfNeeded();
    const february = dataset.events.filter((e) => bounds(e)[0] >= FOCUS_FROM || e.date.start === null);
    const boxes: Box[] = await Promise.all(february.map(async (e) => {
      const t = title(page, e.id);
      await expect(t, e.id).toBeVisible();
      expect((await t.textContent())!.startsWith(e.title.en.slice(0, 20).trimEnd()), e.id).toBe(true);
      return (await t.boundingBox())!;
    }));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    await page.screenshot({ path: test.info().outputPath('first-sight-phone.png'), fullPage: true });

    await showState(page, '?lang=en&event=rubio-lavrov-call&quotes=compare');
    await expect(quotes(page).getByRole('region', { name: 'Russia', exact: true })).toBeVisible();
    const us = (await quotes(page).getByRole('region', { name: 'United States', exact: true }).boundingBox())!;
    const ru = (await quotes(page).getByRole('region', { name: 'Russia', exact: true }).boundingBox())!;
    expect(ru.y).toBeGreaterThanOrEqual(us.y + us.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

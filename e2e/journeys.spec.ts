/**
 * The reader's journeys (issue 7): the product's acceptance tests, against the shipped
 * dataset. Every expectation is computed from public/data/dataset.json, not from the app.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Dataset, DatasetEvent } from '../src/data/schema';
import type { Lang } from '../src/i18n/lang';
import { messagesFor } from '../src/i18n/messages';
import { buildIndex } from '../src/lib/dataset-index';
import { formatEventDate } from '../src/lib/format-date';
import { buildGraph, neighbourhood } from '../src/lib/network/graph';
import { moveFocus, type Direction, type Point } from '../src/lib/network/navigate';
import { expect, expectNoAxeViolations, openApp, sharedPage, showState, test, watchPage } from './fixtures';

const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
const index = buildIndex(dataset, new Map());
const LAVROV = 'sergei-lavrov';
const BRUCE_QUOTE = 'reafirmó el compromiso del presidente Trump de encontrar un fin al conflicto en Ucrania';
const TOPIC = 'embassies';

const eventsWith = (pred: (e: DatasetEvent) => boolean) => index.events.filter(pred);
const lavrovEvents = eventsWith((e) => e.actors.some((a) => a.id === LAVROV));
const topicEvents = eventsWith((e) => e.topics.includes(TOPIC));
const actorName = (id: string) => index.actorById.get(id)!.name;
const markName = (e: DatasetEvent, lang: Lang) => `${formatEventDate(e.date, lang)} — ${e.title[lang]}`;
const actorsOf = (events: DatasetEvent[]) => new Set(events.flatMap((e) => e.actors.map((a) => a.id)));

const regions = (page: Page, lang: Lang) => {
  const t = messagesFor(lang);
  const timeline = page.getByRole('region', { name: t.app.regionTimeline, exact: true });
  const network = page.getByRole('region', { name: t.app.regionNetwork, exact: true });
  const quotes = page.getByRole('region', { name: t.app.regionQuotes, exact: true });
  return {
    t,
    timeline,
    network,
    quotes,
    marksGroup: timeline.getByRole('group', { name: t.timeline.marks, exact: true }),
    marks: timeline.getByRole('group', { name: t.timeline.marks, exact: true }).getByRole('button'),
    nodes: network.getByRole('group', { name: t.network.actorsGroup, exact: true }).getByRole('button'),
    filters: page.getByRole('navigation', { name: t.filters.barLabel }),
  };
};

/** Timeline, network and quote panel all show exactly these events (the checks run side by side). */
async function expectViewsShow(page: Page, lang: Lang, events: DatasetEvent[]) {
  const r = regions(page, lang);
  const actors = actorsOf(events);
  const quotes = events.flatMap((e) => e.quotes.map((q) => q.text));
  await Promise.all([
    expect(r.timeline.getByRole('status')).toHaveText(r.t.timeline.count(events.length, index.events.length)),
    expect(r.marks).toHaveCount(events.length),
    ...events.map((e) => expect(r.marksGroup.getByRole('button', { name: markName(e, lang), exact: true })).toHaveCount(1)),
    expect(r.nodes).toHaveCount(actors.size),
    ...[...actors].map((id) => expect(r.network.getByRole('button', { name: new RegExp(`^${actorName(id)},`) })).toHaveCount(1)),
    expect(r.quotes.getByRole('blockquote')).toHaveText(quotes),
  ]);
}

for (const lang of ['en', 'es'] as const) {
  test.describe(`journeys in ${lang === 'en' ? 'English' : 'Spanish'}`, () => {
    // One page per language: the first test is its opening (its console errors are checked
    // after it); each later journey starts from the unfiltered view, set through the URL.
    const shared = sharedPage(`?lang=${lang}`);

    test('1. opening the app fills all three views, with no console error', async () => {
      const page = shared();
      await expectViewsShow(page, lang, [...index.events]);
      // Its whole-page axe scan is shell.spec.ts's, on this same first view.
    });

    test('2. the actor filter from the filter bar narrows all three views to Lavrov’s events', async () => {
      const page = shared();
      await showState(page, `?lang=${lang}`);
      const r = regions(page, lang);
      await r.filters.getByRole('button', { name: r.t.filters.actors, exact: true }).click();
      // The list scrolls inside its panel, above the Done button, instead of drawing past it.
      const list = (await r.filters.getByRole('group', { name: r.t.filters.actors, exact: true }).getByRole('list').boundingBox())!;
      const done = (await r.filters.getByRole('button', { name: r.t.filters.done, exact: true }).boundingBox())!;
      expect(list.y + list.height).toBeLessThanOrEqual(done.y);
      expect(list.x + list.width).toBeLessThanOrEqual(done.x + done.width + 8.5);
      await r.filters.getByRole('checkbox', { name: new RegExp(`^${actorName(LAVROV)}`) }).check();
      await page.keyboard.press('Escape');
      await expect(page).toHaveURL(/actors=sergei-lavrov/);
      await expectViewsShow(page, lang, lavrovEvents);
      await expect(r.filters.getByRole('button', { name: r.t.filters.removeFilter(r.t.filters.actors, actorName(LAVROV)) })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('2b. clicking Lavrov’s node does the same, and a second click undoes it', async () => {
      const page = shared();
      await showState(page, `?lang=${lang}`);
      const r = regions(page, lang);
      const node = r.network.getByRole('button', { name: new RegExp(`^${actorName(LAVROV)},`) });
      await node.click();
      await expect(node).toHaveAttribute('aria-pressed', 'true');
      await expectViewsShow(page, lang, lavrovEvents);
      await node.click();
      await expect(page).not.toHaveURL(/actors=/);
      await expectViewsShow(page, lang, [...index.events]);
    });

    test('3. a topic filter narrows all three views the same way', async () => {
      const page = shared();
      await showState(page, `?lang=${lang}`);
      const r = regions(page, lang);
      await r.filters.getByRole('button', { name: r.t.filters.topics, exact: true }).click();
      await r.filters.getByRole('checkbox', { name: new RegExp(`^${index.topicById.get(TOPIC)!.label[lang]}`) }).check();
      await page.keyboard.press('Escape');
      await expect(page).toHaveURL(new RegExp(`topics=${TOPIC}`));
      await expectViewsShow(page, lang, topicEvents);
      await r.filters.getByRole('button', { name: r.t.filters.clearAll }).click();
      await expectViewsShow(page, lang, [...index.events]);
    });

    test('4–5. selecting the Rubio–Lavrov call shows Tammy Bruce’s words; the link restores it; Back returns', async ({ baseURL }) => {
      const page = shared();
      await showState(page, `?lang=${lang}`);
      const r = regions(page, lang);
      const call = index.eventById.get('rubio-lavrov-call')!;
      await r.timeline.getByRole('button', { name: markName(call, lang), exact: true }).click();
      await expect(page).toHaveURL(/event=rubio-lavrov-call/);
      await expect(r.timeline.getByRole('button', { name: markName(call, lang), exact: true })).toHaveAttribute('aria-pressed', 'true');

      const bruce = r.quotes.getByRole('blockquote').filter({ hasText: BRUCE_QUOTE });
      await expect(bruce).toHaveText(BRUCE_QUOTE);
      await expect(bruce).toHaveAttribute('lang', 'es');
      const card = r.quotes.getByRole('article').filter({ has: page.getByRole('blockquote').filter({ hasText: BRUCE_QUOTE }) }).last();
      await expect(card).toContainText('Tammy Bruce');

      for (const a of dataset.actors) {
        const lit = a.id === 'marco-rubio' || a.id === LAVROV || call.actors.some((x) => x.id === a.id);
        await expect(r.network.locator(`[data-node="${a.id}"]`)).toHaveAttribute('data-tone', lit ? 'lit' : 'dim');
      }

      // 5. The address is the citation: a fresh page shows the same selection.
      const link = page.url();
      const fresh = await page.context().newPage();
      const freshProblems = watchPage(fresh, baseURL!);
      await openApp(fresh, new URL(link).search);
      const f = regions(fresh, lang);
      await expect(f.timeline.getByRole('button', { name: markName(call, lang), exact: true })).toHaveAttribute('aria-pressed', 'true');
      await expect(f.quotes.getByRole('blockquote').filter({ hasText: BRUCE_QUOTE })).toHaveText(BRUCE_QUOTE);
      await fresh.close();
      expect(freshProblems, 'console errors, page errors or third-party requests (the reopened link)').toEqual([]);

      // Back returns to the previous selection.
      const other = index.eventById.get('trump-putin-call')!;
      await r.timeline.getByRole('button', { name: markName(other, lang), exact: true }).click();
      await expect(page).toHaveURL(/event=trump-putin-call/);
      await page.goBack();
      await expect(page).toHaveURL(/event=rubio-lavrov-call/);
      await expect(r.timeline.getByRole('button', { name: markName(call, lang), exact: true })).toHaveAttribute('aria-pressed', 'true');
      await expect(r.quotes.getByRole('blockquote').filter({ hasText: BRUCE_QUOTE })).toHaveCount(1);
      await page.goForward();
      await expect(r.timeline.getByRole('button', { name: markName(other, lang), exact: true })).toHaveAttribute('aria-pressed', 'true');
    });
  });
}

/** Press Tab (or Shift+Tab) until `target` has focus: proves it is reachable by keyboard. */
const ARROWS: Record<Direction, string> = { left: 'ArrowLeft', right: 'ArrowRight', up: 'ArrowUp', down: 'ArrowDown' };

/**
 * The arrow keys that lead from one actor to another in the network as it is drawn: the
 * nodes' places are read from the page, the moves worked out as the graph makes them (to the
 * neighbour that way, else any node that way), and the shortest sequence found.
 */
async function arrowsTo(nodes: Locator, from: string, to: string): Promise<string[]> {
  const placed = await nodes.evaluateAll((els) =>
    els.map((el) => {
      const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(el.getAttribute('transform') ?? '');
      return [el.getAttribute('data-node')!, { x: Number(m?.[1]), y: Number(m?.[2]) }] as [string, Point];
    }),
  );
  const positions = new Map(placed);
  const graph = buildGraph(index, index.events.map((e) => e.id));
  const paths = new Map<string, string[]>([[from, []]]);
  const queue = [from];
  while (queue.length) {
    const at = queue.shift()!;
    if (at === to) return paths.get(at)!;
    for (const dir of Object.keys(ARROWS) as Direction[]) {
      const next = moveFocus(at, dir, positions, neighbourhood(graph, at));
      if (!paths.has(next)) {
        paths.set(next, [...paths.get(at)!, ARROWS[dir]]);
        queue.push(next);
      }
    }
  }
  throw new Error(`no arrow path from ${from} to ${to}`);
}

async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

// 6. The same journeys by keyboard alone, one test per part, on one page: each part starts
// from the unfiltered view (set through the URL) with nothing focused, as a fresh page has it.
test.describe('6. the same journeys by keyboard alone', () => {
  const lang = 'en';
  const shared = sharedPage(`?lang=${lang}`);
  const fromTheTop = async (): Promise<{ page: Page; r: ReturnType<typeof regions> }> => {
    const page = shared();
    await showState(page, `?lang=${lang}`);
    return { page, r: regions(page, lang) };
  };

  test('the actor filter from the filter bar, and its chip', async () => {
    const { page, r } = await fromTheTop();
    // Filter bar: the actor picker, its search box, a checkbox, Escape.
    const actorsButton = r.filters.getByRole('button', { name: new RegExp(`^${r.t.filters.actors}`) });
    await tabTo(page, actorsButton);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Lavrov');
    await page.keyboard.press('Tab');
    await expect(r.filters.getByRole('checkbox', { name: new RegExp(`^${actorName(LAVROV)}`) })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    await expect(actorsButton).toBeFocused();
    await expectViewsShow(page, lang, lavrovEvents);

    // Remove it again from its chip, by keyboard.
    await tabTo(page, r.filters.getByRole('button', { name: r.t.filters.removeFilter(r.t.filters.actors, actorName(LAVROV)) }));
    await page.keyboard.press('Enter');
    await expectViewsShow(page, lang, [...index.events]);
  });

  test('the same filter from the network: Tab into the graph, arrows to Lavrov, Enter', async () => {
    const { page, r } = await fromTheTop();
    // The graph is one tab stop: Tab lands on a node.
    await tabTo(page, r.nodes.and(page.locator('[tabindex="0"]')));
    const focusedNode = () => page.evaluate(() => document.activeElement?.getAttribute('data-node') ?? null);
    // Arrows move between connected actors: the keys that lead to Lavrov, worked out from the drawing.
    for (const key of await arrowsTo(r.network.locator('[data-node]'), (await focusedNode())!, LAVROV)) await page.keyboard.press(key);
    expect(await focusedNode()).toBe(LAVROV);
    await page.keyboard.press('Enter');
    await expectViewsShow(page, lang, lavrovEvents);
    await page.keyboard.press('Enter');
    await expectViewsShow(page, lang, [...index.events]);
  });

  test('the timeline: one tab stop, arrows in time order, Enter selects, Escape clears', async () => {
    const { page, r } = await fromTheTop();
    const call = index.eventById.get('rubio-lavrov-call')!;
    // Into the network first, then back (Shift+Tab) into the timeline, as the journey goes.
    await tabTo(page, r.nodes.and(page.locator('[tabindex="0"]')));
    await tabTo(page, r.marks.and(page.locator('[tabindex="0"]')), { back: true });
    const target = markName(call, lang);
    await page.keyboard.press('Home');
    for (let i = 0; i < index.events.length; i++) {
      const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      if (name === target) break;
      await page.keyboard.press('ArrowRight');
    }
    await expect(page.locator(':focus')).toHaveAccessibleName(target);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/event=rubio-lavrov-call/);
    await expect(r.quotes.getByRole('blockquote').filter({ hasText: BRUCE_QUOTE })).toHaveText(BRUCE_QUOTE);
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/event=/);
  });

  test('a topic filter by keyboard, then Clear all', async () => {
    const { page, r } = await fromTheTop();
    // From the timeline, back up to the filter bar.
    await tabTo(page, r.marks.and(page.locator('[tabindex="0"]')));
    const topicsButton = r.filters.getByRole('button', { name: r.t.filters.topics, exact: true });
    await tabTo(page, topicsButton, { back: true, max: 200 });
    await page.keyboard.press('Enter');
    await page.keyboard.type(index.topicById.get(TOPIC)!.label[lang]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    await expectViewsShow(page, lang, topicEvents);
    await tabTo(page, r.filters.getByRole('button', { name: r.t.filters.clearAll }));
    await page.keyboard.press('Enter');
    await expectViewsShow(page, lang, [...index.events]);
  });
});

test('unknown keys and stale ids in a link are ignored without a crash', async ({ page, problems }) => {
  await openApp(page, '?lang=en&event=no-such-event&actors=ghost,sergei-lavrov&topics=nothing&kinds=bogus&from=2025-02-30&foo=bar');
  await expectViewsShow(page, 'en', lavrovEvents);
  expect(problems).toEqual([]);
});

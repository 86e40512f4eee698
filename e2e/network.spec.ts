import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Dataset, Side } from '../src/data/schema';
import { buildIndex } from '../src/lib/dataset-index';
import { formatEventDate } from '../src/lib/format-date';
import { isLarge } from '../src/lib/network/geometry';
import { buildGraph } from '../src/lib/network/graph';
import { moveFocus } from '../src/lib/network/navigate';
import { expect, expectNoAxeViolations, openApp, sharedPage, showState, test } from './fixtures';
import { generatedDataset, generatedFile, LARGE_NETWORK } from './generated';

/** Expectations come from the shipped data, not from the app. */
const dataset = JSON.parse(readFileSync(resolve('public/data/dataset.json'), 'utf8')) as Dataset;
const index = buildIndex(dataset, new Map());
const actorName = (id: string) => dataset.actors.find((a) => a.id === id)!.name;
const eventsOf = (id: string) => index.events.filter((e) => e.actors.some((a) => a.id === id));
const LAVROV = 'sergei-lavrov';
const lavrovEvents = eventsOf(LAVROV);
const lavrovCircle = new Set(lavrovEvents.flatMap((e) => e.actors.map((a) => a.id)));

/** Whether an actor takes part in an event (as a participant or a speaker), not only mentioned in it. */
const takesPart = (e: (typeof index.events)[number], who: string) =>
  e.actors.some((a) => a.id === who && (a.role === 'participant' || a.role === 'speaker'));

/** Actors joined to `id`: both taking part in an event, or a stated relation. */
function neighboursOf(id: string): Set<string> {
  const out = new Set<string>();
  for (const e of eventsOf(id)) if (takesPart(e, id)) for (const a of e.actors) if (a.id !== id && takesPart(e, a.id)) out.add(a.id);
  for (const r of dataset.relations) {
    if (r.from === id) out.add(r.to);
    if (r.to === id) out.add(r.from);
  }
  return out;
}

const sideName: Record<Side, string> = { us: 'United States', ru: 'Russia', ua: 'Ukraine', europe: 'Europe', mediator: 'Mediators', other: 'Other' };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const region = (page: Page) => page.getByRole('region', { name: 'Actor network', exact: true });
const actors = (page: Page) => region(page).getByRole('group', { name: 'Actors', exact: true });
const node = (page: Page, name: string) => actors(page).getByRole('button', { name: new RegExp(`^${name},`) });

async function position(l: Locator): Promise<{ x: number; y: number }> {
  const t = (await l.getAttribute('transform')) ?? '';
  const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(t);
  if (!m) throw new Error(`no position in "${t}"`);
  return { x: Number(m[1]), y: Number(m[2]) };
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { node: el?.getAttribute('data-node') ?? null, edge: el?.getAttribute('data-edge') ?? null, name: el?.getAttribute('aria-label') ?? '' };
  });

/** The label boxes drawn in the graph, to check they are all there and none overlap. */
async function labelBoxes(page: Page) {
  return region(page)
    .locator('svg[data-export] text')
    .evaluateAll((els) =>
      els.map((el) => ({
        text: [...el.querySelectorAll('tspan')].map((t) => t.textContent).join(' '),
        ...(el.getBoundingClientRect().toJSON() as DOMRect),
      })),
    );
}

function overlaps(a: DOMRect, b: DOMRect) {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/** A point on an edge's line where the edge, not something drawn over it, takes the pointer. */
async function pointOnEdge(page: Page, edgeId: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((id) => {
    const g = document.querySelector(`[data-edge="${id}"]`);
    const line = g?.querySelector('line');
    if (!g || !line) return null;
    const svg = line.ownerSVGElement!.getBoundingClientRect();
    const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(line.getAttribute(a)));
    for (let i = 1; i < 40; i++) {
      const f = 0.5 + (i % 2 ? 1 : -1) * Math.floor(i / 2) * 0.02;
      const x = svg.left + x1! + (x2! - x1!) * f;
      const y = svg.top + y1! + (y2! - y1!) * f;
      if (document.elementFromPoint(x, y)?.closest('[data-edge]') === g) return { x, y };
    }
    return null;
  }, edgeId);
  if (!point) throw new Error(`no free point on ${edgeId}`);
  return point;
}

// The desktop checks share one page: each starts from its URL state (showState); the order
// keeps the ones that read the first layout (the Tab stop, the labels) first, and the list
// and Spanish views (which lay the graph out again) last.
test.describe('actor network', () => {
  const shared = sharedPage('?lang=en');
  /** The shared page at `query` (the pointer off the page and nothing focused, as a fresh page has them). */
  const fromState = async (query: string): Promise<Page> => {
    const page = shared();
    await showState(page, query);
    return page;
  };
  test('shows every actor as a named button, all labelled without overlap, and passes axe', async () => {
    const page = shared();
    await expect(actors(page).getByRole('button')).toHaveCount(dataset.actors.length);
    await expect(node(page, 'Sergei Lavrov')).toHaveAccessibleName(`Sergei Lavrov, Russia, ${lavrovEvents.length} events`);
    await expect(node(page, 'Sergei Lavrov')).toHaveAttribute('aria-pressed', 'false');
    await expect(region(page).getByText(`22 actors and`)).toContainText(`in 17 of 17 events`);
    const boxes = await labelBoxes(page);
    expect(boxes.map((b) => b.text).sort()).toEqual(dataset.actors.map((a) => a.name).sort());
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlaps(boxes[i] as DOMRect, boxes[j] as DOMRect), `${boxes[i]!.text} / ${boxes[j]!.text}`).toBe(false);
    await expectNoAxeViolations(page, '#network');
  });

  test('keyboard: Tab into the graph, arrows move among neighbours, Enter toggles the filter', async () => {
    const page = await fromState('?lang=en');
    await region(page).getByRole('button', { name: 'Reset layout and zoom' }).focus();
    await page.keyboard.press('Tab');
    const start = await focused(page);
    expect(start.node).toBe('donald-trump'); // the actor in most events is the Tab stop
    await expect(page.getByRole('tooltip')).toContainText('President of the United States');

    // From Trump, each arrow lands on the neighbour that lies that way, else on any actor that way.
    const positions = new Map<string, { x: number; y: number }>();
    for (const a of dataset.actors) positions.set(a.id, await position(actors(page).locator(`[data-node="${a.id}"]`)));
    const moves = new Set<string>();
    for (const [key, dir] of [['ArrowRight', 'right'], ['ArrowDown', 'down'], ['ArrowLeft', 'left'], ['ArrowUp', 'up']] as const) {
      await node(page, 'Donald Trump').focus();
      await page.keyboard.press(key);
      const to = (await focused(page)).node!;
      expect(to, key).toBe(moveFocus('donald-trump', dir, positions, neighboursOf('donald-trump')));
      if (to !== 'donald-trump') moves.add(to);
    }
    expect([...moves].some((id) => neighboursOf('donald-trump').has(id))).toBe(true);

    const target = (await focused(page)).node!;
    expect(moves.has(target)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`actors=${target}`));
    await expect(node(page, actorName(target))).toHaveAttribute('aria-pressed', 'true');
    await expect(node(page, actorName(target))).toBeFocused();
    await page.keyboard.press(' ');
    await expect(page).not.toHaveURL(/actors=/);
    await expect(node(page, actorName(target))).toHaveAttribute('aria-pressed', 'false');

    // One Tab stop for all actors: Shift+Tab leaves the group for the zoom buttons.
    await page.keyboard.press('Shift+Tab');
    await expect(region(page).getByRole('button', { name: 'Reset layout and zoom' })).toBeFocused();
  });

  test('clicking Sergei Lavrov’s node leaves exactly his events in every view', async () => {
    const page = await fromState('?lang=en');
    const rubio = node(page, 'Marco Rubio');
    const before = await position(rubio);
    await node(page, 'Sergei Lavrov').click();

    await expect(page).toHaveURL(/[?&]actors=sergei-lavrov(&|$)/);
    await expect(node(page, 'Sergei Lavrov')).toHaveAttribute('aria-pressed', 'true');
    await expect(region(page).getByText(/actors and/)).toContainText(`in ${lavrovEvents.length} of ${index.events.length} events`);
    // The graph now holds exactly the actors of his events, each counting only those events.
    await expect(actors(page).getByRole('button')).toHaveCount(lavrovCircle.size);
    for (const id of lavrovCircle) {
      const n = lavrovEvents.filter((e) => e.actors.some((a) => a.id === id)).length;
      await expect(node(page, actorName(id))).toHaveAccessibleName(new RegExp(`, ${n} events?$`));
    }
    // The timeline shows the same events and no others.
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    await expect(timeline.getByText(`${lavrovEvents.length} of ${index.events.length} events`)).toBeVisible();
    const marks = timeline.getByRole('group', { name: 'Events in time order' }).getByRole('button');
    await expect(marks).toHaveCount(lavrovEvents.length);
    const names = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    expect(names.sort()).toEqual(lavrovEvents.map((e) => `${formatEventDate(e.date, 'en')} — ${e.title.en}`).sort());
    // Nodes keep their places when the filter narrows the graph.
    const after = await position(rubio);
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(60);

    await node(page, 'Sergei Lavrov').click();
    await expect(page).not.toHaveURL(/actors=/);
    await expect(actors(page).getByRole('button')).toHaveCount(dataset.actors.length);
    // Back to the first view: its axe scan is the first test's.
  });

  test('Tab from an actor reaches its connections; Enter selects their events', async () => {
    const page = await fromState('?lang=en');
    await node(page, 'Marco Rubio').focus();
    await page.keyboard.press('Tab');
    let f = await focused(page);
    expect(f.edge).toContain('marco-rubio');
    await expect(region(page).getByRole('group', { name: 'Connections of Marco Rubio' })).toBeVisible();
    for (let i = 0; i < 30 && !f.edge!.includes(LAVROV); i++) {
      await page.keyboard.press('ArrowDown');
      f = await focused(page);
      expect(f.edge).toContain('marco-rubio');
    }
    expect(f.name).toBe(`Marco Rubio — Sergei Lavrov: ${lavrovEvents.filter((e) => e.actors.some((a) => a.id === 'marco-rubio')).length} shared events, counterpart`);
    await expect(page.getByRole('tooltip')).toContainText('Marco Rubio and Sergei Lavrov are counterparts');

    const sharedEvents = index.events.filter((e) => e.actors.some((a) => a.id === LAVROV) && e.actors.some((a) => a.id === 'marco-rubio'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`event=${sharedEvents[0]!.id}`));
    const dialog = region(page).getByRole('dialog', { name: 'Events shared by Marco Rubio and Sergei Lavrov' });
    await expect(dialog.getByRole('button', { pressed: true })).toHaveCount(1);
    await expect(dialog.getByRole('button', { name: new RegExp(escape(sharedEvents[0]!.title.en)) })).toBeFocused();
    await expect(dialog.getByRole('button', { name: /—|\d{4}/ })).toHaveCount(sharedEvents.length);
    await dialog.getByRole('button', { name: new RegExp(escape(sharedEvents[2]!.title.en)) }).click();
    await expect(page).toHaveURL(new RegExp(`event=${sharedEvents[2]!.id}`));
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect((await focused(page)).edge).toBe('marco-rubio|sergei-lavrov');

    // The selected event's actors stand out; the rest are dimmed.
    const actorsOfSelected = new Set(sharedEvents[2]!.actors.map((a) => a.id));
    await page.mouse.move(1, 1); // the pointer rests where the dialog was: move it off the graph
    await page.keyboard.press('Tab');
    await expect(region(page).getByText('Keyboard and mouse')).toBeFocused();
    for (const a of dataset.actors)
      await expect(actors(page).locator(`[data-node="${a.id}"]`)).toHaveAttribute('data-tone', actorsOfSelected.has(a.id) ? 'lit' : 'dim');
    await expectNoAxeViolations(page, '#network');
  });

  test('by mouse: hover explains a node and an edge, a click on an edge selects its events', async () => {
    const page = await fromState('?lang=en');
    await node(page, 'Sergei Lavrov').locator('circle').last().hover();
    const tip = page.getByRole('tooltip');
    await expect(tip).toContainText('Sergei Lavrov');
    await expect(tip).toContainText('Russian Foreign Minister');
    await expect(tip).toContainText('Russia');
    await expect(tip).toContainText(`${lavrovEvents.length} events in the current filters`);
    // Its neighbourhood lights up.
    for (const id of neighboursOf(LAVROV))
      await expect(actors(page).locator(`[data-node="${id}"]`)).toHaveAttribute('data-tone', 'lit');
    await expect(actors(page).locator('[data-node="cia"]')).toHaveAttribute('data-tone', 'dim');
    await expectNoAxeViolations(page, '#network'); // dimmed labels keep their contrast

    const edgeId = 'donald-trump|vladimir-putin';
    const p = await pointOnEdge(page, edgeId);
    await page.mouse.move(p.x, p.y);
    await expect(tip).toContainText('Donald Trump — Vladimir Putin');
    await expect(tip).toContainText('Donald Trump and Vladimir Putin are counterparts');
    for (const e of eventsOf('vladimir-putin').filter((e) => takesPart(e, 'donald-trump') && takesPart(e, 'vladimir-putin')))
      await expect(tip).toContainText(e.title.en);
    await page.mouse.click(p.x, p.y);
    const first = eventsOf('vladimir-putin').find((e) => takesPart(e, 'donald-trump') && takesPart(e, 'vladimir-putin'))!;
    await expect(page).toHaveURL(new RegExp(`event=${first.id}`));
    await expect(region(page).getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, '#network');
    await page.mouse.click(5, 5);
    await expect(region(page).getByRole('dialog')).toBeHidden();
  });

  test('the list twin lists actors with their connections and toggles the filter', async () => {
    const page = await fromState('?lang=en');
    await region(page).getByRole('button', { name: 'List', exact: true }).click();
    await expect(page).toHaveURL(/net=list/);
    const list = region(page).getByRole('list', { name: 'Actors' });
    for (const a of dataset.actors) await expect(list.getByRole('button', { name: a.name, exact: true })).toHaveAttribute('aria-pressed', 'false');
    const item = list.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Sergei Lavrov', exact: true }) });
    await expect(item).toContainText('Russian Foreign Minister');
    await expect(item).toContainText(`Marco Rubio: ${lavrovEvents.filter((e) => e.actors.some((a) => a.id === 'marco-rubio')).length} shared events`);
    await expect(item).toContainText('Marco Rubio and Sergei Lavrov are counterparts');
    await item.getByRole('button', { name: 'Sergei Lavrov', exact: true }).click();
    await expect(page).toHaveURL(/actors=sergei-lavrov/);
    await expect(list.getByRole('button', { name: 'Sergei Lavrov', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expectNoAxeViolations(page, '#network');
  });

  test('speaks Spanish and stays axe-clean there', async () => {
    const page = await fromState('?lang=es');
    const red = page.getByRole('region', { name: 'Red de actores' });
    await expect(red.getByRole('group', { name: 'Actores' }).getByRole('button', { name: /^Sergei Lavrov,/ })).toHaveAccessibleName(
      `Sergei Lavrov, Rusia, ${lavrovEvents.length} eventos`,
    );
    await expect(red.getByRole('button', { name: 'Acercar' })).toBeVisible();
    await expectNoAxeViolations(page, '#network');
  });

});

// Reset restores the first view's layout: this one needs a page whose nodes no earlier test moved.
test.describe('actor network, dragged', () => {
  test('drag moves a node without filtering; zoom buttons zoom and reset restores', async ({ page }) => {
    await openApp(page, '?lang=en');
    const lavrov = node(page, 'Sergei Lavrov');
    const a = await position(lavrov);
    const box = (await region(page).locator('svg[data-export]').boundingBox())!;
    await page.mouse.move(box.x + a.x, box.y + a.y);
    await page.mouse.down();
    await page.mouse.move(box.x + a.x + 20, box.y + a.y + 10, { steps: 4 });
    await page.mouse.move(box.x + a.x + 40, box.y + a.y + 30, { steps: 4 });
    await page.mouse.up();
    const b = await position(lavrov);
    expect(b.x - a.x).toBeCloseTo(40, 0);
    expect(b.y - a.y).toBeCloseTo(30, 0);
    await expect(page).not.toHaveURL(/actors=/);

    const rubio = node(page, 'Marco Rubio');
    const trump = node(page, 'Donald Trump');
    const gap = async () => {
      const [p, q] = [await position(rubio), await position(trump)];
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    const g0 = await gap();
    await region(page).getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(gap).toBeGreaterThan(g0 * 1.4);
    await region(page).getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(gap).toBeCloseTo(g0, 0);
    await region(page).getByRole('button', { name: 'Reset layout and zoom' }).click();
    await expect.poll(async () => (await position(lavrov)).x).toBeCloseTo(a.x, 0);

    // Shift + arrow nudges a node for keyboard users.
    await lavrov.focus();
    const c = await position(lavrov);
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(async () => (await position(lavrov)).x).toBeGreaterThan(c.x + 5);
  });
});

test.describe('actor network on a phone', () => {
  test('fits a phone: no sideways scroll, every actor labelled, graph and list usable', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openApp(page, '?lang=en');
    await region(page).scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expect(actors(page).getByRole('button')).toHaveCount(dataset.actors.length);
    const boxes = await labelBoxes(page);
    expect(boxes).toHaveLength(dataset.actors.length);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlaps(boxes[i] as DOMRect, boxes[j] as DOMRect), `${boxes[i]!.text} / ${boxes[j]!.text}`).toBe(false);
    await node(page, 'Sergei Lavrov').click();
    await expect(page).toHaveURL(/actors=sergei-lavrov/);
    // The views follow a filter in a deferred render: check the page once it has.
    await expect(node(page, 'Sergei Lavrov')).toHaveAttribute('aria-pressed', 'true');
    await expectNoAxeViolations(page, '#network');
  });
});

test.describe('a large network (a synthetic dataset of 3,000 events, opened by address)', () => {
  const big = { dataset: generatedDataset(`${LARGE_NETWORK.dir}/dataset.json`) };
  const bigIndex = buildIndex(big.dataset, new Map());
  const bigGraph = buildGraph(bigIndex, bigIndex.events.map((e) => e.id));

  /** Serves the synthetic dataset at a same-origin path, as a curator's file would be. */
  async function openLarge(page: Page) {
    await page.context().route((url) => url.pathname.startsWith('/e2e-large/'), (route) => {
      const file = new URL(route.request().url()).pathname.replace('/e2e-large/', '');
      const text = generatedFile(`${LARGE_NETWORK.dir}/${file}`);
      if (file === 'dataset.json') return route.fulfill({ contentType: 'application/json', body: text });
      return text === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ contentType: 'text/plain; charset=utf-8', body: text });
    });
    await page.goto('/?lang=en&data=/e2e-large/dataset.json');
    // All three views report when they have drawn the dataset (the benchmark's signal too).
    await expect(page.locator('html[data-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
  }

  // Both tests read the same opened dataset: one page, opened once.
  const shared = sharedPage(openLarge);

  test('draws every actor as a named button over the canvases once laid out, axe-clean', async () => {
    const page = shared();
    expect(isLarge(bigGraph)).toBe(true);
    await expect(actors(page).getByRole('button')).toHaveCount(bigGraph.nodes.length);
    const top = bigGraph.nodes.reduce((a, b) => (b.count > a.count ? b : a));
    await expect(node(page, escape(top.name))).toHaveAccessibleName(`${top.name}, ${sideName[top.side]}, ${top.count} events`);
    // Edges and the actors' shapes are painted; each actor stays an element to point at and focus.
    await expect(region(page).locator('canvas')).toHaveCount(2);
    await expect(region(page).getByText(/^Large network:/)).toBeVisible();
    const measured = await page.evaluate(() => performance.getEntriesByName('backchannel:network-layout').length);
    expect(measured).toBeGreaterThan(0);
    await expectNoAxeViolations(page, '#network');
  });

  test('Enter on an actor filters to it and lights its circle; Enter again clears it', async () => {
    const page = shared();
    await region(page).getByRole('button', { name: 'List', exact: true }).focus();
    // Tab past the toggle and the zoom buttons reaches the graph's one Tab stop: an actor.
    let tabs = 0;
    while (!(await focused(page)).node && tabs++ < 8) await page.keyboard.press('Tab');
    const id = (await focused(page)).node!;
    expect(id).toBeTruthy();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`actors=${id}`));
    const circle = new Set([id, ...bigIndex.events.filter((e) => e.actors.some((a) => a.id === id)).flatMap((e) => e.actors.map((a) => a.id))]);
    await expect(actors(page).getByRole('button')).toHaveCount(circle.size);
    await expect(actors(page).locator(`[data-node="${id}"]`)).toHaveAttribute('data-tone', 'lit');
    await expect(actors(page).locator(`[data-node="${id}"]`)).toHaveAttribute('aria-pressed', 'true');
    await actors(page).locator(`[data-node="${id}"]`).focus();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/actors=/);
    await expect(actors(page).getByRole('button')).toHaveCount(bigGraph.nodes.length);
  });
});

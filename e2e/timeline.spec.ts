import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openApp, sharedPage, showState, test } from './fixtures';
import { generatedFile, LARGE_TIMELINE } from './generated';
import { bounds, DAY, inTimeOrder as sortByTime } from './time-order';

interface Ev {
  id: string;
  date: { start: string | null; end: string | null; precision: string };
  title: { en: string; es: string };
  actors: { id: string }[];
  topics: string[];
}
const data = JSON.parse(readFileSync(new URL('../public/data/dataset.json', import.meta.url), 'utf8')) as { events: Ev[] };
const TOTAL = data.events.length;

const inTimeOrder = sortByTime(data.events);
const byId = (id: string) => data.events.find((e) => e.id === id)!;

const region = (page: Page) => page.getByRole('region', { name: 'Timeline', exact: true });
const marks = (page: Page): Locator => region(page).getByRole('group', { name: 'Events in time order' }).getByRole('button');
const mark = (page: Page, id: string) => region(page).getByRole('group', { name: 'Events in time order' }).locator(`[data-event-id="${id}"]`);
const count = (page: Page) => region(page).getByRole('status');
const axis = (page: Page) => region(page).getByRole('img', { name: /^Time axis/ });
const focused = (page: Page) => page.locator(':focus');
const shot = (name: string) => test.info().outputPath(name);

/** An element's aria-label once two readings in a row agree (an eased zoom has ended). */
async function settledName(l: Locator): Promise<string> {
  let last: string | null = null;
  await expect
    .poll(async () => {
      const now = await l.getAttribute('aria-label');
      const same = now !== null && now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return last!;
}

/** Open a large synthetic dataset: on a shared two-core machine it may take longer than the default wait. */
async function openBig(page: Page, query: string) {
  await page.goto(`/${query}`);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
}

test.describe('by mouse', () => {
  // One page for the describe: each test starts from its URL state (showState).
  const shared = sharedPage('?lang=en');
  const fromState = async (query: string): Promise<Page> => {
    const page = shared();
    await showState(page, query);
    return page;
  };
  test('shows every event at first sight, one focusable mark per event, each named by date and title', async () => {
    const page = await fromState('?lang=en');
    await expect(count(page)).toHaveText(`${TOTAL} of ${TOTAL} events`);
    await expect(marks(page)).toHaveCount(TOTAL);
    await expect(axis(page)).toHaveAccessibleName(/2016.*2025/);
    await expect(mark(page, 'rubio-lavrov-call')).toHaveAccessibleName('15 Feb 2025 — Rubio and Lavrov speak by phone');
    await expect(mark(page, 'kyiv-europe-alarmed')).toHaveAccessibleName(/^week of 10–16 Feb 2025 — /);
    await expect(mark(page, 'trump-putin-meeting-planned')).toHaveAccessibleName(/^on or after 15 Feb 2025 — Meeting between Trump and Putin/);
    await expect(mark(page, 'us-questionnaire-to-europe')).toHaveAccessibleName(/^on or before 15 Feb 2025 — /);
    await expect(mark(page, 'election-interference-accusations-2016')).toHaveAccessibleName(/^2016 — /);
    // The marks are in time order in the accessibility tree too.
    const ids = await marks(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
    expect(ids).toEqual(inTimeOrder.map((e) => e.id));
    await page.screenshot({ path: shot('timeline-desktop.png') });
    await expectNoAxeViolations(page, '#timeline');
  });

  test('a click selects the event in the shared selection; a second click clears it', async () => {
    const page = await fromState('?lang=en');
    await region(page).getByRole('button', { name: /^Zoom to the busiest stretch/ }).click();
    const call = mark(page, 'rubio-lavrov-call');
    await expect(call).toHaveAttribute('aria-pressed', 'false');
    await call.click();
    await expect(call).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]event=rubio-lavrov-call(&|$)/);
    await expect(marks(page).and(page.locator('[aria-pressed="true"]'))).toHaveCount(1);
    await page.screenshot({ path: shot('timeline-desktop-busiest-selected.png') });
    // The click's focus brings no sticky tooltip: it goes with the pointer.
    await page.mouse.move(2, 2);
    await expect(region(page).getByRole('tooltip')).toHaveCount(0);
    await call.click();
    await expect(call).toHaveAttribute('aria-pressed', 'false');
    await expect(page).not.toHaveURL(/event=/);
  });

  test('hover shows a tooltip with the title, the date with its precision in words, and the actors', async () => {
    const page = await fromState('?lang=en');
    await region(page).getByRole('button', { name: /^Zoom to the busiest stretch/ }).click();
    await mark(page, 'saudi-arabia-talks-planned').hover();
    const tip = region(page).getByRole('tooltip');
    await expect(tip).toContainText('Rubio, Waltz and Witkoff to meet Russian officials in Saudi Arabia');
    await expect(tip).toContainText('week of 17–23 Feb 2025 · some time that week');
    await expect(tip).toContainText('Planned');
    await expect(tip).toContainText('Steve Witkoff (participant)');
    await expect(mark(page, 'saudi-arabia-talks-planned')).toHaveAttribute('aria-describedby', (await tip.getAttribute('id'))!);
    await page.mouse.move(2, 2);
    await expect(tip).toHaveCount(0);
  });

  test('zoom buttons change the ticks; fit all brings the whole span back', async () => {
    const page = await fromState('?lang=en');
    // The first view is the busiest stretch; Fit all shows the whole span at one scale.
    await region(page).getByRole('button', { name: 'Fit all' }).click();
    await expect(axis(page)).not.toHaveAccessibleName(/compressed/);
    // The zoom eases in: read the whole span once the axis has stopped moving.
    const whole = await settledName(axis(page));
    const zoomOut = region(page).getByRole('button', { name: 'Zoom out', exact: true });
    await expect(zoomOut).toBeDisabled();
    await region(page).getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect(axis(page)).not.toHaveAccessibleName(whole!);
    await expect(zoomOut).toBeEnabled();
    await region(page).getByRole('button', { name: /^Zoom to the busiest stretch/ }).click();
    // A fortnight: days, with the month named.
    await expect(axis(page)).toHaveAccessibleName(/February 2025.*\b15\b/);
    await region(page).getByRole('button', { name: 'Fit all' }).click();
    await expect(axis(page)).toHaveAccessibleName(whole!);
  });

  test('brushing the overview sets the time window for every view; the window can be cleared', async () => {
    const page = await fromState('?lang=en');
    const overview = region(page).getByRole('img', { name: /^Overview of all dates/ });
    const box = (await overview.boundingBox())!;
    const y = box.y + 10;
    await page.mouse.move(box.x + box.width * 0.8, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.9, y, { steps: 4 });
    await page.mouse.move(box.x + box.width - 2, y, { steps: 4 });
    await page.mouse.up();
    await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    const from = new URL(page.url()).searchParams.get('from')!;
    const to = new URL(page.url()).searchParams.get('to')!;
    // An open bound reaches as far as it may: "on or after" overlaps any later window.
    const inWindow = data.events.filter((e) => {
      const [s, end] = bounds(e);
      const lo = e.date.start === null ? -Infinity : s;
      const hi = e.date.end === null ? Infinity : end;
      return lo < Date.parse(to) + DAY && hi > Date.parse(from);
    });
    expect(inWindow.length).toBeLessThan(TOTAL);
    await expect(count(page)).toHaveText(`${inWindow.length} of ${TOTAL} events`);
    await expect(marks(page)).toHaveCount(inWindow.length);
    await expect(region(page).getByRole('group', { name: 'Zoom and time window' })).toContainText(/Time window: \d+ \w+ \d{4} – /);
    await region(page).getByRole('button', { name: 'Clear window' }).click();
    await expect(count(page)).toHaveText(`${TOTAL} of ${TOTAL} events`);
    await expect(page).not.toHaveURL(/from=/);
  });

  test('a selection made elsewhere is marked and a stale one is ignored', async () => {
    const page = await fromState('?lang=en&event=agreement-restore-dialogue');
    await expect(mark(page, 'agreement-restore-dialogue')).toHaveAttribute('aria-pressed', 'true');
    await showState(page, '?lang=en&event=no-such-event');
    await expect(marks(page).and(page.locator('[aria-pressed="true"]'))).toHaveCount(0);
  });
});

test.describe('by keyboard', () => {
  // One page for the describe: each test starts from its URL state (showState).
  const shared = sharedPage('?lang=en');
  const fromState = async (query: string): Promise<Page> => {
    const page = shared();
    await showState(page, query);
    return page;
  };
  test('Tab enters at one stop, arrows move in time order, Enter selects, Escape clears', async () => {
    const page = await fromState('?lang=en');
    await region(page).getByRole('button', { name: 'Use view as window' }).focus();
    await page.keyboard.press('Tab');
    // The first event in the focus: the events before it are compressed at the left.
    await expect(focused(page)).toHaveAttribute('data-event-id', inTimeOrder[1]!.id);
    await expect(region(page).getByRole('tooltip')).toContainText(inTimeOrder[1]!.title.en);
    await page.keyboard.press('Home');
    await expect(focused(page)).toHaveAttribute('data-event-id', inTimeOrder[0]!.id);
    await expect(region(page).getByRole('tooltip')).toContainText(inTimeOrder[0]!.title.en);
    for (let i = 1; i < 5; i++) {
      await page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowDown');
      await expect(focused(page)).toHaveAttribute('data-event-id', inTimeOrder[i]!.id);
      await expect(focused(page)).toHaveAccessibleName(new RegExp(`— ${inTimeOrder[i]!.title.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    }
    await page.keyboard.press('ArrowLeft');
    await expect(focused(page)).toHaveAttribute('data-event-id', inTimeOrder[3]!.id);
    await page.keyboard.press('End');
    const last = inTimeOrder[TOTAL - 1]!.id;
    await expect(focused(page)).toHaveAttribute('data-event-id', last);
    await page.keyboard.press('Enter');
    await expect(focused(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(new RegExp(`[?&]event=${last}(&|$)`));
    await expectNoAxeViolations(page, '#timeline');
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/event=/);
    await expect(focused(page)).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Home');
    await expect(focused(page)).toHaveAttribute('data-event-id', inTimeOrder[0]!.id);
    await page.keyboard.press(' ');
    await expect(page).toHaveURL(new RegExp(`[?&]event=${inTimeOrder[0]!.id}(&|$)`));
    // Only one tab stop: the next Tab leaves the marks.
    await page.keyboard.press('Tab');
    await expect(focused(page)).not.toHaveAttribute('data-event-id', /.*/);
    await page.keyboard.press('Shift+Tab');
    await expect(focused(page)).toHaveAttribute('data-event-id', inTimeOrder[0]!.id);
  });

  test('the window is set and cleared from the keyboard', async () => {
    const page = await fromState('?lang=en');
    await region(page).getByRole('button', { name: /^Zoom to the busiest stretch/ }).press('Enter');
    const useView = region(page).getByRole('button', { name: 'Use view as window' });
    await expect(useView).toBeEnabled();
    await useView.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/from=2025-02-\d\d&to=2025-02-\d\d/);
    // The views follow a filter in a deferred render: read the count once it has moved.
    await expect(count(page)).not.toHaveText(`${TOTAL} of ${TOTAL} events`);
    const n = Number((await count(page).textContent())!.split(' ')[0]);
    expect(n).toBeLessThan(TOTAL);
    await expect(marks(page)).toHaveCount(n);
    const clear = region(page).getByRole('button', { name: 'Clear window' });
    await clear.focus();
    await page.keyboard.press('Space');
    await expect(count(page)).toHaveText(`${TOTAL} of ${TOTAL} events`);
  });

  test('+ and − zoom from a focused mark', async () => {
    const page = await fromState('?lang=en');
    const whole = await axis(page).getAttribute('aria-label');
    await region(page).getByRole('button', { name: 'Use view as window' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('+');
    await expect(axis(page)).not.toHaveAccessibleName(whole!);
    // 0 fits all: the whole span at one scale, nothing compressed.
    await page.keyboard.press('0');
    await expect(axis(page)).toHaveAccessibleName(/^Time axis from [^;]*2016[^;]*2025[^;]*$/);
  });
});

// These two read the first view as a fresh page has it (its zoom, where Tab enters): a page each.
test.describe('from a fresh first view', () => {
  test('the wheel zooms the plot about the pointer', async ({ page }) => {
    await openApp(page, '?lang=en');
    const whole = await axis(page).getAttribute('aria-label');
    const box = (await region(page).getByRole('group', { name: 'Events in time order' }).boundingBox())!;
    await page.mouse.move(box.x + box.width - 60, box.y + 40);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -300);
    await expect(axis(page)).not.toHaveAccessibleName(whole!);
    // Zoomed about the pointer near the right end: the early years have left the focus, for the compressed segment.
    await expect(axis(page)).toHaveAccessibleName(/^Time axis from [^;]*2025[^;]*; before it, compressed: 1 Jan 2016 – /);
    await expect(region(page).getByRole('button', { name: 'Zoom out', exact: true })).toBeEnabled();
  });

  test('moving to an event off screen pans it into view', async ({ page }) => {
    await openApp(page, '?lang=en');
    await region(page).getByRole('button', { name: /^Zoom to the busiest stretch/ }).click();
    await region(page).getByRole('button', { name: 'Use view as window' }).focus();
    await page.keyboard.press('Tab');
    // Tab enters at the first event in view, not at the first of all.
    await expect(focused(page)).toHaveAttribute('data-event-id', 'reciprocal-embassy-expulsions');
    await page.keyboard.press('Home');
    const first = mark(page, inTimeOrder[0]!.id);
    await expect(first).toBeFocused();
    await expect(axis(page)).toHaveAccessibleName(/2016/);
    const plot = (await region(page).getByRole('group', { name: 'Events in time order' }).boundingBox())!;
    const box = (await first.boundingBox())!;
    expect(box.x + box.width).toBeGreaterThan(plot.x);
    expect(box.x).toBeLessThan(plot.x + plot.width);
  });
});

test.describe('filters, lanes and the list twin', () => {
  // One page for the describe: each test starts from its URL state (showState).
  const shared = sharedPage('?lang=en');
  const fromState = async (query: string): Promise<Page> => {
    const page = shared();
    await showState(page, query);
    return page;
  };
  test('events outside the filters leave the tab order and the accessibility tree', async () => {
    const lavrov = data.events.filter((e) => e.actors.some((a) => a.id === 'sergei-lavrov'));
    const page = await fromState('?lang=en&actors=sergei-lavrov');
    await expect(count(page)).toHaveText(`${lavrov.length} of ${TOTAL} events`);
    await expect(marks(page)).toHaveCount(lavrov.length);
    const ids = await marks(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
    expect(ids).toEqual(inTimeOrder.filter((e) => lavrov.includes(e)).map((e) => e.id));
    await expect(region(page).getByText('faint: outside the filters')).toBeVisible();
    await expectNoAxeViolations(page, '#timeline');
  });

  test('with nothing in the filters, it says so and the lanes can still be reached', async () => {
    const page = await fromState('?lang=en&lanes=actor&q=zzzzqqq');
    await expect(count(page)).toHaveText(`0 of ${TOTAL} events`);
    await expect(marks(page)).toHaveCount(0);
    await expect(region(page).getByRole('group', { name: 'No events match the current filters.' })).toBeVisible();
    await expectNoAxeViolations(page, '#timeline');
  });

  test('actor lanes draw each event once, joining its actors', async () => {
    const page = await fromState('?lang=en');
    await region(page).getByRole('group', { name: 'Lanes' }).getByRole('button', { name: 'By actor' }).click();
    await expect(page).toHaveURL(/lanes=actor/);
    await expect(region(page).getByText('Sergei Lavrov', { exact: true })).toBeVisible();
    await expect(marks(page)).toHaveCount(TOTAL);
    await expect(region(page).getByText('one event joining its actors')).toBeVisible();
    await expectNoAxeViolations(page, '#timeline');
  });

  test('the list twin shows the same filtered events as a table', async () => {
    const page = await fromState('?lang=en&topics=peace-negotiations');
    // The views follow a filter in a deferred render: read the marks once they show the filter.
    const filtered = data.events.filter((e) => e.topics.includes('peace-negotiations')).length;
    await expect(count(page)).toHaveText(`${filtered} of ${TOTAL} events`);
    await expect(marks(page)).toHaveCount(filtered);
    const chartIds = await marks(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
    const n = chartIds.length;
    await expect(count(page)).toHaveText(`${n} of ${TOTAL} events`);
    await region(page).getByRole('group', { name: 'Show as' }).getByRole('button', { name: 'List' }).click();
    await expect(page).toHaveURL(/tl=list/);
    const table = region(page).getByRole('table', { name: 'Events in the current filters, in time order' });
    await expect(table.getByRole('columnheader')).toHaveText(['Date', 'Event', 'Actors', 'Topics']);
    await expect(table.getByRole('row')).toHaveCount(n + 1);
    const titles = await table.getByRole('row').locator('td:nth-child(2) button').allTextContents();
    expect(titles).toEqual(chartIds.map((id) => byId(id!).title.en));
    await table.getByRole('button', { name: byId(chartIds[0]!).title.en }).click();
    await expect(page).toHaveURL(new RegExp(`event=${chartIds[0]}`));
    await expectNoAxeViolations(page, '#timeline');
    await region(page).getByRole('group', { name: 'Show as' }).getByRole('button', { name: 'Chart' }).click();
    await expect(mark(page, chartIds[0]!)).toHaveAttribute('aria-pressed', 'true');
  });

  test('speaks Spanish: names, months and controls', async () => {
    const page = await fromState('?lang=es');
    const tl = page.getByRole('region', { name: 'Cronología', exact: true });
    await expect(tl.getByRole('status')).toHaveText(`${TOTAL} de ${TOTAL} eventos`);
    await expect(tl.locator('[data-event-id="rubio-lavrov-call"]')).toHaveAccessibleName('15 feb 2025 — Rubio y Lavrov hablan por teléfono');
    await tl.getByRole('button', { name: /^Acercar al tramo más intenso/ }).click();
    await expect(tl.getByRole('img', { name: /^Eje temporal/ })).toHaveAccessibleName(/febrero de 2025/);
    await expectNoAxeViolations(page, '#timeline');
  });
});

test('on a 375 px phone the chart renders without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openApp(page, '?lang=en');
  await expect(marks(page)).toHaveCount(TOTAL);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await region(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('timeline-phone.png') });
  await expectNoAxeViolations(page, '#timeline');
});

// Both read the same 2,000 events: one page, opened once, with every clear of a canvas in the
// timeline counted from the start (each redraw of the dense layer starts with one).
test.describe('2,000 events', () => {
  const BIG = '?lang=en&data=/bench/e2e-timeline.json';
  const shared = sharedPage(async (page) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __timelineDraws: number };
      w.__timelineDraws = 0;
      const clear = CanvasRenderingContext2D.prototype.clearRect;
      CanvasRenderingContext2D.prototype.clearRect = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof clear>) {
        if (this.canvas.closest('#timeline')) w.__timelineDraws++;
        return clear.apply(this, args);
      };
    });
    const big = generatedFile(LARGE_TIMELINE.file);
    await page.route((url) => url.pathname === '/bench/e2e-timeline.json', (route) => route.fulfill({ body: big, contentType: 'application/json' }));
    await page.route((url) => url.pathname === '/bench/sources/synthetic.txt', (route) => route.fulfill({ body: 'x', contentType: 'text/plain' }));
    await openBig(page, BIG);
  });

  test('2,000 events: marks move to a canvas, and mouse and keyboard still reach each one', async () => {
    const page = shared();
    await showState(page, BIG);
    await expect(count(page)).toHaveText('2000 of 2000 events');
    await expect(region(page).getByText(/drawn as one image/)).toBeVisible();
    // One tab stop is enough: the rest are drawn on canvas, out of the accessibility tree.
    await expect(marks(page)).toHaveCount(1);
    await region(page).getByRole('button', { name: 'Use view as window' }).focus();
    await page.keyboard.press('Tab');
    const first = await focused(page).getAttribute('data-event-id');
    await page.keyboard.press('ArrowRight');
    await expect(focused(page)).not.toHaveAttribute('data-event-id', first!);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/event=event-\d+/);
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/event=/);
    // A click on the canvas finds the mark under the pointer.
    // The lanes scroll under the axis: aim below the axis, where the plot is on screen.
    const top = (await axis(page).boundingBox())!;
    let selected = false;
    for (let dy = 12; dy < 300 && !selected; dy += 24) {
      await page.mouse.click(top.x + top.width / 2, top.y + top.height + dy);
      selected = /event=event-\d+/.test(page.url());
    }
    expect(selected).toBe(true);
    await expectNoAxeViolations(page, '#timeline');
  });

  test('2,000 events: selecting a mark repaints no canvas, and the selection is drawn over it', async () => {
    const page = shared();
    await showState(page, BIG);
    const draws = () => page.evaluate(() => (window as unknown as { __timelineDraws: number }).__timelineDraws);
    const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await expect(region(page).getByText(/drawn as one image/)).toBeVisible();
    expect(await draws()).toBeGreaterThan(0);
    await region(page).getByRole('button', { name: 'Use view as window' }).focus();
    await page.keyboard.press('Tab');
    const id = (await focused(page).getAttribute('data-event-id'))!;
    await settle();
    const before = await draws();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`event=${id}(&|$)`));
    const selected = mark(page, id);
    await expect(selected).toHaveAttribute('aria-pressed', 'true');
    // The ring is SVG, over the canvas.
    await expect(selected.locator('rect[stroke="#0f172a"]')).toHaveCount(1);
    await settle();
    expect(await draws()).toBe(before);
    // The counter does see redraws: zooming repaints.
    await region(page).getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect.poll(draws).toBeGreaterThan(before);
    await expectNoAxeViolations(page, '#timeline');
  });
});

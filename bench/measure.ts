/**
 * In-page measurements. Each function runs inside the page (page.evaluate), so it may only
 * use browser globals. "Next paint" is the end of the frame after the input: a callback
 * queued from requestAnimationFrame runs once that frame's style, layout and paint are done.
 */
import type { Page } from '@playwright/test';

export const nextPaintSource = `
// tsx (esbuild) names functions with a __name helper; the page needs it too.
window.__name = (f) => f;
window.__nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
window.__until = async (test, timeout = 5000) => {
  const t0 = performance.now();
  while (!test()) {
    if (performance.now() - t0 > timeout) return false;
    await new Promise((r) => requestAnimationFrame(r));
  }
  return true;
};
`;

/** Enter on the timeline's focused mark selects it; ArrowRight moves on (not timed). */
export function measureSelect(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const w = window as unknown as { __nextPaint: () => Promise<void> };
    const key = (el: Element, k: string) =>
      el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    const stop = () => document.querySelector<HTMLElement>('#timeline [role="button"][data-event-id][tabindex="0"]');
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      let el = stop();
      if (!el) throw new Error('no focusable timeline mark');
      el.focus();
      for (let k = 0; k < 7; k++) key(document.activeElement ?? el, 'ArrowRight');
      await w.__nextPaint();
      el = (document.activeElement as HTMLElement | null) ?? el;
      const id = el.getAttribute('data-event-id');
      const t0 = performance.now();
      key(el, 'Enter');
      await w.__nextPaint();
      times.push(performance.now() - t0);
      if (!new URLSearchParams(location.search).get('event') || new URLSearchParams(location.search).get('event') !== id)
        throw new Error(`Enter did not select ${id}`);
    }
    return times;
  }, count);
}

/**
 * Toggle actors in the filter bar's picker: a real checkbox click, then the next paint (the
 * checkbox and its chip show), then the time until the timeline's count shows the new set
 * (the views have followed). Each click waits for the views before the next one.
 */
export async function measureActorFilter(page: Page, count: number): Promise<{ paint: number[]; views: number[] }> {
  await page.getByRole('navigation', { name: 'Filters' }).getByRole('button', { name: /^Actors/ }).click();
  const times = await page.evaluate(async (count) => {
    const w = window as unknown as { __nextPaint: () => Promise<void>; __until: (t: () => boolean, ms?: number) => Promise<boolean> };
    const boxes = [...document.querySelectorAll<HTMLInputElement>('nav input[type="checkbox"]')];
    if (boxes.length < count) throw new Error('not enough actors in the picker');
    const status = () => document.querySelector('#timeline [role="status"]')?.textContent ?? '';
    const paint: number[] = [];
    const views: number[] = [];
    for (let i = 0; i < count; i++) {
      // On, then off again: half the clicks narrow the views, half widen them back.
      const box = boxes[Math.floor(i / 2) * 3]!;
      const before = status();
      const t0 = performance.now();
      box.click();
      await w.__nextPaint();
      paint.push(performance.now() - t0);
      if (!(await w.__until(() => status() !== before, 5000))) throw new Error(`the timeline did not follow actor click ${i}`);
      await w.__nextPaint();
      views.push(performance.now() - t0);
    }
    return { paint, views };
  }, count);
  await page.keyboard.press('Escape');
  return times;
}

/**
 * Typing in the quote panel's search box: the time to the next paint (the typed letter
 * shows) and the time until the timeline's count reflects the new filter.
 */
export function measureSearch(page: Page, word: string): Promise<{ paint: number[]; results: number[] }> {
  return page.evaluate(async (word) => {
    const w = window as unknown as { __nextPaint: () => Promise<void>; __until: (t: () => boolean, ms?: number) => Promise<boolean> };
    const input = document.querySelector<HTMLInputElement>('#quotes input[type="search"]');
    if (!input) throw new Error('no search box');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const count = () => document.querySelector('#timeline [role="status"]')?.textContent ?? '';
    const paint: number[] = [];
    const results: number[] = [];
    input.focus();
    for (let i = 1; i <= word.length; i++) {
      const before = count();
      const t0 = performance.now();
      setValue.call(input, word.slice(0, i));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await w.__nextPaint();
      paint.push(performance.now() - t0);
      const changed = await w.__until(() => count() !== before, 2000);
      if (changed) {
        await w.__nextPaint();
        results.push(performance.now() - t0);
      }
    }
    setValue.call(input, '');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return { paint, results };
  }, word);
}

/**
 * Zoom (wheel) and pan (drag) the timeline one input per frame. A frame's time runs from
 * the start of its animation-frame callbacks to the end of its rendering, so it counts
 * the app's own drawing of the previous input and the browser's style, layout and paint.
 * The pan runs zoomed in (at the fitted zoom there is nothing to pan to), and checks that
 * the drag really moved the plot: the zoom transform and the axis labels must change.
 */
export function measureZoomPan(page: Page, frames: number): Promise<{ zoom: number[]; pan: number[] }> {
  return page.evaluate(async (frames) => {
    const target = [...document.querySelectorAll<HTMLElement>('#timeline *')].find((el) => '__zoom' in el);
    if (!target) throw new Error('no d3-zoom target in the timeline');
    const transform = () => (target as unknown as { __zoom: { k: number; x: number } }).__zoom;
    const axisText = () => [...document.querySelectorAll('#timeline svg[role="img"]')].map((el) => el.getAttribute('aria-label')).join('|');
    const r = target.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + Math.min(r.height / 2, 120);
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const run = (step: (i: number) => void, n: number) =>
      new Promise<number[]>((resolve) => {
        const out: number[] = [];
        let i = 0;
        const frame = () => {
          const t0 = performance.now();
          if (i < n) requestAnimationFrame(frame);
          setTimeout(() => {
            if (i > 0) out.push(performance.now() - t0);
            if (i >= n) resolve(out);
          }, 0);
          if (i < n) step(i);
          i++;
        };
        requestAnimationFrame(frame);
      });
    const wheel = (dy: number) =>
      target.dispatchEvent(new WheelEvent('wheel', { deltaY: dy, deltaMode: 0, clientX: cx, clientY: cy, bubbles: true, cancelable: true }));
    // In 30 frames, then out again, so the zoom ends near where it started.
    const zoom = await run((i) => wheel(i < frames / 2 ? -60 : 60), frames);

    // Zoom in about fourfold (not timed): at the fitted zoom the plot cannot move sideways,
    // and at four times a good part of the record is still on screen to be drawn.
    const steps = 17;
    for (let i = 0; i < steps; i++) {
      wheel(-60);
      await frame();
    }
    await frame();
    await frame();
    const before = { ...transform() };
    const axisBefore = axisText();
    if (before.k < 3) throw new Error(`could not zoom in before panning (k = ${before.k})`);
    const mouse = (type: string, x: number, el: EventTarget) =>
      el.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: cy, button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true, view: window }));
    mouse('mousedown', cx, target);
    // Drag left for half the frames, then back: d3-zoom follows the mouse on the window.
    const offset = (i: number) => -12 * (i < frames / 2 ? i + 1 : frames - i - 1);
    let farthest = { ...before };
    let axisFarthest = axisBefore;
    const pan = await run((i) => {
      if (i === Math.floor(frames / 2)) {
        farthest = { ...transform() };
        axisFarthest = axisText();
      }
      mouse('mousemove', cx + offset(i), window);
    }, frames);
    mouse('mouseup', cx, window);
    await frame();
    const moved = farthest.x - before.x;
    if (Math.abs(moved) < 100 || farthest.k !== before.k) throw new Error(`the drag did not pan the timeline (x moved ${moved} px)`);
    if (axisFarthest === axisBefore) throw new Error('the drag moved the zoom transform but the axis did not follow');

    for (let i = 0; i < steps; i++) {
      wheel(60);
      await frame();
    }
    return { zoom, pan };
  }, frames);
}

/**
 * The shipped dataset's start, as a reader opening the app gets it: cold loads in fresh
 * browser contexts, each timed from navigation start to the `backchannel:ready` mark, with
 * the longest main-thread task (Long Tasks API) seen from navigation until just after ready.
 */
import type { Browser } from '@playwright/test';
import { median, round1 } from './stats';

export interface StartResult {
  readyMs: number;
  readyRunsMs: number[];
  longestTaskMs: number;
  longestTaskRunsMs: number[];
  domElements: number;
}

const observeLongTasks = () => {
  const w = window as unknown as { __longTasks: number[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
};

export async function measureStart(browser: Browser, url: string, runs: number): Promise<StartResult> {
  const ready: number[] = [];
  const longest: number[] = [];
  let domElements = 0;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(observeLongTasks);
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 60_000 });
    // Two more frames, so a task that ends the start (the ready frame's own work) is seen.
    const r = await page.evaluate(
      () =>
        new Promise<{ ready: number; longest: number; dom: number }>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const w = window as unknown as { __longTasks: number[] };
              resolve({
                ready: performance.getEntriesByName('backchannel:ready')[0]!.startTime,
                longest: Math.max(0, ...w.__longTasks),
                dom: document.getElementsByTagName('*').length,
              });
            }),
          ),
        ),
    );
    ready.push(r.ready);
    longest.push(r.longest);
    domElements = r.dom;
    await context.close();
  }
  return {
    readyMs: round1(median(ready)),
    readyRunsMs: ready.map(round1),
    longestTaskMs: round1(median(longest)),
    longestTaskRunsMs: longest.map(round1),
    domElements,
  };
}

/**
 * The peer: vis-timeline 8.5.4 (a pinned devDependency, used by nothing but this benchmark)
 * drawing the same synthetic events, read from the same dataset.json our app opens, in the
 * same browser and run. Its page is written into the benchmark's build folder.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { nextPaintSource } from './measure';
import { median, round1 } from './stats';

const UMD = 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';
const CSS = 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css';

// The page's script: one item per dated event (title as content, a span when it has an end),
// then a mark at the end of the frame in which vis-timeline first drew them.
const PAGE_SCRIPT = `
const data = new URLSearchParams(location.search).get('data');
fetch(data).then((r) => r.json()).then((ds) => {
  const items = [];
  for (const e of ds.events) {
    const start = e.date.start ?? e.date.end;
    if (!start) continue;
    const item = { id: e.id, content: e.title.en, start };
    if (e.date.start && e.date.end && e.date.end !== e.date.start) item.end = e.date.end;
    items.push(item);
  }
  // stack: false. With its default stacking vis-timeline took 78 s to first draw these 10,000
  // items here, and 5 s a zoom frame; unstacked (its whole span in view, as it opens by
  // default) it took 13.7 s and 305 ms in the same hour, in proportion to the 2.8 s and 83 ms
  // issue 16 reported on another machine: we measure the peer at its fastest.
  const timeline = new vis.Timeline(document.getElementById('peer'), items, { height: '820px', stack: false });
  let first = true;
  timeline.on('changed', () => {
    if (!first) return;
    first = false;
    requestAnimationFrame(() => setTimeout(() => {
      performance.mark('peer:drawn');
      document.documentElement.dataset.ready = 'true';
    }, 0));
  });
  window.__peerItems = items.length;
});
`;

export function writePeerPage(root: string, out: string): void {
  const dir = path.join(out, 'peer');
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(root, UMD), path.join(dir, 'vis-timeline.min.js'));
  copyFileSync(path.join(root, CSS), path.join(dir, 'vis-timeline.min.css'));
  writeFileSync(path.join(dir, 'peer.js'), PAGE_SCRIPT);
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vis-timeline peer</title>' +
      '<link rel="stylesheet" href="vis-timeline.min.css"><script src="vis-timeline.min.js"></script></head>' +
      '<body><div id="peer"></div><script src="peer.js"></script></body></html>',
  );
}

export interface PeerResult {
  items: number;
  readyMs: number;
  readyRunsMs: number[];
  zoomFrame: { medianMs: number };
}

/** Cold loads as ours get them (fresh context each), then zoom frames, one wheel step per frame. */
export async function measurePeer(browser: Browser, url: string, runs: number, frames: number): Promise<PeerResult> {
  const ready: number[] = [];
  let items = 0;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 120_000 });
    ready.push(await page.evaluate(() => performance.getEntriesByName('peer:drawn')[0]!.startTime));
    items = await page.evaluate(() => (window as unknown as { __peerItems: number }).__peerItems);
    await context.close();
  }
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(nextPaintSource);
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 120_000 });
  const zoom = await page.evaluate(async (frames) => {
    const target = document.querySelector<HTMLElement>('.vis-center') ?? document.querySelector<HTMLElement>('.vis-timeline')!;
    const r = target.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + Math.min(r.height / 2, 120);
    const out: number[] = [];
    await new Promise<void>((resolve) => {
      let i = 0;
      const frame = () => {
        const t0 = performance.now();
        if (i < frames) requestAnimationFrame(frame);
        setTimeout(() => {
          if (i > 0) out.push(performance.now() - t0);
          if (i >= frames) resolve();
        }, 0);
        if (i < frames)
          target.dispatchEvent(new WheelEvent('wheel', { deltaY: i < frames / 2 ? -60 : 60, deltaMode: 0, clientX: cx, clientY: cy, bubbles: true, cancelable: true }));
        i++;
      };
      requestAnimationFrame(frame);
    });
    return out;
  }, frames);
  await context.close();
  return { items, readyMs: round1(median(ready)), readyRunsMs: ready.map(round1), zoomFrame: { medianMs: round1(median(zoom)) } };
}

import { describe, expect, it } from 'vitest';
import { layoutGraph, type LayoutInput } from './layout';
import { createLayoutRunner } from './layout-runner';
import type { LayoutRequestMessage } from './layout.worker';

const input: LayoutInput = {
  nodes: [
    { id: 'a', side: 'us', radius: 6 },
    { id: 'b', side: 'ru', radius: 6 },
  ],
  links: [{ source: 'a', target: 'b', weight: 1 }],
  width: 300,
  height: 200,
};

/** A stand-in worker that runs the layout asynchronously, as the real one does. */
function fakeWorker(behaviour: 'ok' | 'fail') {
  const posted: LayoutRequestMessage[] = [];
  const w = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    terminated: false,
    posted,
    postMessage(m: LayoutRequestMessage) {
      posted.push(m);
      setTimeout(() => {
        if (behaviour === 'fail') w.onerror?.({ preventDefault() {} } as ErrorEvent);
        else w.onmessage?.({ data: { id: m.id, positions: layoutGraph(m.input) } } as MessageEvent);
      }, 0);
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w;
}

describe('createLayoutRunner', () => {
  it('runs in the worker and resolves with its positions', async () => {
    const w = fakeWorker('ok');
    const runner = createLayoutRunner(() => w as unknown as Worker);
    const [p1, p2] = await Promise.all([runner.run(input), runner.run({ ...input, seed: 3 })]);
    expect(w.posted.map((m) => m.id)).toEqual([1, 2]);
    expect(p1).toEqual(layoutGraph(input));
    expect(p2).toEqual(layoutGraph({ ...input, seed: 3 }));
    runner.dispose();
    expect(w.terminated).toBe(true);
  });

  it('computes here when there is no worker', async () => {
    const runner = createLayoutRunner(() => null);
    expect(await runner.run(input)).toEqual(layoutGraph(input));
  });

  it('falls back to computing here when the worker fails', async () => {
    const w = fakeWorker('fail');
    const runner = createLayoutRunner(() => w as unknown as Worker);
    expect(await runner.run(input)).toEqual(layoutGraph(input));
    expect(w.terminated).toBe(true);
    expect(await runner.run(input)).toEqual(layoutGraph(input));
    expect(w.posted).toHaveLength(1);
  });
});

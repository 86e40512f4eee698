import { describe, expect, it } from 'vitest';
import { layoutGraph, type LayoutInput } from './layout';
import { answerLayoutRequest } from './layout-answer';
import type { LayoutRequestMessage, WarmUpMessage } from './layout-message';
import { createLayoutRunner } from './layout-runner';

const input: LayoutInput = {
  nodes: [
    { id: 'a', side: 'us', radius: 6 },
    { id: 'b', side: 'ru', radius: 6 },
  ],
  links: [{ source: 'a', target: 'b', weight: 1 }],
  width: 300,
  height: 200,
};

/** A stand-in worker that answers asynchronously with what the real one computes. */
function fakeWorker(behaviour: 'ok' | 'fail') {
  const posted: (LayoutRequestMessage | WarmUpMessage)[] = [];
  const w = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    terminated: false,
    posted,
    postMessage(m: LayoutRequestMessage | WarmUpMessage) {
      posted.push(m);
      if ('warmUp' in m) return;
      setTimeout(() => {
        if (behaviour === 'fail') w.onerror?.({ preventDefault() {} } as ErrorEvent);
        else w.onmessage?.({ data: answerLayoutRequest(m) } as MessageEvent);
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
    expect(w.posted.map((m) => ('id' in m ? m.id : null))).toEqual([1, 2]);
    expect(p1).toEqual(layoutGraph(input));
    expect(p2).toEqual(layoutGraph({ ...input, seed: 3 }));
    runner.dispose();
    expect(w.terminated).toBe(true);
  });

  it('starts its worker on warm(), once, asks it to warm up, and uses it for later runs', async () => {
    const w = fakeWorker('ok');
    let made = 0;
    const runner = createLayoutRunner(() => {
      made++;
      return w as unknown as Worker;
    });
    expect(made).toBe(0);
    runner.warm();
    runner.warm();
    expect(made).toBe(1);
    expect(await runner.run(input)).toEqual(layoutGraph(input));
    expect(made).toBe(1);
    expect(w.posted.map((m) => ('warmUp' in m ? 'warm-up' : 'layout'))).toEqual(['warm-up', 'layout']);
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

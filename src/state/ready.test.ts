import { describe, expect, it } from 'vitest';
import type { DatasetIndex } from '../lib/dataset-index';
import { onDrawn, reportDrawn, type DrawnState } from './ready';
import { onTiming, reportTiming, type Timing } from './timings';

const a = { events: [] } as unknown as DatasetIndex;
const b = { events: [] } as unknown as DatasetIndex;

describe('reportDrawn', () => {
  it('is complete once each of the three views has drawn the dataset, once, and starts again with a new one', () => {
    const heard: DrawnState[] = [];
    const stop = onDrawn((s) => heard.push(s));
    reportDrawn(a, 'timeline');
    reportDrawn(a, 'network');
    reportDrawn(a, 'network');
    expect(heard).toEqual([{ index: a, complete: false }]);
    reportDrawn(a, 'quotes');
    reportDrawn(a, 'quotes');
    expect(heard).toEqual([{ index: a, complete: false }, { index: a, complete: true }]);
    reportDrawn(b, 'quotes');
    expect(heard.at(-1)).toEqual({ index: b, complete: false });
    stop();
    reportDrawn(b, 'timeline');
    reportDrawn(b, 'network');
    expect(heard).toHaveLength(3);
  });
});

describe('reportTiming', () => {
  it('tells each listener the name, its start and when it ended', () => {
    const heard: Timing[] = [];
    const stop = onTiming((t) => heard.push(t));
    const start = performance.now();
    reportTiming('network-layout', start);
    stop();
    reportTiming('network-layout', start);
    expect(heard).toHaveLength(1);
    expect(heard[0]!.name).toBe('network-layout');
    expect(heard[0]!.start).toBe(start);
    expect(heard[0]!.end).toBeGreaterThanOrEqual(start);
  });
});

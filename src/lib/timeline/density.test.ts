import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../data/dates';
import { busiestStretch, densityBins, histogramPath } from './density';
import { buildModel } from './layout';
import { shippedIndex, syntheticIndex } from './test-fixtures';

const index = shippedIndex();
const m = buildModel(index, 'side');

describe('densityBins', () => {
  it('counts each event in every slice it touches, open bounds on their known day only', () => {
    const [t0, t1] = [Date.UTC(2016, 0, 1), Date.UTC(2026, 0, 1)];
    const bins = densityBins(m, t0, t1, 10);
    // The 2016–2025 expulsions touch all ten years; the 2022–2025 halt touches four.
    expect(bins[0]).toBe(2);
    expect(bins[3]).toBe(1);
    expect(bins[6]).toBe(3);
    expect(bins[9]).toBe(15);
    expect(densityBins(m, t0, t1, 10, (e) => m.ids[e] === 'trump-putin-meeting-planned')[9]).toBe(1);
    expect(densityBins(m, t0, t1, 10, (e) => m.ids[e] === 'trump-putin-meeting-planned').reduce((a, c) => a + c, 0)).toBe(1);
  });
});

describe('busiestStretch', () => {
  it('finds the February 2025 cluster, as whole days', () => {
    const s = busiestStretch(m, 60 * DAY_MS)!;
    expect(new Date(s.from).toISOString().slice(0, 10)).toBe('2025-02-10');
    expect(new Date(s.to).toISOString().slice(0, 10)).toBe('2025-02-24');
    expect(s.count).toBe(13);
  });

  it('counts events of one day together, however short the window', () => {
    const s = busiestStretch(m, DAY_MS / 4)!;
    expect(new Date(s.from).toISOString().slice(0, 10)).toBe('2025-02-15');
    expect(s.count).toBe(3);
  });

  it('is null when no window holds two events', () => {
    expect(busiestStretch(buildModel(syntheticIndex(1), 'side'), 30 * DAY_MS)).toBeNull();
  });
});

describe('histogramPath', () => {
  it('draws one closed bar per non-empty bin, scaled to the tallest', () => {
    const d = histogramPath(Uint32Array.from([0, 2, 1, 0]), 2, 40, 24);
    expect(d).toBe('M10 3h9.5v21h-9.5zM20 13.5h9.5v10.5h-9.5z');
  });

  it('is empty when no bin holds an event', () => {
    expect(histogramPath(new Uint32Array(5), 1, 50, 24)).toBe('');
  });
});

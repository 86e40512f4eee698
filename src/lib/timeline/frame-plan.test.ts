import { describe, expect, it } from 'vitest';
import {
  canvasSlice,
  eventsOnScreen,
  focusTicks,
  highlightedIds,
  isDense,
  laneCounts,
  marksPlan,
  segmentCounts,
  splitByFilter,
  svgMarks,
  tipAnchor,
  titleBlocks,
  titlePriority,
} from './frame-plan';
import { buildModel, idMask, MAX_ROWS, pack, placementY } from './layout';
import { lensX, makeLens, viewForFocus } from './lens';
import { MAX_OVERHANG_PX } from './precision';
import { baseScale, IDENTITY, pxPerMs } from './scale';
import { axisTicks } from './ticks';
import { shippedIndex, syntheticIndex } from './test-fixtures';

const index = shippedIndex();
const model = buildModel(index, 'side');
const base = baseScale(index.extent, 600);
const feb10 = Date.UTC(2025, 1, 10);
const feb24 = Date.UTC(2025, 1, 24);
const fortnight = viewForFocus(base, feb10, feb24, index.extent);
/** The fortnight with what lies beyond compressed at the edges (the first view), and without (no gutters). */
const lens = makeLens(base, fortnight, index.extent);
const linear = makeLens(base, fortnight, index.extent, 0);
const all = Array.from(model.ids.keys());
const packing = pack(model, pxPerMs(base, 1), MAX_ROWS.side);

describe('eventsOnScreen', () => {
  it('holds every event while the segments hold what lies beyond the focus', () => {
    expect([...eventsOnScreen(model, lens)]).toEqual(all);
  });

  it('without segments, culls to the marks that can reach the screen, a stub or hit area past its time included', () => {
    const pad = MAX_OVERHANG_PX / pxPerMs(base, fortnight.k);
    const [t0, t1] = linear.focus;
    const shown = [...eventsOnScreen(model, linear)];
    expect(shown).toEqual(all.filter((e) => model.marks[e]!.t1 >= t0 - pad && model.marks[e]!.t0 <= t1 + pad));
    expect(shown.length).toBeLessThan(all.length);
    expect(shown).toContain(model.indexOf.get('rubio-lavrov-call'));
  });
});

describe('splitByFilter and isDense', () => {
  it('keeps the order, the filtered ones solid and the rest faint', () => {
    const mask = new Uint8Array(10);
    mask[2] = mask[5] = 1;
    expect(splitByFilter(Int32Array.from([1, 2, 3, 5, 8]), mask)).toEqual({ included: [2, 5], context: [1, 3, 8] });
  });

  it('goes to the canvas past 300 marks in the filters, not at 300', () => {
    expect(isDense(300)).toBe(false);
    expect(isDense(301)).toBe(true);
  });
});

describe('svgMarks', () => {
  const visible = new Set(model.ids.slice(0, 20));
  const keep = [model.ids[30], model.ids[12], null, undefined];

  it('draws every mark in the filters as SVG when not dense, and the kept ones that are in the filters', () => {
    const included = [3, 1, 7];
    expect(svgMarks(model, included, false, keep, visible)).toEqual([1, 3, 7, 12]);
  });

  it('when dense, keeps only the tab stop, selection and tooltip (those in the filters) as SVG', () => {
    expect(svgMarks(model, all, true, keep, visible)).toEqual([12]);
    expect(svgMarks(model, all, true, [], visible)).toEqual([]);
  });
});

describe('highlightedIds and titlePriority', () => {
  it('lights a hovered actor’s events and a hovered event, but not the one with the tooltip', () => {
    expect([...highlightedIds(['a', 'b'], 'c', null)].sort()).toEqual(['a', 'b', 'c']);
    expect([...highlightedIds(['a'], 'c', 'c')]).toEqual(['a']);
    expect([...highlightedIds([], null, 'c')]).toEqual([]);
  });

  it('puts the ids given first, in order, dropping those outside the filters or unknown', () => {
    const [a, b, c] = [model.ids[4]!, model.ids[9]!, model.ids[2]!];
    const visible = new Set([a, b]);
    expect(titlePriority(model, [b, c, a, 'nope', null], visible)).toEqual([9, 4]);
  });
});

describe('laneCounts', () => {
  it('counts each event in the filters once per lane it is drawn in', () => {
    for (const mode of ['side', 'actor'] as const) {
      const m = buildModel(index, mode);
      const mask = idMask(m, m.ids.filter((_, i) => i % 3 === 0));
      const counts = laneCounts(m, mask);
      const want = m.lanes.map((_, lane) => {
        let n = 0;
        for (let e = 0; e < m.ids.length; e++) {
          if (!mask[e]) continue;
          for (let p = m.first[e]!; p < m.first[e + 1]!; p++) if (m.pLane[p] === lane) n++;
        }
        return n;
      });
      expect(counts).toEqual(want);
      expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    }
  });

  it('counts nothing when the filters leave nothing', () => {
    expect(laneCounts(model, new Uint8Array(model.ids.length)).every((n) => n === 0)).toBe(true);
  });
});

describe('tipAnchor', () => {
  it('points at a point mark’s centre, on its first row', () => {
    const e = model.indexOf.get('rubio-lavrov-call')!;
    const at = tipAnchor(model, packing, lens, e);
    expect(at.x).toBeCloseTo(lensX(lens, model.marks[e]!.t0));
    expect(at.y).toBe(placementY(model, packing, model.first[e]!));
  });

  it('points at the middle of the part of a long mark that is on screen, never off it', () => {
    const zoomed = makeLens(base, { k: 400, x: -400 * 300 }, index.extent, 0);
    for (const e of all) {
      const { x } = tipAnchor(model, packing, zoomed, e);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(base.width);
    }
  });
});

describe('canvasSlice', () => {
  it('covers the part of the plot on screen, the whole plot when it is shorter', () => {
    expect(canvasSlice(0, 300, 1000)).toEqual({ top: 0, height: 300 });
    expect(canvasSlice(250, 300, 1000)).toEqual({ top: 250, height: 300 });
    expect(canvasSlice(900, 300, 1000)).toEqual({ top: 700, height: 300 });
    expect(canvasSlice(0, 300, 120)).toEqual({ top: 0, height: 120 });
    expect(canvasSlice(0, 0, 0)).toEqual({ top: 0, height: 1 });
  });
});

describe('segmentCounts, focusTicks, titleBlocks', () => {
  it('counts, in the left segment, the events in the filters that start before the focus', () => {
    const [seg] = segmentCounts(model, lens, all);
    expect(seg).toMatchObject({ side: 'left', x0: 0, t0: index.extent[0] });
    expect(seg!.count).toBe(all.filter((e) => model.marks[e]!.t0 < lens.left!.t1).length);
    expect(seg!.count).toBeGreaterThan(0);
    expect(segmentCounts(model, lens, [])[0]!.count).toBe(0);
    expect(segmentCounts(model, makeLens(base, IDENTITY, index.extent), all)).toEqual([]);
  });

  it('puts the ticks in the focus only, as the axis would for the focus alone', () => {
    const ticks = focusTicks(lens, 'en');
    expect(ticks.ticks.length).toBeGreaterThan(3);
    expect(ticks.ticks.every((tk) => tk.x >= lens.left!.x1 && tk.x <= base.width)).toBe(true);
    const plain = makeLens(base, IDENTITY, index.extent);
    expect(focusTicks(plain, 'en')).toEqual(axisTicks(plain.focus[0], plain.focus[1], base.width, 'en'));
  });

  it('blocks titles in the segments only once they are crowded', () => {
    expect(titleBlocks(model, lens)).toEqual([]);
    const many = syntheticIndex(600);
    const m = buildModel(many, 'side');
    const b = baseScale(many.extent, 600);
    const mid = (many.extent[0] + many.extent[1]) / 2;
    const l = makeLens(b, viewForFocus(b, mid, mid + 14 * 86_400_000, many.extent), many.extent);
    expect(titleBlocks(m, l)).toEqual([
      [l.left!.x0, l.left!.x1],
      [l.right!.x0, l.right!.x1],
    ]);
  });
});

describe('marksPlan', () => {
  const e = model.indexOf.get('rubio-lavrov-call')!;
  const plan = (events: number[], windowMs: readonly [number, number] | null) =>
    marksPlan({
      model,
      packing,
      lens,
      height: 400,
      ticks: focusTicks(lens, 'en'),
      events,
      stopId: null,
      selectedId: 'rubio-lavrov-call',
      highlighted: new Set(),
      tipFor: null,
      windowMs,
    });

  it('draws the selection’s line where its mark is, only when the mark is drawn here', () => {
    expect(plan([e], null).selectedX).toBeCloseTo(lensX(lens, model.marks[e]!.t0));
    expect(plan([], null).selectedX).toBeNull();
  });

  it('shades outside the time window, at the window’s ends on screen', () => {
    const w = [Date.UTC(2025, 1, 12), Date.UTC(2025, 1, 16)] as const;
    expect(plan([], w).shade).toEqual([lensX(lens, w[0]), lensX(lens, w[1])]);
    expect(plan([], null).shade).toBeNull();
  });
});

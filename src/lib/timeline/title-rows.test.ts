import { describe, expect, it } from 'vitest';
import { packingBucket } from './bucket';
import { firstStretch } from './density';
import { buildModel, MAX_ROWS, pack } from './layout';
import { makeLens } from './lens';
import { baseScale, zoomAbout } from './scale';
import { shippedIndex } from './test-fixtures';
import { titleRows } from './title-rows';
import { placeTitles } from './titles';
import { firstView } from './zoom-param';

const index = shippedIndex();
const model = buildModel(index, 'side');
const title = (e: number) => index.events[e]!.title.en;
// Test sizes: 6 px a character (the app measures), the shortest allowed box 20 characters.
const sizes = { full: (e: number) => title(e).length * 6 + 6, min: (e: number) => Math.min(20, title(e).length) * 6 + 12 };
const reserve = Float64Array.from(index.events, (ev) => Math.min(480, ev.title.en.length * 6.2 + 16));
const all = Int32Array.from(index.events, (_, i) => i);
const everyone = new Uint8Array(index.events.length).fill(1);

function scene(width: number, zoom = 1, blocked?: [number, number][]) {
  const base = baseScale(index.extent, width);
  const first = firstView(base, index.extent, firstStretch(model, index.extent));
  const view = zoom === 1 ? first : zoomAbout(base, first, zoom, width * 0.6);
  const lens = makeLens(base, view, index.extent);
  const pk = pack(model, base.s * packingBucket(model, lens), MAX_ROWS.side, reserve);
  const rows = titleRows(model, pk, lens, { drawn: all, wanted: everyone, top: 0, height: 10_000, blocked });
  return { rows, titles: placeTitles(rows, sizes, { width }), pk };
}

describe('titles on the shipped first view', () => {
  it('at the desktop plot’s width (594 px), every one of the 17 events has its title, in rows the plot can show', () => {
    const { titles, pk } = scene(594);
    expect(titles.map((t) => index.events[t.e]!.id).sort()).toEqual(index.events.map((e) => e.id).sort());
    expect(titles.every((t) => !t.forced)).toBe(true);
    // 17 rows and three lane heads: within the 497 px the plot has at 1440×900.
    expect(pk.laneTop[pk.laneTop.length - 1]).toBeLessThanOrEqual(490);
  });

  it('a phone’s plot (330 px) still titles every event of the focused fortnight', () => {
    const { titles } = scene(330);
    const titled = new Set(titles.map((t) => index.events[t.e]!.id));
    for (const ev of index.events) if ((ev.date.start ?? '9999') >= '2025-02-10' || ev.date.start === null) expect(titled.has(ev.id), ev.id).toBe(true);
  });

  it('is stable under small zooms: the same titles, on the same sides', () => {
    const at = (zoom: number) => scene(594, zoom).titles.map((t) => `${t.e}:${t.side}`).sort();
    const start = at(1);
    for (const zoom of [1.01, 1.02, 1.03, 0.99, 0.98]) expect(at(zoom)).toEqual(start);
  });

  it('keeps titles out of a blocked span (a crowded segment) and away from it', () => {
    const g = 95;
    const { titles } = scene(594, 1, [[0, g]]);
    const ids = new Set(titles.map((t) => index.events[t.e]!.id));
    expect(ids.has('election-interference-accusations-2016')).toBe(false);
    expect(ids.has('russian-full-scale-invasion')).toBe(false);
    expect(ids.has('rubio-lavrov-call')).toBe(true);
    for (const t of titles) expect(t.x).toBeGreaterThanOrEqual(g + 8);
  });

  it('costs no measuring for titles that cannot fit: a lower bound turns them away first', () => {
    const { rows } = scene(594);
    let measured = 0;
    const counting = { ...sizes, full: (e: number) => (measured++, sizes.full(e)), atLeast: () => 10_000 };
    expect(placeTitles(rows, counting, { width: 594 })).toEqual([]);
    expect(measured).toBe(0);
    // A lower bound at or under the real one changes nothing.
    const loose = { ...sizes, atLeast: (e: number) => sizes.min(e) / 2 };
    expect(placeTitles(rows, loose, { width: 594 })).toEqual(placeTitles(rows, sizes, { width: 594 }));
  });
});

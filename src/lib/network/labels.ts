export interface LabelVariant {
  /** Width of the widest line and total height, in px. */
  width: number;
  height: number;
  lines: readonly string[];
}

export interface LabelRequest {
  id: string;
  /** Node centre and radius, in screen px. */
  x: number;
  y: number;
  r: number;
  /** Ways to set the name, preferred first (one line, then wrapped). */
  variants: readonly LabelVariant[];
}

export interface PlacedLabel {
  id: string;
  /** The label's box, top-left, in screen px. */
  left: number;
  top: number;
  width: number;
  height: number;
  lines: readonly string[];
  /** How the lines align in the box: beside a node they hug it, above or below they centre. */
  align: 'start' | 'middle' | 'end';
}

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Box {
  l: number;
  t: number;
  r: number;
  b: number;
}

const CELL = 48;

/** A uniform grid of boxes: each query looks only at the cells a box covers. */
class Grid {
  private cells = new Map<number, Box[]>();
  private key(cx: number, cy: number) {
    return cx * 100_003 + cy;
  }
  add(box: Box) {
    for (let cx = Math.floor(box.l / CELL); cx <= Math.floor(box.r / CELL); cx++)
      for (let cy = Math.floor(box.t / CELL); cy <= Math.floor(box.b / CELL); cy++) {
        const k = this.key(cx, cy);
        const list = this.cells.get(k);
        if (list) list.push(box);
        else this.cells.set(k, [box]);
      }
  }
  hits(box: Box, ignore?: Box): boolean {
    for (let cx = Math.floor(box.l / CELL); cx <= Math.floor(box.r / CELL); cx++)
      for (let cy = Math.floor(box.t / CELL); cy <= Math.floor(box.b / CELL); cy++)
        for (const o of this.cells.get(this.key(cx, cy)) ?? [])
          if (o !== ignore && o.l < box.r && o.r > box.l && o.t < box.b && o.b > box.t) return true;
    return false;
  }
}

type Candidate = (x: number, y: number, r: number, w: number, h: number, g: number) => [number, number, PlacedLabel['align']];

/** Beside, then below and above, then the diagonals: top-left corner of the box for each. */
const CANDIDATES: readonly Candidate[] = [
  (x, y, r, _w, h, g) => [x + r + g, y - h / 2, 'start'],
  (x, y, r, w, h, g) => [x - r - g - w, y - h / 2, 'end'],
  (x, y, r, w, _h, g) => [x - w / 2, y + r + g, 'middle'],
  (x, y, r, w, h, g) => [x - w / 2, y - r - g - h, 'middle'],
  (x, y, r, _w, _h, g) => [x + r * 0.7 + g, y + r * 0.7, 'start'],
  (x, y, r, _w, h, g) => [x + r * 0.7 + g, y - r * 0.7 - h, 'start'],
  (x, y, r, w, _h, g) => [x - r * 0.7 - g - w, y + r * 0.7, 'end'],
  (x, y, r, w, h, g) => [x - r * 0.7 - g - w, y - r * 0.7 - h, 'end'],
];

/**
 * Greedy label placement without overlap: requests are taken in order (put the important
 * ones first); each tries every candidate spot with every variant and takes the first that
 * stays in bounds and clear of other labels and of every node. A label with no free spot is
 * left out (the node keeps its name for assistive technology and in its tooltip).
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Bounds,
  gap = 3,
): Map<string, PlacedLabel> {
  const grid = new Grid();
  const nodeBox = new Map<string, Box>();
  for (const q of requests) {
    // The node's square, slightly inset: a label may touch a circle's corner region.
    const s = q.r * 0.85;
    const box = { l: q.x - s, t: q.y - s, r: q.x + s, b: q.y + s };
    nodeBox.set(q.id, box);
    grid.add(box);
  }
  const out = new Map<string, PlacedLabel>();
  for (const q of requests) {
    const own = nodeBox.get(q.id);
    // Spot first, then variant: a wrapped name beside its node reads better than one line
    // set somewhere it could belong to a neighbour.
    placing: for (const c of CANDIDATES) {
      for (const v of q.variants) {
        const [left, top, align] = c(q.x, q.y, q.r, v.width, v.height, gap);
        const box = { l: left, t: top, r: left + v.width, b: top + v.height };
        if (box.l < bounds.x0 || box.t < bounds.y0 || box.r > bounds.x1 || box.b > bounds.y1) continue;
        if (grid.hits(box, own)) continue;
        grid.add(box);
        out.set(q.id, { id: q.id, left, top, width: v.width, height: v.height, lines: v.lines, align });
        break placing;
      }
    }
  }
  return out;
}

/** Split a name into two lines at the space nearest its middle, for a narrower label. */
export function wrapName(name: string): string[] | null {
  const mid = name.length / 2;
  let best = -1;
  for (let i = 0; i < name.length; i++)
    if (name[i] === ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
  return best > 0 ? [name.slice(0, best), name.slice(best + 1)] : null;
}

import { fitTransform, nodeRadius, type Size, type Transform } from './geometry';
import type { NetworkGraph } from './graph';
import { placeLabels, type LabelVariant, type PlacedLabel } from './labels';
import type { Point } from './navigate';
import { LARGE_LABELS } from '../thresholds';
import { compareNames } from '../collate';

/**
 * Where the graph is drawn, computed before render (the views only draw): the layout box
 * fitted into the drawing and zoomed, node places and radii on screen, and the labels.
 */

/** Layout units to screen px: the box fitted above `inset` (a note over the drawing's foot), then the reader's zoom. */
export function screenTransform(box: Size, size: Size, zoom: Transform, inset = 0): Transform {
  const fit = fitTransform(box, { width: size.width, height: Math.max(1, size.height - inset) });
  return { k: zoom.k * fit.k, x: zoom.k * fit.x + zoom.x, y: zoom.k * fit.y + zoom.y };
}

export function screenPositions(graph: NetworkGraph, positions: ReadonlyMap<string, Point>, view: Transform): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const n of graph.nodes) {
    const p = positions.get(n.id);
    if (p) out.set(n.id, { x: view.x + view.k * p.x, y: view.y + view.k * p.y });
  }
  return out;
}

/** A large graph starts zoomed out: its marks shrink with the zoom until the reader zooms in. */
export function markScale(large: boolean, view: Transform | null): number {
  return large && view ? Math.max(0.3, Math.min(1, view.k * 1.6)) : 1;
}

export function nodeRadii(graph: NetworkGraph, large: boolean, scale: number): Map<string, number> {
  return new Map(graph.nodes.map((n) => [n.id, nodeRadius(n.count, graph.maxCount, large) * scale]));
}

export interface LabelScene {
  screen: ReadonlyMap<string, Point>;
  radius: ReadonlyMap<string, number>;
  size: Size;
  /** Actors being filtered by are labelled first. */
  pressed: ReadonlySet<string>;
  large: boolean;
  inset: number;
  variants: (name: string) => LabelVariant[];
}

/** Labels for the actors on screen: the filtered ones first, then the most involved, then by name. */
export function graphLabels(graph: NetworkGraph, { screen, radius, size, pressed, large, inset, variants }: LabelScene): Map<string, PlacedLabel> {
  const order = [...graph.nodes].sort(
    (a, b) => Number(pressed.has(b.id)) - Number(pressed.has(a.id)) || b.count - a.count || compareNames(a.name, b.name),
  );
  const requests = [];
  for (const n of order.slice(0, large ? LARGE_LABELS : order.length)) {
    const p = screen.get(n.id);
    if (!p || p.x < 0 || p.y < 0 || p.x > size.width || p.y > size.height) continue;
    requests.push({ id: n.id, x: p.x, y: p.y, r: radius.get(n.id)!, variants: variants(n.name) });
  }
  return placeLabels(requests, { x0: 2, y0: 2, x1: size.width - 2, y1: size.height - 2 - inset });
}

import { useEffect, useMemo, useRef } from 'react';
import type { Emphasis } from '../../lib/network/emphasis';
import { RELATION_DASH } from '../../lib/draw-style';
import { edgeLook, type Tone } from '../../lib/network/edge-style';
import { edgesOnCanvas, edgeWidth, type Transform } from '../../lib/network/geometry';
import type { GraphEdge, NetworkGraph } from '../../lib/network/graph';
import type { Point } from '../../lib/network/navigate';
import type { RelationKind } from '../../data/schema';
import { freshCanvas } from '../../ui/canvas';

interface Props {
  graph: NetworkGraph;
  /** Node positions in layout units, and the transform that puts them on screen. */
  positions: ReadonlyMap<string, Point>;
  view: Transform;
  emphasis: Emphasis;
  width: number;
  height: number;
  /** Line widths shrink with the marks while zoomed out. */
  scale: number;
}

interface Stroke {
  /** One edge of the group: they all look alike. */
  edge: GraphEdge;
  /** Unscaled width, for the drawing order. */
  width: number;
  path: Path2D;
}

/** Per graph: each edge's ends as node numbers, its look (untoned) as a number, and its number by id. */
interface EdgeTable {
  ids: readonly string[];
  ends: Int32Array;
  style: Int32Array;
  edgeAt: ReadonlyMap<string, number>;
}

const tables = new WeakMap<NetworkGraph, EdgeTable>();
const KINDS = Object.keys(RELATION_DASH) as RelationKind[];

function edgeTable(graph: NetworkGraph): EdgeTable {
  let t = tables.get(graph);
  if (t) return t;
  const ids = graph.nodes.map((n) => n.id);
  const at = new Map(ids.map((id, i) => [id, i]));
  const ends = new Int32Array(graph.edges.length * 2);
  const style = new Int32Array(graph.edges.length);
  graph.edges.forEach((e, k) => {
    ends[2 * k] = at.get(e.source)!;
    ends[2 * k + 1] = at.get(e.target)!;
    // An edge's look follows from its first relation's kind and its weight.
    const rel = e.relations[0];
    style[k] = (rel ? KINDS.indexOf(rel.kind) + 1 : 0) * (graph.maxWeight + 1) + e.weight;
  });
  t = { ids, ends, style, edgeAt: new Map(graph.edges.map((e, k) => [e.id, k])) };
  tables.set(graph, t);
  return t;
}

/** The graph's edge table and its nodes' places (x, y pairs, NaN where a node has none). */
interface Placed {
  graph: NetworkGraph;
  table: EdgeTable;
  xy: Float64Array;
}

function placed(graph: NetworkGraph, positions: ReadonlyMap<string, Point>): Placed {
  const table = edgeTable(graph);
  const xy = new Float64Array(table.ids.length * 2).fill(NaN);
  table.ids.forEach((id, i) => {
    const p = positions.get(id);
    if (p) {
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
    }
  });
  return { graph, table, xy };
}

/**
 * Edges `ks` grouped by how they look, each group one path in layout units: thousands of
 * lines become a handful of strokes, and a zoom or pan only redraws those paths under a new
 * transform. Thin before thick.
 */
function strokes({ graph, table, xy }: Placed, ks: Iterable<number>): Stroke[] {
  const { ends, style } = table;
  const groups = new Map<number, Stroke>();
  for (const k of ks) {
    const a = 2 * ends[2 * k]!;
    const b = 2 * ends[2 * k + 1]!;
    if (Number.isNaN(xy[a]!) || Number.isNaN(xy[b]!)) continue;
    let g = groups.get(style[k]!);
    if (!g) {
      const edge = graph.edges[k]!;
      g = { edge, width: edgeWidth(edge.weight, graph.maxWeight), path: new Path2D() };
      groups.set(style[k]!, g);
    }
    g.path.moveTo(xy[a]!, xy[a + 1]!);
    g.path.lineTo(xy[b]!, xy[b + 1]!);
  }
  return [...groups.values()].sort((p, q) => p.width - q.width);
}

const allEdges = (graph: NetworkGraph) => graph.edges.keys();

/** All edges of a large graph as one picture: thousands of lines without thousands of elements. */
export function EdgeCanvas({ graph, positions, view, emphasis, width, height, scale }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  // Every edge's paths depend on the layout only. A selection or a hover lights a few edges:
  // all are then drawn dim and the lit ones again over them, so only those are re-pathed.
  const at = useMemo(() => placed(graph, positions), [graph, positions]);
  const base = useMemo(() => strokes(at, allEdges(at.graph)), [at]);
  const lit = useMemo(() => {
    const { edgeAt } = at.table;
    return emphasis.source === null ? [] : strokes(at, [...emphasis.edges].flatMap((id) => edgeAt.get(id) ?? []));
  }, [at, emphasis]);
  const rest: Tone = emphasis.source === null ? 'normal' : 'dim';
  useEffect(() => {
    const fresh = freshCanvas(ref.current, width, height);
    if (!fresh) return;
    const { ctx, dpr } = fresh;
    ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
    const crowded = edgesOnCanvas(graph);
    // Paths are in layout units: widths and dashes are divided by the zoom to stay in px.
    const draw = (paths: readonly Stroke[], tone: Tone) => {
      for (const { edge, path } of paths) {
        const look = edgeLook(edge, graph.maxWeight, tone, { scale, crowded });
        ctx.globalAlpha = look.opacity;
        ctx.strokeStyle = look.color;
        ctx.lineWidth = look.width / view.k;
        ctx.setLineDash(look.dash ? look.dash.split(' ').map((d) => Number(d) / view.k) : []);
        ctx.stroke(path);
      }
    };
    draw(base, rest);
    draw(lit, 'lit');
  }, [base, lit, rest, view, width, height, scale, graph]);
  return <canvas ref={ref} aria-hidden="true" className="pointer-events-none absolute inset-0 z-0" style={{ width, height }} />;
}

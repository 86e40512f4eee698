// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Emphasis } from '../../lib/network/emphasis';
import { edgesOnCanvas, type Transform } from '../../lib/network/geometry';
import { buildGraph, type NetworkGraph } from '../../lib/network/graph';
import type { Point } from '../../lib/network/navigate';
import { actor, event, makeIndex } from '../../lib/network/test-fixtures';
import { LangProvider } from '../../state/i18n';
import { EdgeCanvas } from './EdgeCanvas';
import { EdgeLayer } from './EdgeLayer';

/** What one canvas stroke drew: its paint, in screen px, and the segments of its path (layout units). */
interface Drawn {
  color: string;
  width: number;
  dash: string | undefined;
  opacity: number;
  segments: [Point, Point][];
}

class FakePath {
  segments: [Point, Point][] = [];
  private at: Point = { x: 0, y: 0 };
  moveTo(x: number, y: number) {
    this.at = { x, y };
  }
  lineTo(x: number, y: number) {
    this.segments.push([this.at, { x, y }]);
    this.at = { x, y };
  }
}

/** A 2D context that records each stroke with the paint it was made in. */
function fakeContext(strokes: Drawn[]) {
  let k = 1;
  let dash: number[] = [];
  const ctx = {
    globalAlpha: 1,
    strokeStyle: '',
    lineWidth: 1,
    setTransform: (a: number) => {
      k = a;
    },
    clearRect: () => {},
    setLineDash: (d: number[]) => {
      dash = d;
    },
    stroke: (path: FakePath) =>
      strokes.push({
        color: ctx.strokeStyle,
        width: ctx.lineWidth * k,
        dash: dash.length ? dash.map((d) => +(d * k).toFixed(6)).join(' ') : undefined,
        opacity: ctx.globalAlpha,
        segments: path.segments,
      }),
  };
  return ctx;
}

const VIEW: Transform = { k: 2, x: 10, y: 5 };
const NONE: Emphasis = { source: null, nodes: new Set(), edges: new Set() };

function layout(graph: NetworkGraph): Map<string, Point> {
  return new Map(graph.nodes.map((n, i) => [n.id, { x: 20 + 37 * (i % 12), y: 15 + 29 * Math.floor(i / 12) }]));
}

/**
 * Each edge as the SVG draws it (its visible line) and as the canvas draws it, for one
 * emphasis and mark scale; on the SVG, `edges` only (a large graph's SVG holds a few).
 */
function drawBothWays(graph: NetworkGraph, emphasis: Emphasis, scale: number, edges = graph.edges) {
  const positions = layout(graph);
  const screen = new Map([...positions].map(([id, p]) => [id, { x: VIEW.x + VIEW.k * p.x, y: VIEW.y + VIEW.k * p.y }]));
  const strokes: Drawn[] = [];
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => fakeContext(strokes)) as never);
  render(<EdgeCanvas graph={graph} positions={positions} view={VIEW} emphasis={emphasis} width={600} height={400} scale={scale} />);
  const { container } = render(
    <LangProvider>
      <svg>
        <EdgeLayer graph={graph} edges={edges} screen={screen} emphasis={emphasis} anchorName={null} scale={scale} tip={null} handlers={{}} />
      </svg>
    </LangProvider>,
  );
  const key = (p: Point) => `${p.x},${p.y}`;
  const byEnds = new Map(graph.edges.map((e) => [`${key(positions.get(e.source)!)}|${key(positions.get(e.target)!)}`, e.id]));
  const canvas = new Map<string, Omit<Drawn, 'segments'>>();
  for (const { segments, ...paint } of strokes) for (const [a, b] of segments) canvas.set(byEnds.get(`${key(a)}|${key(b)}`)!, paint);
  const marks = new Map([...container.querySelectorAll('[data-edge]')].map((g) => [g.getAttribute('data-edge')!, g]));
  return edges.map((e) => {
    const line = marks.get(e.id)!.querySelector('line:last-of-type')!;
    const svg = {
      color: line.getAttribute('stroke'),
      width: Number(line.getAttribute('stroke-width')),
      dash: line.getAttribute('stroke-dasharray') ?? undefined,
      opacity: Number(line.getAttribute('stroke-opacity')),
    };
    return { id: e.id, svg, canvas: canvas.get(e.id) };
  });
}

function expectAlike(rows: ReturnType<typeof drawBothWays>) {
  for (const { id, svg, canvas } of rows) {
    expect(canvas, id).toBeDefined();
    expect(canvas!.color, id).toBe(svg.color);
    expect(canvas!.width, id).toBeCloseTo(svg.width, 9);
    expect(canvas!.dash, id).toBe(svg.dash);
    expect(canvas!.opacity, id).toBeCloseTo(svg.opacity, 9);
  }
}

// A stated relation (dashed), a tie of two events and one of a single event.
const small = (() => {
  const index = makeIndex(
    [actor('ann', 'us'), actor('bob', 'ru'), actor('cat', 'ua'), actor('dan', 'us')],
    [event('e1', ['ann', 'bob']), event('e2', ['ann', 'bob']), event('e3', ['bob', 'cat']), event('e4', ['cat', 'dan'])],
    [{ from: 'cat', to: 'dan', kind: 'counterpart', eventIds: ['e4'] }],
  );
  return buildGraph(index, ['e1', 'e2', 'e3', 'e4']);
})();

// Past the canvas threshold: a ring of 450 actors, with a few ties repeated.
const crowded = (() => {
  const n = 450;
  const actors = Array.from({ length: n }, (_, i) => actor(`a${i}`, i % 2 ? 'us' : 'ru'));
  const events = actors.map((a, i) => event(`e${i}`, [a.id, actors[(i + 1) % n]!.id]));
  for (let i = 0; i < 5; i++) events.push(event(`again${i}`, [`a${i}`, `a${i + 1}`]));
  const index = makeIndex(actors, events);
  return buildGraph(index, index.events.map((e) => e.id));
})();

describe('an edge drawn on the SVG and on the canvas', () => {
  beforeEach(() => vi.stubGlobal('Path2D', FakePath));
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('the test graphs are what they claim: every look, and a graph past the canvas threshold', () => {
    expect(edgesOnCanvas(small)).toBe(false);
    expect(edgesOnCanvas(crowded)).toBe(true);
    expect(small.edges.some((e) => e.relations.length > 0)).toBe(true);
    expect(new Set(small.edges.map((e) => e.weight))).toEqual(new Set([1, 2]));
  });

  it('looks the same at rest, full size and shrunk to the thinnest line', () => {
    for (const scale of [1, 0.3]) {
      expectAlike(drawBothWays(small, NONE, scale));
      cleanup();
    }
  });

  it('looks the same lit and dimmed', () => {
    const lit = small.edges.find((e) => e.weight === 2)!;
    const emphasis: Emphasis = { source: 'node', nodes: new Set([lit.source, lit.target]), edges: new Set([lit.id]) };
    const rows = drawBothWays(small, emphasis, 1);
    expectAlike(rows);
    expect(rows.find((r) => r.id === lit.id)!.svg.opacity).toBe(1);
    expect(rows.filter((r) => r.id !== lit.id).every((r) => r.svg.opacity < 0.2)).toBe(true);
  });

  it('looks the same on a crowded graph, where edges at rest are fainter', () => {
    const some = [...crowded.edges.filter((e) => e.weight > 1), ...crowded.edges.filter((e) => e.weight === 1).slice(0, 10)];
    const rows = drawBothWays(crowded, NONE, 0.5, some);
    expect(rows).toHaveLength(15);
    expectAlike(rows);
    const once = rows.find((r) => r.id === crowded.edges.find((e) => e.weight === 1)!.id)!;
    expect(once.svg.opacity).toBeCloseTo(0.36, 9);
  });
});

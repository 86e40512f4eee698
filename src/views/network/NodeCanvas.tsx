import { useEffect, useRef } from 'react';
import type { Emphasis } from '../../lib/network/emphasis';
import type { NetworkGraph } from '../../lib/network/graph';
import type { Point } from '../../lib/network/navigate';
import { NODE_DIM_OPACITY, NODE_RIM, ORG_CORNER, ORG_SQUARE } from '../../lib/draw-style';
import { SIDE_COLORS } from '../../lib/sides';
import { freshCanvas } from '../../ui/canvas';

interface Props {
  graph: NetworkGraph;
  /** Node centres and radii in screen px. */
  screen: ReadonlyMap<string, Point>;
  radius: ReadonlyMap<string, number>;
  emphasis: Emphasis;
  width: number;
  height: number;
}

/**
 * The actors' circles and squares of a large graph, painted in one pass: each actor stays
 * an SVG element for the pointer, the keyboard and assistive technology (see NodeLayer),
 * but without a shape of its own, so a thousand actors cost a third fewer elements to
 * create, style and paint. Drawn as the SVG draws them: side colour, white rim, dimmed
 * outside the emphasis, in graph order.
 */
export function NodeCanvas({ graph, screen, radius, emphasis, width, height }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = freshCanvas(ref.current, width, height)?.ctx;
    if (!ctx) return;
    ctx.strokeStyle = NODE_RIM.color;
    ctx.lineWidth = NODE_RIM.width;
    const any = emphasis.source !== null;
    for (const n of graph.nodes) {
      const p = screen.get(n.id);
      const r = radius.get(n.id);
      if (!p || r === undefined || p.x < -r || p.y < -r || p.x > width + r || p.y > height + r) continue;
      ctx.globalAlpha = any && !emphasis.nodes.has(n.id) ? NODE_DIM_OPACITY : 1;
      ctx.fillStyle = SIDE_COLORS[n.side];
      ctx.beginPath();
      if (n.kind === 'person') ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
      else {
        const s = r * ORG_SQUARE;
        ctx.roundRect(p.x - s / 2, p.y - s / 2, s, s, ORG_CORNER);
      }
      ctx.fill();
      ctx.stroke();
    }
  }, [graph, screen, radius, emphasis, width, height]);
  return <canvas ref={ref} aria-hidden="true" className="pointer-events-none absolute inset-0 z-0" style={{ width, height }} />;
}

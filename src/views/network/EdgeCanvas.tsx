import { useEffect, useRef } from 'react';
import type { Emphasis } from '../../lib/network/emphasis';
import type { NetworkGraph } from '../../lib/network/graph';
import type { Point } from '../../lib/network/navigate';
import { edgeLook } from './edge-style';

interface Props {
  graph: NetworkGraph;
  screen: ReadonlyMap<string, Point>;
  emphasis: Emphasis;
  width: number;
  height: number;
  /** Line widths shrink with the marks while zoomed out. */
  scale: number;
}

/** All edges of a large graph as one picture: thousands of lines without thousands of elements. */
export function EdgeCanvas({ graph, screen, emphasis, width, height, scale }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const any = emphasis.source !== null;
    const pass = (lit: boolean) => {
      for (const e of graph.edges) {
        if (any && emphasis.edges.has(e.id) !== lit) continue;
        const a = screen.get(e.source);
        const b = screen.get(e.target);
        if (!a || !b) continue;
        const look = edgeLook(e, graph.maxWeight, !any ? 'normal' : lit ? 'lit' : 'dim');
        ctx.globalAlpha = look.opacity * (any ? 1 : 0.6);
        ctx.strokeStyle = look.color;
        ctx.lineWidth = Math.max(0.5, look.width * scale);
        ctx.setLineDash(look.dash ? look.dash.split(' ').map(Number) : []);
        ctx.beginPath();
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(b.x, b.y);
        ctx.stroke();
      }
    };
    pass(false);
    if (any) pass(true);
  }, [graph, screen, emphasis, width, height, scale]);
  return <canvas ref={ref} aria-hidden="true" className="pointer-events-none absolute inset-0 z-0" style={{ width, height }} />;
}

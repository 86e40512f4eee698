import { memo } from 'react';
import { chevronPath, FADE_OPACITY, wedgePath, type Prim } from '../../lib/timeline/geometry';
import { CHEVRON_W, OUTLINE_DASH, OUTLINE_W } from '../../lib/draw-style';
import { SIDE_COLORS } from '../../lib/sides';

const FADE_OPACITIES = [FADE_OPACITY.occurred, FADE_OPACITY.planned];

const fadeId = (prefix: string, color: string, toward: 'left' | 'right', opacity: number) =>
  `${prefix}-fade-${color.slice(1)}-${toward}-${Math.round(opacity * 100)}`;

/** Gradients for the open-ended stubs: one per colour, direction and strength. */
export const FadeGradients = memo(function FadeGradients({ prefix }: { prefix: string }) {
  const out = [];
  for (const color of Object.values(SIDE_COLORS))
    for (const toward of ['left', 'right'] as const)
      for (const o of FADE_OPACITIES)
        out.push(
          <linearGradient key={fadeId(prefix, color, toward, o)} id={fadeId(prefix, color, toward, o)} x1={toward === 'right' ? 0 : 1} x2={toward === 'right' ? 1 : 0}>
            <stop offset="0" stopColor={color} stopOpacity={o} />
            <stop offset="1" stopColor={color} stopOpacity={0} />
          </linearGradient>,
        );
  return <defs>{out}</defs>;
});

function outlinePath(q: Extract<Prim, { kind: 'outline' }>): string {
  const [l, t, r, b] = [q.x, q.y, q.x + q.w, q.y + q.h];
  if (q.open === 'right') return `M${r} ${t}H${l}V${b}H${r}`;
  if (q.open === 'left') return `M${l} ${t}H${r}V${b}H${l}`;
  return `M${l} ${t}H${r}V${b}H${l}Z`;
}

/** A mark's shapes (discs, wedges, bands, outlines, stubs, arrows) as SVG: the twin of the canvas's paintPrims, same primitives, same look. */
export function MarkShapes({ prims, prefix }: { prims: readonly Prim[]; prefix: string }) {
  return (
    <>
      {prims.map((q, i) => {
        switch (q.kind) {
          case 'rect':
            return <rect key={i} x={q.x} y={q.y} width={q.w} height={q.h} fill={q.fill} fillOpacity={q.opacity} />;
          case 'outline':
            return (
              <path key={i} d={outlinePath(q)} fill="none" stroke={q.stroke} strokeWidth={OUTLINE_W} strokeDasharray={q.dashed ? OUTLINE_DASH.join(' ') : undefined} />
            );
          case 'wedge':
            return <path key={i} d={wedgePath(q.r0, q.r1, q.a0, q.a1)} fill={q.fill} />;
          case 'disc':
            return <circle key={i} r={q.r} fill={q.fill} stroke={q.stroke} strokeWidth={q.width} />;
          case 'line':
            return <line key={i} x1={q.x1} y1={q.y1} x2={q.x2} y2={q.y2} stroke={q.stroke} strokeWidth={q.width} />;
          case 'fade':
            return <rect key={i} x={q.x} y={q.y} width={q.w} height={q.h} fill={`url(#${fadeId(prefix, q.color, q.toward, q.opacity)})`} />;
          case 'chevron':
            return <path key={i} d={chevronPath(q.x, q.dir)} fill="none" stroke={q.stroke} strokeWidth={CHEVRON_W} strokeLinecap="round" strokeLinejoin="round" />;
        }
      })}
    </>
  );
}

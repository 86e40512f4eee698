import type { ReactNode } from 'react';

interface Props {
  id: string;
  /** Anchor point in the coordinates of the nearest positioned ancestor. */
  x: number;
  y: number;
  /** Width of that ancestor, to keep the tooltip inside it. */
  containerWidth: number;
  children: ReactNode;
  /** From useHoverableTip: the pointer may rest on the tooltip. */
  hoverable?: boolean;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

const WIDTH = 288;

/**
 * A tooltip that flips to stay inside its container. Content is React children, so dataset
 * text is always rendered as text. Give the anchor `aria-describedby={id}`.
 */
export function Tooltip({ id, x, y, containerWidth, children, hoverable = false, onPointerEnter, onPointerLeave }: Props) {
  const left = Math.max(4, Math.min(x - WIDTH / 2, containerWidth - WIDTH - 4));
  const above = y > 140;
  return (
    <div
      id={id}
      role="tooltip"
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      className={`${hoverable ? 'pointer-events-auto' : 'pointer-events-none'} absolute z-30 w-72 rounded-md border border-slate-300 bg-white p-2.5 text-xs leading-snug text-slate-800 shadow-lg`}
      style={{ left, top: above ? undefined : y + 14, bottom: above ? `calc(100% - ${y - 10}px)` : undefined }}
    >
      {children}
    </div>
  );
}

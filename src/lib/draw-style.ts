import type { RelationKind } from '../data/schema';

/**
 * The style constants that a view's SVG and its canvas both draw with: each mark has one
 * look, whichever medium a rendering mode (see thresholds.ts) puts it in.
 */

// Timeline marks

/** An uncertain or planned span's outline, and a planned stub's. */
export const OUTLINE_W = 1.5;
/** A planned outline's dashes: on, off (px), as SVG's stroke-dasharray and canvas's setLineDash read them. */
export const OUTLINE_DASH: readonly [number, number] = [4, 3];
/** The arrow at an open end. */
export const CHEVRON_W = 2;

// Network edges and nodes

/** Line style per stated relation; plain co-occurrence is a solid line. */
export const RELATION_DASH: Record<RelationKind, string> = {
  counterpart: '10 4',
  leads: '2 3',
  'member-of': '8 3 2 3',
  'spokesperson-for': '4 3',
  'envoy-of': '12 3 2 3 2 3',
  'adviser-to': '5 2 1 2',
};

export const EDGE_COLOR = {
  /** A stated relation. */
  relation: '#334155',
  /** Several shared events. */
  repeated: '#64748b',
  /** One shared event. */
  single: '#94a3b8',
  /** An edge of the actor or event in play. */
  lit: '#0f172a',
} as const;

export const EDGE_OPACITY = {
  relation: 0.8,
  repeated: 0.8,
  single: 0.6,
  lit: 1,
  dim: 0.12,
} as const;

/**
 * At rest (nothing in play), a graph with its edges on the canvas (hundreds of them) draws
 * each this much fainter, so crossings do not fill the picture.
 */
export const CROWDED_REST = 0.6;

/** No edge is drawn thinner than this (px), however far a large graph is zoomed out. */
export const EDGE_MIN_W = 0.75;

/** An actor's shape: white rim, an organisation's square this many radii across with rounded corners. */
export const NODE_RIM = { color: '#fff', width: 1.5 } as const;
export const ORG_SQUARE = 1.6;
export const ORG_CORNER = 2.5;
/** An actor outside what is in play (the SVG's `group-data-[tone=dim]:opacity-30`). */
export const NODE_DIM_OPACITY = 0.3;

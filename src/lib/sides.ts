import type { Side } from '../data/schema';

/** Lane and legend order: the two negotiating parties first. */
export const SIDE_ORDER: readonly Side[] = ['us', 'ru', 'ua', 'europe', 'mediator', 'other'];

/** Side colours, each ≥ 4.5:1 against white so they can colour text as well as marks. */
export const SIDE_COLORS: Record<Side, string> = {
  us: '#1d4ed8',
  ru: '#b91c1c',
  ua: '#a16207',
  europe: '#6d28d9',
  mediator: '#0f766e',
  other: '#475569',
};

/**
 * Pixel geometry shared by layout, drawing and hit-testing. A row is 24 px so that every
 * mark can own a 24 × 24 px target (WCAG 2.5.8) without overlapping its neighbours.
 */
export const ROW = 24;
export const LANE_PAD = 4;
/** Each lane opens with a strip for its label, so labels never cover marks or cost width. */
export const LANE_HEAD = 18;
export const POINT_R = 6;
export const BAR_H = 12;
/** An open bound is drawn as a short stub: long enough to read, never a fake span. */
export const STUB_PX = 36;
export const HIT = 24;
export const GAP = 2;
export const MIN_BAR_PX = 6;
/** Empty margin at each end of the axis at the fitted zoom, so edge marks are not clipped. */
export const INSET_PX = 44;
/** The deepest zoom shows about half a day across the plot. */
export const MIN_VISIBLE_MS = 12 * 3_600_000;

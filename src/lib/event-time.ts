import { DAY_MS, dayToMs } from '../data/dates';
import type { EventDate } from '../data/schema';

/**
 * An event's extent in UTC milliseconds, end exclusive. An open bound (a range that
 * leaves start or end `null`) collapses to the known day and is flagged, so views can
 * draw it as "on or after" / "on or before" instead of inventing a span.
 */
export interface EventTime {
  start: number;
  end: number;
  openStart: boolean;
  openEnd: boolean;
}

export function eventTime(d: EventDate): EventTime {
  const s = d.start === null ? null : dayToMs(d.start);
  const e = d.end === null ? null : dayToMs(d.end) + DAY_MS;
  if (s !== null && e !== null) return { start: s, end: e, openStart: false, openEnd: false };
  if (s !== null) return { start: s, end: s + DAY_MS, openStart: false, openEnd: true };
  const known = e ?? 0;
  return { start: known - DAY_MS, end: known, openStart: true, openEnd: false };
}

/** Does the event possibly fall in [from, to) (ms)? Open bounds reach to infinity. */
export function overlaps(t: EventTime, from: number, to: number): boolean {
  const s = t.openStart ? -Infinity : t.start;
  const e = t.openEnd ? Infinity : t.end;
  return s < to && e > from;
}

/** An event's date as the dataset holds it (only what time order needs). */
export interface DatedEvent {
  id: string;
  date: { start: string | null; end: string | null };
}

export const DAY = 86_400_000;

/** Start and end (exclusive) in ms; an open bound counts as its known day. */
export function bounds(e: DatedEvent): [number, number] {
  const s = e.date.start === null ? null : Date.parse(e.date.start);
  const end = e.date.end === null ? null : Date.parse(e.date.end) + DAY;
  if (s !== null && end !== null) return [s, end];
  if (s !== null) return [s, s + DAY];
  return [end! - DAY, end!];
}

/**
 * Time order as the data defines it (start, then end, then id), computed here on its own
 * so the tests do not lean on the app's sorting.
 */
export function inTimeOrder<T extends DatedEvent>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => {
    const [as, ae] = bounds(a);
    const [bs, be] = bounds(b);
    return as - bs || ae - be || (a.id < b.id ? -1 : 1);
  });
}

/**
 * The article cut into runs for display: each run lists the highlights that cover it (quotes,
 * mentions and dates may overlap), and knows its offsets, so a DOM selection maps back to
 * exact offsets in the text. A selection becomes a quote only inside the article's body.
 */
import type { Span } from './text';

export type MarkKind = 'quote' | 'mention' | 'date' | 'accepted';

export interface Mark extends Span {
  kind: MarkKind;
}

export interface Segment extends Span {
  kinds: MarkKind[];
  inBody: boolean;
}

/** Runs covering the whole text, cut at every mark edge and at the body's edges. */
export function segmentText(length: number, marks: readonly Mark[], body: Span | null): Segment[] {
  const cuts = new Set<number>([0, length]);
  if (body) {
    cuts.add(body.start);
    cuts.add(body.end);
  }
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(length, m.start)));
    cuts.add(Math.max(0, Math.min(length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: marks sorted by start, the active ones kept in a small list.
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const active: Mark[] = [];
  const out: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < sorted.length && sorted[next]!.start <= start) active.push(sorted[next++]!);
    for (let k = active.length - 1; k >= 0; k--) if (active[k]!.end <= start) active.splice(k, 1);
    const kinds = [...new Set(active.filter((m) => m.start <= start && end <= m.end).map((m) => m.kind))];
    out.push({ start, end, kinds, inBody: !body || (body.start <= start && end <= body.end) });
  }
  return out;
}

export type SelectionQuote = { ok: true; start: number; end: number; text: string } | { ok: false; reason: 'empty' | 'outside-body'; body?: Span };

/**
 * A selection from `a` to `b` (either order) as a quote: white space at its edges left out,
 * its text the exact slice. Refused when nothing is selected or it leaves the body.
 */
export function quoteFromSelection(text: string, a: number, b: number, body: Span | null): SelectionQuote {
  let start = Math.max(0, Math.min(a, b));
  let end = Math.min(text.length, Math.max(a, b));
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (start >= end) return { ok: false, reason: 'empty' };
  if (body && (start < body.start || end > body.end)) return { ok: false, reason: 'outside-body', body };
  return { ok: true, start, end, text: text.slice(start, end) };
}

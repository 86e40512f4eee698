import type { DatasetEvent } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import type { Messages } from '../../i18n/messages';
import { formatDay, formatEventDate } from '../../lib/format-date';
import { DAY_MS, msToDay } from '../../data/dates';

/** "15 Feb 2025 — Rubio and Lavrov speak by phone": the accessible name of a mark. */
export function eventName(ev: DatasetEvent, lang: Lang, t: Messages): string {
  return t.timeline.eventName(formatEventDate(ev.date, lang), ev.title[lang]);
}

/** [from, to) in ms as compact dates: "10–23 Feb 2025". */
export function spanLabel(from: number, to: number, lang: Lang): string {
  return formatEventDate({ start: msToDay(from), end: msToDay(to - DAY_MS), precision: 'range', basis: '-' }, lang);
}

/** A day given in ms, as "15 Feb 2025". */
export function dayLabel(ms: number, lang: Lang): string {
  return formatDay(msToDay(ms), lang);
}

/** [from, to) in ms, any time of day, as compact dates: "1 Jan 2016 – 9 Feb 2025". */
export function rangeLabel(from: number, to: number, lang: Lang): string {
  const a = msToDay(from);
  const z = msToDay(Math.max(from, to - 1));
  return a === z ? formatDay(a, lang) : formatEventDate({ start: a, end: z, precision: 'range', basis: '-' }, lang);
}

/** The years [from, to) touches, "2016–2025" (or "2016–25" where room is short), or the one year. */
export function yearsLabel(from: number, to: number, short = false): string {
  const a = new Date(from).getUTCFullYear();
  const z = new Date(Math.max(from, to - 1)).getUTCFullYear();
  if (a === z) return String(a);
  return short && Math.floor(a / 100) === Math.floor(z / 100) ? `${a}–${String(z).slice(2)}` : `${a}–${z}`;
}

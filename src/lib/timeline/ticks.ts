import {
  utcDay,
  utcHour,
  utcMonday,
  utcMonth,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3-time';
import type { Lang } from '../../i18n/lang';

export type TickUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

interface Candidate {
  interval: TimeInterval;
  /** Typical step, ms, to estimate spacing. */
  step: number;
  unit: TickUnit;
}

const H = 3_600_000;
const D = 24 * H;
const every = (i: CountableTimeInterval, n: number) => i.every(n)!;

const CANDIDATES: readonly Candidate[] = [
  { interval: utcHour, step: H, unit: 'hour' },
  { interval: every(utcHour, 3), step: 3 * H, unit: 'hour' },
  { interval: every(utcHour, 6), step: 6 * H, unit: 'hour' },
  { interval: every(utcHour, 12), step: 12 * H, unit: 'hour' },
  { interval: utcDay, step: D, unit: 'day' },
  { interval: every(utcDay, 2), step: 2 * D, unit: 'day' },
  { interval: utcMonday, step: 7 * D, unit: 'week' },
  { interval: utcMonth, step: 30.44 * D, unit: 'month' },
  { interval: every(utcMonth, 3), step: 91.3 * D, unit: 'month' },
  { interval: every(utcMonth, 6), step: 182.6 * D, unit: 'month' },
  { interval: utcYear, step: 365.25 * D, unit: 'year' },
  { interval: every(utcYear, 2), step: 730.5 * D, unit: 'year' },
  { interval: every(utcYear, 5), step: 1826 * D, unit: 'year' },
  { interval: every(utcYear, 10), step: 3652 * D, unit: 'year' },
];

/** Least room a label needs, px: "06:00", "15", "sept", "2016" plus breathing space. */
const MIN_SPACING: Record<TickUnit, number> = { hour: 52, day: 30, week: 34, month: 44, year: 46 };

const LOCALES: Record<Lang, string> = { en: 'en-GB', es: 'es-ES' };
const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: Lang, opts: Intl.DateTimeFormatOptions): (t: number) => string {
  const key = `${lang}|${JSON.stringify(opts)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', ...opts })));
  return (t) => f.format(t).replace(/\.$/, '');
}

/** Tick labels in the interface language: month names come from Intl, never hard-coded. */
export function tickLabel(t: number, unit: TickUnit, lang: Lang): string {
  switch (unit) {
    case 'hour':
      return fmt(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })(t);
    case 'day':
    case 'week':
      return fmt(lang, { day: 'numeric' })(t);
    case 'month':
      return fmt(lang, { month: 'short' })(t);
    case 'year':
      return String(new Date(t).getUTCFullYear());
  }
}

/** The wider unit that gives a tick its context: hours sit in a day, days in a month… */
const CONTEXT: Record<TickUnit, { interval: TimeInterval; label: (t: number, lang: Lang) => string } | null> = {
  hour: { interval: utcDay, label: (t, lang) => fmt(lang, { day: 'numeric', month: 'short', year: 'numeric' })(t) },
  day: { interval: utcMonth, label: (t, lang) => fmt(lang, { month: 'long', year: 'numeric' })(t) },
  week: { interval: utcMonth, label: (t, lang) => fmt(lang, { month: 'long', year: 'numeric' })(t) },
  month: { interval: utcYear, label: (t) => String(new Date(t).getUTCFullYear()) },
  year: null,
};

export interface Tick {
  t: number;
  x: number;
  label: string;
}

export interface AxisTicks {
  unit: TickUnit;
  ticks: Tick[];
  /** Labels for the wider unit; the first may be pinned at x = 0 for the period in view. */
  context: Tick[];
}

/** Rough label width for collision checks, px (12 px sans-serif). */
export const labelWidth = (s: string) => s.length * 6.6 + 6;

/**
 * Adaptive ticks for [t0, t1] over `width` px: the finest interval whose labels do not
 * crowd, from hours (a day in view) to decades (a century in view).
 */
export function axisTicks(t0: number, t1: number, width: number, lang: Lang): AxisTicks {
  const pxPerMs = width / Math.max(1, t1 - t0);
  const c =
    CANDIDATES.find((cand) => cand.step * pxPerMs >= MIN_SPACING[cand.unit]) ?? CANDIDATES[CANDIDATES.length - 1]!;
  const x = (t: number) => (t - t0) * pxPerMs;
  // A label that would be cut by an edge is left off; its tick line stays.
  const fits = (px: number, label: string) => px - labelWidth(label) / 2 >= 0 && px + labelWidth(label) / 2 <= width;
  const ticks = c.interval.range(new Date(t0), new Date(t1 + 1)).map((d) => {
    const label = tickLabel(+d, c.unit, lang);
    return { t: +d, x: x(+d), label: fits(x(+d), label) ? label : '' };
  });
  const ctx = CONTEXT[c.unit];
  const context: Tick[] = [];
  if (ctx) {
    const starts = ctx.interval.range(new Date(t0), new Date(t1 + 1)).map((d) => +d);
    const pinned = +ctx.interval.floor(new Date(t0));
    if (pinned < t0) {
      const label = ctx.label(pinned, lang);
      const next = starts[0];
      // Pin the current period's label at the left edge unless the next one would collide.
      if (next === undefined || x(next) > labelWidth(label) + 8) context.push({ t: pinned, x: 0, label });
    }
    for (const t of starts) {
      const label = ctx.label(t, lang);
      context.push({ t, x: x(t), label: x(t) + labelWidth(label) <= width ? label : '' });
    }
  }
  return { unit: c.unit, ticks, context };
}

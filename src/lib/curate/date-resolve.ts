/**
 * Resolving a date expression against the publication date, with a basis sentence a reader
 * can check, in the dataset's style ("«el miércoles»: the Wednesday before publication on
 * Saturday 2025-02-15 → 2025-02-12."). What the text leaves open comes back as `null` with a
 * reason: a weekday or a day without a year needs a tense (or "pasado", "próximo") to say
 * which side of publication it lies on, and is never guessed.
 */
import type { Precision } from '../../data/schema';
import {
  addDays,
  compareDays,
  isoDay,
  mondayOf,
  monthSpan,
  MONTHS_EN,
  named,
  shiftMonth,
  weekdayOf,
  WEEKDAYS_EN,
  yearSpan,
} from './calendar';
import type { DateExpr, Unit } from './date-expressions';
import type { Tense } from './tense';

export interface DraftDate {
  start: string | null;
  end: string | null;
  precision: Precision;
  basis: string;
}

export type Resolution = { date: DraftDate; reason?: undefined } | { date: null; reason: string };

export interface ResolveContext {
  /** The expression as written, and with its preposition for a bare year («en 2016»). */
  quoted: string;
  published: string;
  /** The tense the sentence gives, and the word that gives it. */
  tense: { tense: Tense; word: string } | null;
}

const EN_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const count = (n: number, unit: Unit) => `${n < EN_NUMBERS.length ? EN_NUMBERS[n] : String(n)} ${unit}${n === 1 ? '' : 's'}`;
const monthName = (y: number, m: number) => `${MONTHS_EN[m - 1]} ${y}`;

function tenseNote(ctx: ResolveContext): string {
  return ctx.tense ? ` ${ctx.tense.tense === 'past' ? 'Past' : 'Future'} tense: «${ctx.tense.word}».` : '';
}

const day = (d: string, basis: string): Resolution => ({ date: { start: d, end: d, precision: 'day', basis } });
const span = (start: string, end: string, precision: Precision, basis: string): Resolution => ({ date: { start, end, precision, basis } });
const unresolved = (reason: string): Resolution => ({ date: null, reason });

/** Which side of publication: an explicit word first, else the tense. */
function side(direction: 'last' | 'next' | 'this' | null, ctx: ResolveContext): 'last' | 'next' | null {
  if (direction === 'last' || direction === 'next') return direction;
  if (!ctx.tense) return null;
  return ctx.tense.tense === 'past' ? 'last' : 'next';
}

export function resolveDate(expr: DateExpr, ctx: ResolveContext): Resolution {
  const pub = ctx.published;
  const pubText = `publication on ${named(pub)}`;
  const q = `«${ctx.quoted}»`;
  switch (expr.kind) {
    case 'unresolvable':
      return unresolved(
        expr.why === 'narrative'
          ? `${q} counts from another date in the article, not from publication; resolve it by hand.`
          : `${q} gives no number to count from publication.`,
      );
    case 'relative-day': {
      const d = addDays(pub, expr.days);
      if (expr.days === 0) return day(d, `${q}: the day of publication, ${named(pub)}.`);
      const what = expr.days === -1 ? 'the day before' : expr.days === 1 ? 'the day after' : `${count(Math.abs(expr.days), 'day')} ${expr.days < 0 ? 'before' : 'after'}`;
      return day(d, `${q}: ${what} ${pubText} → ${named(d)}.`);
    }
    case 'weekday': {
      const name = WEEKDAYS_EN[expr.weekday]!;
      if (expr.direction === 'this') {
        const monday = mondayOf(pub);
        const d = addDays(monday, (expr.weekday + 6) % 7);
        return day(d, `${q}: the ${name} of the week of ${pubText} (Monday ${monday} to Sunday ${addDays(monday, 6)}) → ${d}.`);
      }
      const dir = side(expr.direction, ctx);
      const back = (weekdayOf(pub) - expr.weekday + 7) % 7 || 7;
      const ahead = (expr.weekday - weekdayOf(pub) + 7) % 7 || 7;
      const before = addDays(pub, -back);
      const after = addDays(pub, ahead);
      if (!dir)
        return unresolved(`${q}: no verb in the sentence says whether it lies before or after ${pubText} (${before} or ${after}).`);
      const d = dir === 'last' ? before : after;
      const note = expr.direction ? '' : tenseNote(ctx);
      return day(d, `${q}: the ${name} ${dir === 'last' ? 'before' : 'after'} ${pubText} → ${d}.${note}`);
    }
    case 'relative': {
      if (expr.unit === 'week') {
        const monday = addDays(mondayOf(pub), 7 * expr.offset);
        const which = expr.offset === 0 ? 'the week of' : expr.offset > 0 ? 'the week after' : 'the week before';
        return span(monday, addDays(monday, 6), 'week', `${q}: ${which} ${pubText}, Monday ${monday} to Sunday ${addDays(monday, 6)}.`);
      }
      if (expr.unit === 'month') {
        const [y, m] = shiftMonth(pub, expr.offset);
        const s = monthSpan(y, m);
        const which = expr.offset === 0 ? 'the month of' : expr.offset > 0 ? 'the month after' : 'the month before';
        return span(s.start, s.end, 'month', `${q}: ${which} ${pubText}, ${monthName(y, m)} (${s.start} to ${s.end}).`);
      }
      const y = Number(pub.slice(0, 4)) + expr.offset;
      const s = yearSpan(y);
      const which = expr.offset === 0 ? 'the year of' : expr.offset > 0 ? 'the year after' : 'the year before';
      return span(s.start, s.end, 'year', `${q}: ${which} ${pubText}, ${y}.`);
    }
    case 'year': {
      const s = yearSpan(expr.year);
      return span(s.start, s.end, 'year', `${q}: the article gives only the year, ${expr.year}.`);
    }
    case 'year-range': {
      return span(yearSpan(expr.from).start, yearSpan(expr.to).end, 'range', `${q}: the years as written, ${expr.from} to ${expr.to}.`);
    }
    case 'count': {
      const dir = expr.sign < 0 ? 'before' : 'after';
      const what = `${count(expr.n, expr.unit)} ${dir} ${pubText}`;
      if (expr.unit === 'day') {
        const d = addDays(pub, expr.sign * expr.n);
        return day(d, `${q}: ${what} → ${named(d)}.`);
      }
      if (expr.unit === 'week') {
        const d = addDays(pub, expr.sign * 7 * expr.n);
        const monday = mondayOf(d);
        return span(monday, addDays(monday, 6), 'week', `${q}: ${what} is ${d}; the week holding it, Monday ${monday} to Sunday ${addDays(monday, 6)}.`);
      }
      if (expr.unit === 'month') {
        const [y, m] = shiftMonth(pub, expr.sign * expr.n);
        const s = monthSpan(y, m);
        return span(s.start, s.end, 'month', `${q}: ${what}, ${monthName(y, m)} (${s.start} to ${s.end}).`);
      }
      const y = Number(pub.slice(0, 4)) + expr.sign * expr.n;
      const s = yearSpan(y);
      return span(s.start, s.end, 'year', `${q}: ${what}, ${y}.`);
    }
    case 'day': {
      const label = `${expr.day} ${MONTHS_EN[expr.month - 1]}`;
      if (expr.year !== null) {
        const d = isoDay(expr.year, expr.month, expr.day);
        return d ? day(d, `${q}: the date as written, ${named(d)}.`) : unresolved(`${q} is not a calendar date.`);
      }
      const y = Number(pub.slice(0, 4));
      const same = isoDay(y, expr.month, expr.day);
      if (same === pub) return day(pub, `${q}: the day of publication, ${named(pub)}.`);
      const candidates = [isoDay(y - 1, expr.month, expr.day), same, isoDay(y + 1, expr.month, expr.day)].filter((x): x is string => x !== null);
      const before = candidates.filter((c) => compareDays(c, pub) < 0).pop();
      const after = candidates.find((c) => compareDays(c, pub) > 0);
      const dir = side(expr.direction, ctx);
      if (!before && !after) return unresolved(`${q} is not a calendar date.`);
      if (!dir) return unresolved(`${q}: no year given, and no verb says whether it lies before or after ${pubText} (${before} or ${after}).`);
      const d = dir === 'last' ? before : after;
      if (!d) return unresolved(`${q} is not a calendar date.`);
      return day(d, `${q}: no year given; the ${dir === 'last' ? 'latest' : 'first'} ${label} ${dir === 'last' ? 'before' : 'after'} ${pubText} → ${named(d)}.${expr.direction ? '' : tenseNote(ctx)}`);
    }
    case 'month': {
      if (expr.year !== null) {
        const s = monthSpan(expr.year, expr.month);
        return span(s.start, s.end, 'month', `${q}: the month as written, ${monthName(expr.year, expr.month)} (${s.start} to ${s.end}).`);
      }
      const y = Number(pub.slice(0, 4));
      const pm = Number(pub.slice(5, 7));
      if (expr.month === pm && !expr.direction) {
        const s = monthSpan(y, pm);
        return span(s.start, s.end, 'month', `${q}: no year given; the month of ${pubText}, ${monthName(y, pm)} (${s.start} to ${s.end}).`);
      }
      const dir = side(expr.direction, ctx);
      const beforeY = expr.month < pm ? y : y - 1;
      const afterY = expr.month > pm ? y : y + 1;
      if (!dir)
        return unresolved(`${q}: no year given, and no verb says whether it lies before or after ${pubText} (${monthName(beforeY, expr.month)} or ${monthName(afterY, expr.month)}).`);
      const yy = dir === 'last' ? beforeY : afterY;
      const s = monthSpan(yy, expr.month);
      return span(s.start, s.end, 'month', `${q}: no year given; the ${dir === 'last' ? 'latest' : 'first'} ${MONTHS_EN[expr.month - 1]} ${dir === 'last' ? 'before' : 'after'} ${pubText}, ${monthName(yy, expr.month)} (${s.start} to ${s.end}).${expr.direction ? '' : tenseNote(ctx)}`);
    }
    case 'day-range': {
      const y0 = expr.year;
      const build = (y: number) => {
        const a = isoDay(y, expr.month, expr.from);
        const b = isoDay(y, expr.month, expr.to);
        return a && b && a < b ? { a, b } : null;
      };
      if (y0 !== null) {
        const r = build(y0);
        return r ? span(r.a, r.b, 'range', `${q}: the days as written, ${r.a} to ${r.b}.`) : unresolved(`${q} is not a span of calendar days.`);
      }
      const y = Number(pub.slice(0, 4));
      const here = build(y);
      if (!here) return unresolved(`${q} is not a span of calendar days.`);
      if (here.a <= pub && pub <= here.b) return span(here.a, here.b, 'range', `${q}: no year given; the days around ${pubText}, ${here.a} to ${here.b}.`);
      const dir = side(null, ctx);
      const before = here.b < pub ? here : build(y - 1);
      const after = here.a > pub ? here : build(y + 1);
      if (!dir || !before || !after)
        return unresolved(`${q}: no year given, and no verb says whether it lies before or after ${pubText}.`);
      const r = dir === 'last' ? before : after;
      return span(r.a, r.b, 'range', `${q}: no year given; the ${dir === 'last' ? 'latest' : 'first'} such days ${dir === 'last' ? 'before' : 'after'} ${pubText}, ${r.a} to ${r.b}.${tenseNote(ctx)}`);
    }
  }
}

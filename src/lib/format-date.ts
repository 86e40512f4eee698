import type { EventDate } from '../data/schema';
import type { Lang } from '../i18n/lang';
import { dayToMs } from '../data/dates';

const LOCALES: Record<Lang, string> = { en: 'en-GB', es: 'es-ES' };

const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: Lang, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(opts)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', ...opts });
    formatters.set(key, f);
  }
  return f;
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/** "15 Feb 2025" / "15 feb 2025", from an ISO day. */
export function formatDay(iso: string, lang: Lang): string {
  return fmt(lang, DAY).format(dayToMs(iso)).replace(/\./g, '');
}

function formatSpan(start: string, end: string, lang: Lang): string {
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const sameMonth = sameYear && start.slice(5, 7) === end.slice(5, 7);
  if (sameMonth) {
    const month = fmt(lang, { month: 'short', year: 'numeric' }).format(dayToMs(end)).replace(/\./g, '');
    return `${Number(start.slice(8))}–${Number(end.slice(8))} ${month}`;
  }
  const first = sameYear ? fmt(lang, DAY_MONTH).format(dayToMs(start)).replace(/\./g, '') : formatDay(start, lang);
  return `${first} – ${formatDay(end, lang)}`;
}

/**
 * An event's date in words that keep its precision: a day, "week of 17–23 Feb 2025",
 * "February 2025", "2016", a span, or an open bound ("on or after 15 Feb 2025").
 */
export function formatEventDate(d: EventDate, lang: Lang): string {
  const es = lang === 'es';
  const { start, end } = d;
  if (start === null && end !== null) return es ? `hasta el ${formatDay(end, lang)}` : `on or before ${formatDay(end, lang)}`;
  if (end === null && start !== null) return es ? `desde el ${formatDay(start, lang)}` : `on or after ${formatDay(start, lang)}`;
  if (start === null || end === null) return es ? 'fecha desconocida' : 'unknown date';
  switch (d.precision) {
    case 'day':
      return formatDay(start, lang);
    case 'week':
      return es ? `semana del ${formatSpan(start, end, lang)}` : `week of ${formatSpan(start, end, lang)}`;
    case 'month':
      return fmt(lang, MONTH).format(dayToMs(start));
    case 'year':
      return start.slice(0, 4);
    case 'range':
      return formatSpan(start, end, lang);
  }
}

/** The precision in words, for tooltips and the date basis: "exact day", "within a week"… */
export function describePrecision(d: EventDate, lang: Lang): string {
  const es = lang === 'es';
  if (d.start === null || d.end === null)
    return es ? 'abierta: solo se conoce un extremo' : 'open-ended: only one bound is known';
  switch (d.precision) {
    case 'day':
      return es ? 'día exacto' : 'exact day';
    case 'week':
      return es ? 'en algún momento de esa semana' : 'some time that week';
    case 'month':
      return es ? 'en algún momento de ese mes' : 'some time that month';
    case 'year':
      return es ? 'en algún momento de ese año' : 'some time that year';
    case 'range':
      return es ? 'entre esas fechas' : 'between those dates';
  }
}

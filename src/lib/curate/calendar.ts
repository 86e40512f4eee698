/**
 * Calendar arithmetic on ISO days (YYYY-MM-DD, UTC, no time of day), as the dataset counts
 * them, plus the English names the basis sentences use.
 */
import { addDays, dayToMs, isValidIsoDate, lastDayOfMonth, msToDay } from '../../data/dates';

export { addDays, isValidIsoDate, lastDayOfMonth };

export const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return new Date(dayToMs(day)).getUTCDay();
}

/** "Saturday 2025-02-15". */
export function named(day: string): string {
  return `${WEEKDAYS_EN[weekdayOf(day)]} ${day}`;
}

export function isoDay(year: number, month: number, day: number): string | null {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidIsoDate(s) ? s : null;
}

/** The Monday that starts the (Monday-to-Sunday) week holding `day`. */
export function mondayOf(day: string): string {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

export function monthStart(year: number, month: number): string {
  return isoDay(year, month, 1)!;
}

/** The month `n` months after the month of `day` (negative: before), as [year, month 1–12]. */
export function shiftMonth(day: string, n: number): [number, number] {
  const d = new Date(dayToMs(day));
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1];
}

export function monthSpan(year: number, month: number): { start: string; end: string } {
  const start = monthStart(year, month);
  return { start, end: lastDayOfMonth(start) };
}

export function yearSpan(year: number): { start: string; end: string } {
  return { start: `${String(year).padStart(4, '0')}-01-01`, end: `${String(year).padStart(4, '0')}-12-31` };
}

export function compareDays(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export { msToDay };

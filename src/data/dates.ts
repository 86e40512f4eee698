/** Calendar days as UTC: dataset dates carry no time of day and no zone. */
const DAY_MS = 86_400_000;

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Milliseconds since the epoch at 00:00 UTC of an ISO day. */
export function dayToMs(s: string): number {
  return Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
}

export function msToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(s: string, n: number): string {
  return msToDay(dayToMs(s) + n * DAY_MS);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((dayToMs(b) - dayToMs(a)) / DAY_MS);
}

export function lastDayOfMonth(s: string): string {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  return msToDay(Date.UTC(y, m, 0));
}

export { DAY_MS };

import { useCallback, useMemo } from 'react';
import { DAY_MS, dayToMs, msToDay } from '../../data/dates';
import { useLang, useT } from '../../state/i18n';
import { setUrlState, useUrlValue } from '../../state/url-store';
import { dayLabel } from './labels';

const floorDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;
const ceilDay = (ms: number) => Math.ceil(ms / DAY_MS) * DAY_MS;

/**
 * The time window filter (URL `from`/`to`, inclusive days) as ms, end exclusive, plus the
 * ways to set it: a brushed range, or the range the plot shows. Dates snap to whole days.
 */
export function useTimeWindow(extent: readonly [number, number]) {
  const lang = useLang();
  const tl = useT().timeline;
  const fromDay = useUrlValue((s) => s.from);
  const toDay = useUrlValue((s) => s.to);

  const windowMs = useMemo<[number, number] | null>(
    () => (fromDay || toDay ? [fromDay ? dayToMs(fromDay) : extent[0], toDay ? dayToMs(toDay) + DAY_MS : extent[1]] : null),
    [fromDay, toDay, extent],
  );

  const text = !fromDay && !toDay
    ? tl.windowNone
    : fromDay && toDay
      ? tl.windowRange(dayLabel(dayToMs(fromDay), lang), dayLabel(dayToMs(toDay), lang))
      : fromDay
        ? tl.windowFrom(dayLabel(dayToMs(fromDay), lang))
        : tl.windowTo(dayLabel(dayToMs(toDay!), lang));

  /** Set the window to the whole days touching [from, to); returns the snapped range. */
  const setRange = useCallback((from: number, to: number): [number, number] => {
    const a = floorDay(from);
    const z = Math.max(a + DAY_MS, ceilDay(to));
    setUrlState({ from: msToDay(a), to: msToDay(z - DAY_MS) });
    return [a, z];
  }, []);

  /** The part of the data the plot shows (not the empty margins) becomes the window. */
  const setFromView = useCallback(
    (from: number, to: number) => setRange(Math.max(from, extent[0]), Math.min(to, extent[1])),
    [setRange, extent],
  );

  const clear = useCallback(() => setUrlState({ from: null, to: null }), []);

  return { windowMs, text, setRange, setFromView, clear };
}

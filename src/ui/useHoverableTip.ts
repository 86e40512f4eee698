import { useCallback, useEffect, useState } from 'react';

const LINGER_MS = 400;

/**
 * WCAG 1.4.13 (content on hover or focus): a tooltip must be hoverable and dismissible.
 * The tip stays a moment after its mark loses the pointer, long enough to move onto it, and
 * as long as the pointer rests on it; Escape hides it without moving pointer or focus, and
 * so does `dismiss` (a click that chooses the mark: the tip must not cover the choice).
 * A dismissed tip stays hidden while its mark keeps the pointer and does not linger after.
 * `tip` is what the view wants to show now (`keyOf` tells two tips apart); the result is
 * what to draw, and the props for the tooltip element.
 */
export function useHoverableTip<T>(tip: T | null, keyOf: (t: T) => string) {
  const key = tip === null ? null : keyOf(tip);
  const [prev, setPrev] = useState<{ key: string | null; tip: T | null }>({ key, tip });
  const [linger, setLinger] = useState<T | null>(null);
  const [over, setOver] = useState(false);
  const [dismissed, setDismissed] = useState<string | null>(null);

  // Adjusted while rendering (not in an effect), so the tip never blinks out for a frame.
  if (key !== prev.key) {
    setPrev({ key, tip });
    if (tip === null) {
      setLinger(prev.key !== null && prev.key === dismissed ? null : prev.tip);
      setDismissed(null);
    } else {
      setLinger(null);
      setOver(false);
    }
  }

  useEffect(() => {
    if (linger === null || over) return;
    const t = setTimeout(() => setLinger(null), LINGER_MS);
    return () => clearTimeout(t);
  }, [linger, over]);

  const shown = tip !== null && key !== dismissed ? tip : linger;
  const showing = shown !== null;

  const dismiss = useCallback(() => {
    setDismissed(key);
    setLinger(null);
    setOver(false);
  }, [key]);

  useEffect(() => {
    if (!showing) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') dismiss();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [showing, dismiss]);

  // While its mark still has the pointer, the tooltip lets the pointer through to the marks
  // it covers; once the pointer leaves the mark, it catches the pointer so it can be read.
  const tipProps = {
    hoverable: tip === null && linger !== null,
    onPointerEnter: () => setOver(true),
    onPointerLeave: () => {
      setOver(false);
      setLinger(null);
    },
  };
  return { shown, tipProps, dismiss };
}

import { useSyncExternalStore } from 'react';

/** The interface's face at a weight and size, as canvas and CSS name it. */
export const interFont = (weight: number, px: number) => `${weight} ${px}px "Inter Variable", ui-sans-serif, system-ui, sans-serif`;

let context: CanvasRenderingContext2D | null | undefined;
const caches = new Map<string, Map<string, number>>();

/** Text width in px in `font`, measured once per string; null where there is no canvas. */
export function measureText(font: string, text: string): number | null {
  let cache = caches.get(font);
  const hit = cache?.get(text);
  if (hit !== undefined) return hit;
  if (context === undefined) {
    try {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  if (!context) return null;
  if (context.font !== font) context.font = font;
  const w = context.measureText(text).width;
  if (!cache) caches.set(font, (cache = new Map()));
  cache.set(text, w);
  return w;
}

// Labels are measured in the web font (one variable file serves every weight and size); until
// it is in, or a moment has passed, views estimate. Widths taken with a fallback are dropped then.
let ready = typeof document === 'undefined' || !document.fonts;
let watching = false;
const listeners = new Set<() => void>();

/**
 * Starts loading the web font and watching for it. The app calls it at start-up (see
 * src/app/effects.ts); a view that asks first starts it itself. Once is enough.
 */
export function watchFontLoad(): void {
  if (ready || watching) return;
  watching = true;
  const done = () => {
    if (ready) return;
    ready = true;
    for (const l of [...listeners]) l();
  };
  const loaded = () => {
    caches.clear();
    done();
  };
  void document.fonts.load(interFont(500, 12)).then(loaded, done);
  setTimeout(done, 1500);
}

/** True once the web font has loaded (or a moment has passed): text measured before is estimated. */
export function isFontReady(): boolean {
  return ready;
}

/** True once the web font has loaded (or a moment has passed): measure again then. */
export function useFontReady(): boolean {
  return useSyncExternalStore(
    (l) => {
      watchFontLoad();
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => ready,
    () => ready,
  );
}

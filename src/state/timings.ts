/** Durations a view reports as they happen; the app turns them into User Timing measures (src/app/effects.ts). */
export type TimingName = 'network-layout';

export interface Timing {
  name: TimingName;
  /** performance.now() values. */
  start: number;
  end: number;
}

const listeners = new Set<(timing: Timing) => void>();

export function onTiming(listener: (timing: Timing) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reports that `name` took from `start` until now. */
export function reportTiming(name: TimingName, start: number): void {
  const timing = { name, start, end: performance.now() };
  for (const l of listeners) l(timing);
}

import type { Side } from '../../data/schema';
import { seededRandom } from '../random';
import { layoutGraph, type LayoutInput } from './layout';

const SIDES: readonly Side[] = ['us', 'ru', 'ua', 'europe', 'mediator', 'other'];

/** A made-up graph of the given size, for nothing but exercising the layout code. */
export function practiceGraph(nodes: number, links: number, labelled: boolean): LayoutInput {
  const random = seededRandom(nodes);
  const ids = Array.from({ length: nodes }, (_, i) => `n${i}`);
  return {
    nodes: ids.map((id, i) => ({
      id,
      side: SIDES[i % SIDES.length]!,
      radius: 4 + random() * 8,
      ...(labelled ? { label: { width: 40 + random() * 60, height: 16 } } : {}),
    })),
    links: Array.from({ length: links }, (_, k) => ({
      source: ids[k % nodes]!,
      target: ids[Math.floor(random() * nodes)]!,
      weight: 1 + Math.floor(random() * 3),
    })),
    width: 800,
    height: 800,
  };
}

/**
 * Lays out a practice graph the size of the shipped dataset's and throws the result away. A
 * worker's first real layout otherwise compiles d3-force as it goes and runs its loops in the
 * interpreter (for a practice graph of this size in a Chromium worker on a 2-core machine,
 * 66–123 ms the first time against 2–20 ms from the fourth); run while the page renders the
 * views (see src/app/effects.ts), this puts that cost where nobody waits for it. Small,
 * because on two cores a longer practice (large graphs too, as before) takes CPU the page needs.
 */
export function warmUp(): void {
  layoutGraph(practiceGraph(24, 40, true));
}

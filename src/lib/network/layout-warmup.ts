import type { Side } from '../../data/schema';
import { seededRandom } from '../random';
import { layoutGraph, type LayoutInput } from './layout';
import type { WarmUpSize } from './layout-message';

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
 * Lays out two small practice graphs (one labelled, one large) and throws the result away.
 * A worker's first real layout otherwise compiles its code as it goes and runs its loops in
 * the interpreter, taking about twice as long as later ones; run while the page waits for
 * its dataset, this puts that cost where nobody waits for it.
 */
export function warmUp(size: WarmUpSize): void {
  if (size === 'small') {
    // The size of the shipped dataset's graph: the first real layout then runs compiled.
    layoutGraph(practiceGraph(24, 40, true));
    return;
  }
  layoutGraph(practiceGraph(80, 400, true));
  layoutGraph(practiceGraph(350, 1500, false));
}

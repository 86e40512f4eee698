import { FULL_LINKS, FULL_NODES, FULL_TICKS, LABEL_FORCE_MAX_NODES, LARGE_NODE_STEPS } from '../thresholds';

/** How much simulation a layout gets: the cooling schedule and the work per step. */

export const ALPHA_MIN = 0.001;
const DEFAULT_DECAY = 1 - Math.pow(ALPHA_MIN, 1 / 300);
/** How close to rest a warm start begins: known nodes only settle around their new neighbours. */
export const WARM_ALPHA = 0.3;


export interface LayoutPlan {
  tier: 'full' | 'labelled' | 'large';
  ticks: number;
  /** From this step on, collision and label boxes apply: early steps only untangle. */
  lateFrom: number;
  /** Each node's heaviest links that pull in the simulation (all of them when Infinity). */
  linksPerNode: number;
  theta: number;
}

/**
 * How much simulation a graph gets. Small graphs run d3's default cooling to rest; past that
 * the steps are bounded (cooling faster to come to rest within them), overlap forces only
 * act in the last steps, and dense graphs simulate only their strongest ties: the run time
 * stays near linear in the nodes while the picture keeps its structure.
 */
export function layoutPlan(nodes: number, links: number, warm: boolean, maxTicks?: number): LayoutPlan {
  const alpha0 = warm ? WARM_ALPHA : 1;
  const natural = Math.ceil(Math.log(ALPHA_MIN / alpha0) / Math.log(1 - DEFAULT_DECAY));
  const cap = (budget: number) => Math.max(1, Math.min(natural, budget, maxTicks ?? natural));
  if (nodes <= FULL_NODES && links <= FULL_LINKS) return { tier: 'full', ticks: cap(FULL_TICKS), lateFrom: 0, linksPerNode: Infinity, theta: 0.9 };
  if (nodes <= LABEL_FORCE_MAX_NODES) {
    const ticks = cap(150);
    return { tier: 'labelled', ticks, lateFrom: Math.floor(ticks * 0.3), linksPerNode: 10, theta: 0.9 };
  }
  const ticks = cap(Math.min(40, Math.max(10, Math.round(LARGE_NODE_STEPS / nodes))));
  return { tier: 'large', ticks, lateFrom: Math.floor(ticks * 0.75), linksPerNode: 6, theta: 1.2 };
}

/** The cooling rate that brings alpha from its start to rest in `ticks` steps. */
export function decayFor(ticks: number, warm: boolean): number {
  const alpha0 = warm ? WARM_ALPHA : 1;
  const natural = Math.ceil(Math.log(ALPHA_MIN / alpha0) / Math.log(1 - DEFAULT_DECAY));
  return ticks < natural ? 1 - Math.pow(ALPHA_MIN / alpha0, 1 / ticks) : DEFAULT_DECAY;
}

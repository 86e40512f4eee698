import { useEffect } from 'react';
import type { Packing } from '../../lib/timeline/layout';

type Idle = (cb: () => void) => number;
const whenIdle: Idle = (cb) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(cb, { timeout: 2000 }) : window.setTimeout(cb, 50);
const cancelIdle = (id: number) => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(id) : window.clearTimeout(id));

/**
 * Packs the zoom buckets next to the current one while the page is idle, one per idle
 * slot, so that zooming across a power of two never waits for a packing mid-gesture.
 */
export function usePrepack(packer: ((bucket: number) => Packing) | null, bucket: number, maxK: number): void {
  useEffect(() => {
    if (!packer) return;
    const queue = [bucket * 2, bucket / 2, bucket * 4, bucket * 8, bucket / 4].filter((b) => b >= 1 && b <= maxK * 2);
    let id = 0;
    const next = () => {
      const b = queue.shift();
      if (b === undefined) return;
      packer(b);
      id = whenIdle(next);
    };
    id = whenIdle(next);
    return () => cancelIdle(id);
  }, [packer, bucket, maxK]);
}

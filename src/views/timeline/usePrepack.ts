import { useEffect } from 'react';
import type { Packing } from '../../lib/timeline/layout';
import { whenIdle } from '../../ui/idle';


/**
 * Packs the zoom buckets next to the current one while the page is idle, one per idle
 * slot, so that zooming across a power of two never waits for a packing mid-gesture.
 */
export function usePrepack(packer: ((bucket: number) => Packing) | null, bucket: number, maxK: number): void {
  useEffect(() => {
    if (!packer) return;
    const queue = [bucket * 2, bucket / 2, bucket * 4, bucket * 8, bucket / 4].filter((b) => b >= 1 && b <= maxK * 2);
    let cancel = () => {};
    const next = () => {
      const b = queue.shift();
      if (b === undefined) return;
      packer(b);
      cancel = whenIdle(next);
    };
    cancel = whenIdle(next);
    return () => cancel();
  }, [packer, bucket, maxK]);
}

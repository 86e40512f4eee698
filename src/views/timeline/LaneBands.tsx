import { memo } from 'react';
import { SIDE_COLORS } from '../../lib/sides';
import { LANE_HEAD } from '../../lib/timeline/constants';
import type { Lane } from '../../lib/timeline/lanes';

interface Props {
  lanes: readonly Lane[];
  laneTop: Float64Array;
  labels: readonly string[];
  counts: readonly string[];
}

/** Lane backgrounds, each opening with its label strip: labels never sit over marks. */
export const LaneBands = memo(function LaneBands({ lanes, laneTop, labels, counts }: Props) {
  return (
    <ul className="absolute inset-x-0 top-0">
      {lanes.map((lane, i) => (
        <li
          key={lane.key}
          className={`absolute inset-x-0 border-b border-slate-200 ${i % 2 ? 'bg-slate-50' : 'bg-white'}`}
          style={{ top: laneTop[i], height: laneTop[i + 1]! - laneTop[i]! }}
        >
          <p className="flex items-baseline gap-2 truncate px-2 text-xs leading-none" style={{ height: LANE_HEAD, paddingTop: 4 }}>
            <span data-export-label="" className="font-semibold" style={{ color: SIDE_COLORS[lane.side] }}>
              {labels[i]}
            </span>
            <span className="text-slate-600">{counts[i]}</span>
          </p>
        </li>
      ))}
    </ul>
  );
});

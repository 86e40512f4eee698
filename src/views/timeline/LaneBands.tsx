import { memo, useMemo } from 'react';
import { SIDE_COLORS } from '../../lib/sides';
import { LANE_HEAD } from '../../lib/timeline/constants';
import { laneCounts } from '../../lib/timeline/frame-plan';
import type { TimelineModel } from '../../lib/timeline/layout';
import { useDatasetIndex } from '../../state/dataset-context';
import { useT } from '../../state/i18n';

interface Props {
  model: TimelineModel;
  laneTop: Float64Array;
  /** 1 for each event (model index) in the filters: each lane says how many it holds. */
  inFilter: Uint8Array;
}

/** Lane backgrounds, each opening with its label strip (its name and count): labels never sit over marks. */
export const LaneBands = memo(function LaneBands({ model, laneTop, inFilter }: Props) {
  const index = useDatasetIndex();
  const t = useT();
  const lanes = model.lanes;
  const labels = useMemo(
    () => lanes.map((l) => (l.mode === 'side' ? t.common.sides[l.side] : (index.actorById.get(l.id)?.name ?? l.id))),
    [lanes, t, index],
  );
  const counts = useMemo(() => laneCounts(model, inFilter).map((n) => t.timeline.laneEvents(n)), [model, inFilter, t]);
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

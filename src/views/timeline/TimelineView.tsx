import { useVisibleEvents } from '../../state/filters';
import { useT } from '../../state/i18n';
import { setUrlState, useUrlValue } from '../../state/url-store';
import { Segmented } from '../../ui/Segmented';
import { TimelineChart } from './TimelineChart';
import { TimelineList } from './TimelineList';

/** The "Timeline" region: every event in the current filters, on a time axis or as a table. */
export function TimelineView() {
  const t = useT().timeline;
  const lanes = useUrlValue((s) => s.lanes);
  const shape = useUrlValue((s) => s.timelineView);
  const visible = useVisibleEvents();
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 border-b border-slate-200 px-3 py-1.5">
        <p role="status" className="mr-auto text-sm font-medium text-slate-800">
          {t.count(visible.ids.length, visible.total)}
        </p>
        {shape === 'chart' && (
          <Segmented
            label={t.lanes}
            value={lanes}
            options={[
              { value: 'side', label: t.lanesBySide },
              { value: 'actor', label: t.lanesByActor },
            ]}
            onChange={(v) => setUrlState({ lanes: v })}
          />
        )}
        <Segmented
          label={t.show}
          value={shape}
          options={[
            { value: 'chart', label: t.showChart },
            { value: 'list', label: t.showList },
          ]}
          onChange={(v) => setUrlState({ timelineView: v })}
        />
      </div>
      {shape === 'chart' ? <TimelineChart mode={lanes} visible={visible} /> : <TimelineList visible={visible} />}
    </div>
  );
}

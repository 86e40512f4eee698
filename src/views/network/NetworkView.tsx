import { useMemo } from 'react';
import { useDatasetIndex } from '../../state/dataset-context';
import { useVisibleEvents } from '../../state/filters';
import { useReportDrawn } from '../../state/ready';
import { useT } from '../../state/i18n';
import { setUrlState, useUrlValue } from '../../state/url-store';
import { Segmented } from '../../ui/Segmented';
import { Switch } from '../../ui/Switch';
import { MAX_CLIQUE } from '../../lib/thresholds';
import { useNetworkGraph } from './useNetworkGraph';
import { NetworkGraph } from './NetworkGraph';
import { NetworkList } from './NetworkList';

/** The "Actor network" region: who deals with whom in the events the filters leave. */
export function NetworkView() {
  const t = useT().network;
  const mode = useUrlValue((s) => s.networkView);
  const links = useUrlValue((s) => s.networkLinks);
  const visible = useVisibleEvents();
  const graph = useNetworkGraph();
  const index = useDatasetIndex();
  useReportDrawn(index, 'network', mode === 'list' || graph.nodes.length === 0);
  const pressed = useMemo(() => new Set(visible.filter.actors), [visible.filter.actors]);
  const toolbar = (
    <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
      <Segmented
        label={t.displayLabel}
        value={mode}
        options={[
          { value: 'graph', label: t.graph },
          { value: 'list', label: t.list },
        ]}
        onChange={(v) => setUrlState({ networkView: v })}
      />
      <Switch
        label={t.includeMentions}
        description={t.includeMentionsHint}
        checked={links === 'mentions'}
        onChange={(on) => setUrlState({ networkLinks: on ? 'mentions' : 'dealings' })}
      />
      <p className="text-xs text-slate-700" aria-live="polite">
        {t.summary(graph.nodes.length, graph.edges.length, visible.ids.length, visible.total)}
      </p>
      {graph.hubs.length > 0 && <p className="text-xs text-slate-700">{t.hubNote(graph.hubs.length, MAX_CLIQUE)}</p>}
    </div>
  );
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      {graph.nodes.length === 0 ? (
        <>
          <div className="px-3 py-2">{toolbar}</div>
          <div className="px-3 py-6 text-sm text-slate-700">
            <p className="font-medium text-slate-900">{t.empty}</p>
            <p className="mt-1">{t.emptyHint}</p>
          </div>
        </>
      ) : mode === 'list' ? (
        <>
          <div className="px-3 py-2">{toolbar}</div>
          <NetworkList graph={graph} pressed={pressed} />
        </>
      ) : (
        <NetworkGraph graph={graph} pressed={pressed} toolbar={toolbar} />
      )}
    </div>
  );
}

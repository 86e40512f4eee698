import { edgeEvents, nameOf, type GraphEdge, type GraphNode, type NetworkGraph } from '../../lib/network/graph';
import { formatEventDate } from '../../lib/format-date';
import { SIDE_COLORS } from '../../lib/sides';
import { useDatasetIndex } from '../../state/dataset-context';
import { useLang, useT } from '../../state/i18n';

const LISTED = 5;

export function NodeTip({ node, pressed }: { node: GraphNode; pressed: boolean }) {
  const t = useT();
  const lang = useLang();
  const actor = useDatasetIndex().actorById.get(node.id);
  return (
    <>
      <p className="font-semibold text-slate-900">{node.name}</p>
      <p>{actor?.role[lang] ?? t.common.unknown}</p>
      <p className="mt-1 flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block size-2.5 rounded-full" style={{ background: SIDE_COLORS[node.side] }} />
        {t.common.sides[node.side]} · {t.common.actorKinds[node.kind]}
      </p>
      <p>
        {t.network.eventsInFilters(node.count)} · {t.network.connections(node.degree)}
      </p>
      <p className="mt-1 text-slate-600">{pressed ? t.network.hintUnfilter : t.network.hintFilter}</p>
    </>
  );
}

export function EdgeTip({ graph, edge }: { graph: NetworkGraph; edge: GraphEdge }) {
  const t = useT();
  const lang = useLang();
  const index = useDatasetIndex();
  const events = edgeEvents(edge, index.order);
  return (
    <>
      <p className="font-semibold text-slate-900">
        {nameOf(graph, edge.source)} — {nameOf(graph, edge.target)}
      </p>
      {edge.relations.map((r) => (
        <p key={r.kind + r.from}>{t.network.relation[r.kind](nameOf(graph, r.from), nameOf(graph, r.to))}</p>
      ))}
      <p className="mt-1">{edge.weight ? t.network.sharedEvents(edge.weight) : t.network.explicitOnly}</p>
      {events.length > 0 && (
        <ul className="mt-0.5 list-disc pl-4">
          {events.slice(0, LISTED).map((id) => {
            const ev = index.eventById.get(id)!;
            return (
              <li key={id}>
                <span className="text-slate-600">{formatEventDate(ev.date, lang)}</span> — {ev.title[lang]}
              </li>
            );
          })}
          {events.length > LISTED && <li className="list-none text-slate-600">{t.network.andMore(events.length - LISTED)}</li>}
        </ul>
      )}
      {events.length > 0 && (
        <p className="mt-1 text-slate-600">{events.length === 1 ? t.network.hintEdgeOne : t.network.hintEdgeMany}</p>
      )}
    </>
  );
}

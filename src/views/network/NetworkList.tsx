import { useState } from 'react';
import { nameOf, otherEnd, type GraphNode, type NetworkGraph } from '../../lib/network/graph';
import { SIDE_COLORS } from '../../lib/sides';
import { useDatasetIndex } from '../../state/dataset-context';
import { toggleActorFilter } from '../../state/filters';
import { useLang, useT } from '../../state/i18n';

const FIRST_CONNECTIONS = 8;
const PAGE = 100;

function ActorItem({ graph, node, pressed }: { graph: NetworkGraph; node: GraphNode; pressed: boolean }) {
  const t = useT();
  const lang = useLang();
  const actor = useDatasetIndex().actorById.get(node.id);
  const [all, setAll] = useState(false);
  const edges = graph.edgesByNode.get(node.id) ?? [];
  const shown = all ? edges : edges.slice(0, FIRST_CONNECTIONS);
  return (
    <li className="border-b border-slate-100 py-2 last:border-b-0">
      <button
        type="button"
        aria-pressed={pressed}
        onClick={() => toggleActorFilter(node.id)}
        className="inline-flex min-h-6 items-center gap-1.5 rounded px-1 text-left text-sm font-semibold text-slate-900 hover:bg-slate-100 aria-pressed:bg-slate-800 aria-pressed:text-white"
      >
        <span aria-hidden="true" className="inline-block size-2.5 shrink-0 rounded-full" style={{ background: SIDE_COLORS[node.side] }} />
        {node.name}
      </button>
      <dl className="mt-0.5 grid grid-cols-[auto_1fr] gap-x-2 px-1 text-xs text-slate-700">
        <dt className="text-slate-600">{t.network.listSide}</dt>
        <dd>{t.common.sides[node.side]}</dd>
        <dt className="text-slate-600">{t.network.listRole}</dt>
        <dd>{actor?.role[lang] ?? t.common.unknown}</dd>
        <dt className="text-slate-600">{t.network.listEvents}</dt>
        <dd>{node.count}</dd>
        <dt className="text-slate-600">{t.network.listConnections}</dt>
        <dd>
          {edges.length === 0 ? (
            t.network.listNoConnections
          ) : (
            <ul>
              {shown.map((e) => {
                const other = otherEnd(e, node.id);
                const relations = e.relations.map((r) => t.network.relation[r.kind](nameOf(graph, r.from), nameOf(graph, r.to)));
                return (
                  <li key={e.id}>
                    {t.network.listConnection(nameOf(graph, other), t.network.sharedEvents(e.weight))}
                    {relations.length > 0 && <span className="text-slate-600"> ({relations.join('; ')})</span>}
                  </li>
                );
              })}
            </ul>
          )}
          {edges.length > FIRST_CONNECTIONS && (
            <button type="button" onClick={() => setAll(!all)} className="min-h-6 text-slate-800 underline hover:text-slate-950">
              {all ? t.network.showFewer : t.network.showAll(edges.length)}
            </button>
          )}
        </dd>
      </dl>
    </li>
  );
}

/** The list twin: each actor with side, role, events and connections, and its filter button. */
export function NetworkList({ graph, pressed }: { graph: NetworkGraph; pressed: ReadonlySet<string> }) {
  const t = useT();
  const [limit, setLimit] = useState(PAGE);
  const nodes = graph.nodes.slice(0, limit);
  return (
    <div className="min-h-0 flex-1 overflow-y-auto px-3 py-1">
      <p className="py-1 text-xs text-slate-600">{t.network.filterHint}</p>
      <ul aria-label={t.network.actorsGroup}>
        {nodes.map((n) => (
          <ActorItem key={n.id} graph={graph} node={n} pressed={pressed.has(n.id)} />
        ))}
      </ul>
      {graph.nodes.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)} className="my-2 min-h-6 text-sm text-slate-800 underline">
          {t.network.moreActors(Math.min(PAGE, graph.nodes.length - limit))}
        </button>
      )}
    </div>
  );
}

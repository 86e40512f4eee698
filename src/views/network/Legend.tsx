import { useMemo } from 'react';
import type { RelationKind, Side } from '../../data/schema';
import type { NetworkGraph } from '../../lib/network/graph';
import { SIDE_COLORS, SIDE_ORDER } from '../../lib/sides';
import { useT } from '../../state/i18n';
import { useUrlValue } from '../../state/url-store';
import { RELATION_DASH } from '../../lib/draw-style';

function Line({ dash, width = 2, color = '#334155' }: { dash?: string; width?: number; color?: string }) {
  return (
    <svg width="28" height="10" aria-hidden="true" className="shrink-0">
      <line x1="1" y1="5" x2="27" y2="5" stroke={color} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}

/** What the marks mean, for the sides and relation kinds in the graph now; then the keys. */
export function Legend({ graph }: { graph: NetworkGraph }) {
  const t = useT();
  const links = useUrlValue((s) => s.networkLinks);
  const { sides, kinds } = useMemo(() => {
    const kinds = new Set<RelationKind>();
    for (const e of graph.edges) for (const r of e.relations) kinds.add(r.kind);
    return { sides: new Set<Side>(graph.nodes.map((n) => n.side)), kinds };
  }, [graph]);
  return (
    <div className="border-t border-slate-200 px-3 py-2 text-xs text-slate-700">
      <h3 className="sr-only">{t.network.legend}</h3>
      <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label={t.network.legendSide}>
        {SIDE_ORDER.filter((s) => sides.has(s)).map((s) => (
          <li key={s} className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block size-2.5 rounded-full" style={{ background: SIDE_COLORS[s] }} />
            {t.common.sides[s]}
          </li>
        ))}
      </ul>
      <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
        <li className="flex items-center gap-1">
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="5" fill="#475569" />
          </svg>
          {t.network.legendPerson}
        </li>
        <li className="flex items-center gap-1">
          <svg width="12" height="12" aria-hidden="true">
            <rect x="1" y="1" width="10" height="10" rx="2" fill="#475569" />
          </svg>
          {t.network.legendInstitution}
        </li>
        <li className="flex items-center gap-1">
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="4" fill="#475569" />
            <circle cx="8" cy="8" r="6.5" fill="none" stroke="#0f172a" strokeWidth="2" />
          </svg>
          {t.network.legendFilter}
        </li>
        <li className="flex items-center gap-1">
          <svg width="24" height="16" aria-hidden="true">
            <circle cx="5" cy="10" r="3" fill="#475569" />
            <circle cx="16" cy="8" r="7" fill="#475569" />
          </svg>
          {t.network.legendSize}
        </li>
      </ul>
      <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
        <li className="flex items-center gap-1">
          <Line color="#64748b" width={3} />
          {links === 'mentions' ? t.network.legendShared : t.network.legendTogether}
        </li>
        {[...kinds].map((k) => (
          <li key={k} className="flex items-center gap-1">
            <Line dash={RELATION_DASH[k]} />
            {t.common.relationKinds[k]}
          </li>
        ))}
      </ul>
      <details className="mt-1.5">
        <summary className="inline-flex min-h-6 cursor-pointer items-center font-medium text-slate-800">{t.network.keys}</summary>
        <ul className="mt-1 list-disc space-y-0.5 pl-4">
          {t.network.keyItems.map((k) => (
            <li key={k}>{k}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

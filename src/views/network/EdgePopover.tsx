import { useEffect, useId, useRef } from 'react';
import { edgeEvents, nameOf, type GraphEdge, type NetworkGraph } from '../../lib/network/graph';
import { formatEventDate } from '../../lib/format-date';
import { useDatasetIndex } from '../../state/dataset-context';
import { selectEvent, useSelectedEventId } from '../../state/filters';
import { useLang, useT } from '../../state/i18n';

interface Props {
  graph: NetworkGraph;
  edge: GraphEdge;
  x: number;
  y: number;
  containerWidth: number;
  containerHeight: number;
  onClose: (refocus: boolean) => void;
}

const WIDTH = 288;

/**
 * The events behind a connection, after a click on it: the first is already selected, and
 * each can be selected in turn. Escape, the close button or a click elsewhere dismisses it.
 */
export function EdgePopover({ graph, edge, x, y, containerWidth, containerHeight, onClose }: Props) {
  const t = useT();
  const lang = useLang();
  const index = useDatasetIndex();
  const selected = useSelectedEventId();
  const events = edgeEvents(edge, index.order);
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const panel = ref.current;
    (panel?.querySelector<HTMLButtonElement>('button[aria-pressed="true"]') ?? panel?.querySelector<HTMLButtonElement>('button[data-event]'))?.focus();
  }, [edge.id]);

  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, [onClose]);

  const left = Math.max(4, Math.min(x - WIDTH / 2, containerWidth - WIDTH - 4));
  // Open towards the larger side and never past the graph's edge; the list scrolls instead.
  const below = containerHeight - y > y;
  const room = Math.max(120, (below ? containerHeight - y : y) - 22);
  return (
    <div
      ref={ref}
      role="dialog"
      aria-labelledby={titleId}
      data-no-zoom
      className="absolute z-40 flex w-72 flex-col rounded-md border border-slate-300 bg-white p-2.5 text-xs text-slate-800 shadow-lg"
      style={{ left, top: below ? y + 14 : undefined, bottom: below ? undefined : containerHeight - y + 14, maxHeight: room }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose(true);
        }
      }}
    >
      <div className="flex items-start justify-between gap-2">
        <h3 id={titleId} className="font-semibold text-slate-900">
          {t.network.sharedBy(nameOf(graph, edge.source), nameOf(graph, edge.target))}
        </h3>
        <button
          type="button"
          onClick={() => onClose(true)}
          aria-label={t.common.close}
          className="-mt-1 -mr-1 inline-flex size-6 shrink-0 items-center justify-center rounded text-slate-700 hover:bg-slate-100"
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <ul className="-mx-1 mt-1 flex min-h-0 flex-col gap-1 overflow-y-auto p-1">
        {events.map((id) => {
          const ev = index.eventById.get(id)!;
          return (
            <li key={id}>
              <button
                type="button"
                data-event={id}
                aria-pressed={selected === id}
                onClick={() => selectEvent(id)}
                className="w-full min-h-6 rounded border border-slate-200 px-2 py-1 text-left hover:bg-slate-50 aria-pressed:border-slate-800 aria-pressed:bg-slate-100"
              >
                <span className="block text-slate-600">{formatEventDate(ev.date, lang)}</span>
                <span className="block font-medium text-slate-900">{ev.title[lang]}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

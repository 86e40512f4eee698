import { useEffect, useRef, useState } from 'react';
import { formatEventDate } from '../../lib/format-date';
import { useDatasetIndex } from '../../state/dataset-context';
import { useReportDrawn } from '../../state/ready';
import { selectEvent, useSelectedEventId, type VisibleEvents } from '../../state/filters';
import { setHover } from '../../state/hover';
import { useLang, useT } from '../../state/i18n';

const PAGE = 200;

/** The chart's twin for reading and for screen readers: the same filtered events as a table. */
export function TimelineList({ visible }: { visible: VisibleEvents }) {
  const index = useDatasetIndex();
  useReportDrawn(index, 'timeline');
  const lang = useLang();
  const t = useT();
  const tl = t.timeline;
  const selectedId = useSelectedEventId();
  const [limit, setLimit] = useState(PAGE);
  const selectedRow = useRef<HTMLTableRowElement>(null);
  const rows = visible.ids.slice(0, limit);

  useEffect(() => {
    selectedRow.current?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  if (!visible.ids.length) return <p className="p-4 text-sm text-slate-700">{tl.noEvents}</p>;
  return (
    <div className="min-h-0 flex-1 overflow-auto">
      <table className="w-full border-collapse text-left text-xs">
        <caption className="sr-only">{tl.listCaption}</caption>
        <thead className="sticky top-0 z-10 bg-slate-100 text-slate-800">
          <tr>
            <th scope="col" className="px-3 py-1.5 font-semibold whitespace-nowrap">{tl.colDate}</th>
            <th scope="col" className="px-2 py-1.5 font-semibold">{tl.colEvent}</th>
            <th scope="col" className="px-2 py-1.5 font-semibold">{tl.colActors}</th>
            <th scope="col" className="px-2 py-1.5 font-semibold">{tl.colTopics}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((id) => {
            const ev = index.eventById.get(id)!;
            const selected = id === selectedId;
            return (
              <tr
                key={id}
                ref={selected ? selectedRow : undefined}
                className={`border-t border-slate-200 align-top ${selected ? 'bg-blue-50' : ''}`}
                onPointerEnter={() => setHover({ eventId: id })}
                onPointerLeave={() => setHover({ eventId: null })}
              >
                <td className="px-3 py-1.5 whitespace-nowrap text-slate-800 tabular-nums">{formatEventDate(ev.date, lang)}</td>
                <td className="px-2 py-1">
                  <button
                    type="button"
                    aria-pressed={selected}
                    onClick={() => selectEvent(selected ? null : id)}
                    className={`min-h-6 rounded text-left font-medium hover:underline ${selected ? 'text-blue-900' : 'text-slate-900'}`}
                  >
                    {ev.title[lang]}
                  </button>
                  <span className="block text-slate-600">
                    {t.common.eventKinds[ev.kind]} · {t.common.statuses[ev.status]}
                  </span>
                </td>
                <td className="px-2 py-1.5 text-slate-800">
                  {ev.actors.map((a) => index.actorById.get(a.id)?.name ?? a.id).join(', ')}
                </td>
                <td className="px-2 py-1.5 text-slate-800">
                  {ev.topics.length ? ev.topics.map((tp) => index.topicById.get(tp)?.label[lang] ?? tp).join(', ') : tl.none}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {visible.ids.length > limit && (
        <p className="flex items-center gap-2 px-3 py-2 text-xs text-slate-700">
          {tl.listShowing(limit, visible.ids.length)}
          <button type="button" className="min-h-6 rounded border border-slate-300 px-2 hover:bg-slate-100" onClick={() => setLimit((n) => n + PAGE)}>
            {tl.listMore(Math.min(PAGE, visible.ids.length - limit))}
          </button>
        </p>
      )}
    </div>
  );
}

import type { DatasetEvent } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import type { Messages } from '../../i18n/messages';
import type { DatasetIndex } from '../../lib/dataset-index';
import { describePrecision, formatEventDate } from '../../lib/format-date';
import { SIDE_COLORS } from '../../lib/sides';
import { Tooltip } from '../../ui/Tooltip';

const MAX_ACTORS = 6;

interface Props {
  id: string;
  ev: DatasetEvent;
  index: DatasetIndex;
  lang: Lang;
  t: Messages;
  x: number;
  y: number;
  containerWidth: number;
  tipProps?: { hoverable: boolean; onPointerEnter: () => void; onPointerLeave: () => void };
}

/** Title, date with its precision in words, status and actors: all as text, never HTML. */
export function EventTip({ id, ev, index, lang, t, x, y, containerWidth, tipProps }: Props) {
  const actors = ev.actors.slice(0, MAX_ACTORS);
  return (
    <Tooltip id={id} x={x} y={y} containerWidth={containerWidth} {...tipProps}>
      <p className="font-semibold text-slate-900">{ev.title[lang]}</p>
      <p className="mt-1">
        <span className="font-medium">{formatEventDate(ev.date, lang)}</span> · {describePrecision(ev.date, lang)}
      </p>
      <p className="mt-0.5">
        {t.timeline.tipStatus}: {t.common.statuses[ev.status]} · {t.common.eventKinds[ev.kind]}
      </p>
      <p className="mt-1 font-medium">{t.timeline.tipActors}</p>
      <ul className="mt-0.5 space-y-0.5">
        {actors.map((a) => {
          const actor = index.actorById.get(a.id);
          return (
            <li key={`${a.id}-${a.role}`} className="flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block size-2 shrink-0 rounded-full" style={{ background: SIDE_COLORS[actor?.side ?? 'other'] }} />
              <span>
                {actor?.name ?? a.id} <span className="text-slate-600">({t.common.actorRoles[a.role]})</span>
              </span>
            </li>
          );
        })}
        {ev.actors.length > MAX_ACTORS && <li className="text-slate-600">{t.timeline.moreActors(ev.actors.length - MAX_ACTORS)}</li>}
      </ul>
    </Tooltip>
  );
}

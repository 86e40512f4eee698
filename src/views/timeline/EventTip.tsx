import { describePrecision, formatEventDate } from '../../lib/format-date';
import { SIDE_COLORS } from '../../lib/sides';
import { tipAnchor } from '../../lib/timeline/frame-plan';
import type { Packing, TimelineModel } from '../../lib/timeline/layout';
import type { Lens } from '../../lib/timeline/lens';
import { useDatasetIndex } from '../../state/dataset-context';
import { useLang, useT } from '../../state/i18n';
import { Tooltip } from '../../ui/Tooltip';
import { AXIS_H } from './Axis';

const MAX_ACTORS = 6;

interface Props {
  id: string;
  eventId: string;
  model: TimelineModel;
  packing: Packing;
  lens: Lens;
  /** The lanes' scroll: the tooltip points at the mark where it is on screen, under the axis. */
  scrollTop: number;
  tipProps?: { hoverable: boolean; onPointerEnter: () => void; onPointerLeave: () => void };
}

/** Title, date with its precision in words, status and actors: all as text, never HTML. */
export function EventTip({ id, eventId, model, packing, lens, scrollTop, tipProps }: Props) {
  const index = useDatasetIndex();
  const lang = useLang();
  const t = useT();
  const ev = index.eventById.get(eventId);
  const e = model.indexOf.get(eventId);
  if (!ev || e === undefined) return null;
  const at = tipAnchor(model, packing, lens, e);
  const actors = ev.actors.slice(0, MAX_ACTORS);
  return (
    <Tooltip id={id} x={at.x} y={AXIS_H + at.y - scrollTop} containerWidth={lens.base.width} {...tipProps}>
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

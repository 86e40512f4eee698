import { useState } from 'react';
import { ACTOR_ROLES, type ActorRole } from '../../data/schema';
import type { CuratedEvent, CurationDoc } from '../../lib/curate/workspace';
import { useT } from '../../state/i18n';
import { BUTTON, SelectField } from './Field';
import { useCurateT } from './useCurateT';

/** An event's actors: each one's role, the names still to add as actors, and one more to add. */
export function EventActors({
  doc,
  event,
  path,
  pendingNames,
  onNewActor,
  update,
}: {
  doc: CurationDoc;
  event: CuratedEvent;
  path: string;
  pendingNames: readonly string[];
  onNewActor: (name: string) => void;
  update: (patch: Partial<CuratedEvent>) => void;
}) {
  const c = useT().common;
  const t = useCurateT();
  const [addId, setAddId] = useState('');
  const [addRole, setAddRole] = useState<ActorRole>('participant');
  const actorName = (id: string) => doc.actors.find((a) => a.id === id)?.name ?? id;
  return (
    <fieldset className="flex flex-col gap-1 rounded border border-slate-200 p-2" data-path={`${path}.actors`} tabIndex={-1}>
      <legend className="px-1 text-xs font-semibold">{t.eventActors}</legend>
      <ul className="flex flex-col gap-1">
        {event.actors.map((a, i) => (
          <li key={a.id} className="flex items-center gap-2 text-sm">
            <span className="min-w-0 flex-1 truncate">{actorName(a.id)}</span>
            <select
              aria-label={`${t.role}: ${actorName(a.id)}`}
              data-path={`${path}.actors[${i}].role`}
              value={a.role}
              className="rounded border border-slate-300 px-1 text-sm"
              onChange={(e) => update({ actors: event.actors.map((x) => (x.id === a.id ? { ...x, role: e.currentTarget.value as ActorRole } : x)) })}
            >
              {ACTOR_ROLES.map((r) => (
                <option key={r} value={r}>
                  {c.actorRoles[r]}
                </option>
              ))}
            </select>
            <button type="button" className={BUTTON} aria-label={`${t.remove}: ${actorName(a.id)}`} onClick={() => update({ actors: event.actors.filter((x) => x.id !== a.id) })}>
              {t.remove}
            </button>
          </li>
        ))}
        {pendingNames.map((n) => (
          <li key={n} className="flex items-center gap-2 text-xs text-slate-700">
            <span className="flex-1">{t.notActorYet(n)}</span>
            <button type="button" className={BUTTON} onClick={() => onNewActor(n)}>
              {t.addAsActor}: {n}
            </button>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-end gap-2">
        <SelectField
          label={t.addToEvent}
          value={addId}
          options={[{ value: '', label: '—' }, ...doc.actors.filter((a) => !event.actors.some((x) => x.id === a.id)).map((a) => ({ value: a.id, label: a.name }))]}
          onChange={setAddId}
        />
        <SelectField label={t.role} value={addRole} options={ACTOR_ROLES.map((r) => ({ value: r, label: c.actorRoles[r] }))} onChange={setAddRole} />
        <button
          type="button"
          className={BUTTON}
          disabled={!addId}
          onClick={() => {
            update({ actors: [...event.actors, { id: addId, role: addRole }] });
            setAddId('');
          }}
        >
          {t.addToEvent}
        </button>
      </div>
    </fieldset>
  );
}

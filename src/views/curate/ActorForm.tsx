import { useEffect, useRef, useState } from 'react';
import { ACTOR_KINDS, SIDES, type Actor, type ActorKind, type Side } from '../../data/schema';
import { slugify, uniqueId } from '../../lib/curate/workspace';
import { useT } from '../../state/i18n';
import { BUTTON, PRIMARY, SelectField, TextField } from './Field';
import { useCurateT } from './useCurateT';
import type { NewActors } from './useNewActors';

/** A new actor: the name and alias come from the mention; the curator gives the rest. */
export function ActorForm({ name: initialName, alias, takenIds, onAdd, onCancel }: { name: string; alias: string; takenIds: ReadonlySet<string>; onAdd: (a: Actor) => void; onCancel: () => void }) {
  const all = useT();
  const t = useCurateT();
  const [name, setName] = useState(initialName);
  const [aliases, setAliases] = useState(alias);
  const [kind, setKind] = useState<ActorKind>('person');
  const [side, setSide] = useState<Side>('other');
  const [roleEn, setRoleEn] = useState('');
  const [roleEs, setRoleEs] = useState('');
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // The form opens where the curator asked for it: the focus goes to its first field.
  useEffect(() => form.current?.querySelector<HTMLElement>('input')?.focus(), []);
  const blank = (s: string) => !/\S/.test(s);
  const ok = !blank(name) && !blank(roleEn) && !blank(roleEs);
  return (
    <form
      ref={form}
      aria-label={t.newActor}
      className="flex flex-col gap-2 rounded border border-sky-300 bg-sky-50 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!ok) return;
        onAdd({
          id: uniqueId(slugify(name), takenIds, 'actor'),
          name: name.trim(),
          aliases: [...new Set(aliases.split('\n').map((s) => s.trim()).filter(Boolean))],
          kind,
          side,
          role: { en: roleEn.trim(), es: roleEs.trim() },
        });
      }}
    >
      <h4 className="text-sm font-semibold">{t.newActor}</h4>
      <TextField label={t.actorName} value={name} onChange={setName} invalid={tried && blank(name)} note={tried && blank(name) ? t.required : undefined} />
      <TextField label={t.aliases} value={aliases} onChange={setAliases} multiline />
      <div className="grid grid-cols-2 gap-2">
        <SelectField label={t.actorKind} value={kind} options={ACTOR_KINDS.map((k) => ({ value: k, label: all.common.actorKinds[k] }))} onChange={setKind} />
        <SelectField label={t.side} value={side} options={SIDES.map((s) => ({ value: s, label: all.common.sides[s] }))} onChange={setSide} />
        <TextField label={t.roleEn} lang="en" value={roleEn} onChange={setRoleEn} invalid={tried && blank(roleEn)} note={tried && blank(roleEn) ? t.required : undefined} />
        <TextField label={t.roleEs} lang="es" value={roleEs} onChange={setRoleEs} invalid={tried && blank(roleEs)} note={tried && blank(roleEs) ? t.required : undefined} />
      </div>
      <div className="flex gap-2">
        <button type="submit" className={PRIMARY}>
          {t.addActor}
        </button>
        <button type="button" className={BUTTON} onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

/** The actor form for the name the curator chose to add, if there is one. */
export function NewActorForm({ doc, actors }: { doc: { actors: readonly Actor[] }; actors: NewActors }) {
  const n = actors.newActor;
  if (!n) return null;
  return (
    <div className="p-3">
      <ActorForm key={n.name} name={n.name} alias={n.alias} takenIds={new Set(doc.actors.map((a) => a.id))} onAdd={actors.addActor} onCancel={() => actors.setNewActor(null)} />
    </div>
  );
}

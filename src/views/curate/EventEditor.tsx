import { useState } from 'react';
import { ACTOR_ROLES, EVENT_KINDS, EVENT_STATUSES, PRECISIONS, type ActorRole } from '../../data/schema';
import type { Draft } from '../../lib/curate';
import { slugify, uniqueId, type CuratedEvent, type CurationDoc, type Pair } from '../../lib/curate/workspace';
import { dispatchCuration } from '../../state/curation-store';
import { useLang, useT } from '../../state/i18n';
import { BUTTON, SelectField, TextField } from './Field';
import { useCurateT } from './useCurateT';

/** Editing one event; every field is the curator's, the draft only fills in proposals. */
export function EventEditor({ doc, event, index, draft, pendingNames, onNewActor }: { doc: CurationDoc; event: CuratedEvent; index: number; draft: Draft | null; pendingNames: readonly string[]; onNewActor: (name: string) => void }) {
  const all = useT();
  const lang = useLang();
  const t = useCurateT();
  const c = all.common;
  const p = `events[${index}]`;
  const update = (patch: Partial<CuratedEvent>, field?: string) => dispatchCuration({ type: 'updateEvent', key: event.key, patch, coalesce: field ? `event:${event.key}:${field}` : undefined });
  const [addId, setAddId] = useState('');
  const [addRole, setAddRole] = useState<ActorRole>('participant');
  const [topicEn, setTopicEn] = useState('');
  const [topicEs, setTopicEs] = useState('');
  const blank = (s: string) => !/\S/.test(s);
  const pair = (label: [string, string], value: Pair, field: 'title' | 'summary', multiline = false) => (
    <div className="grid grid-cols-2 gap-2">
      {(['en', 'es'] as const).map((l, i) => (
        <TextField
          key={l}
          label={label[i]!}
          lang={l}
          multiline={multiline}
          value={value[l]}
          path={`${p}.${field}.${l}`}
          invalid={blank(value[l])}
          note={blank(value[l]) ? t.blank : undefined}
          onChange={(v) => {
            const patch: Partial<CuratedEvent> = { [field]: { ...value, [l]: v } };
            // The id follows the English title until the curator gives one of their own.
            if (field === 'title' && l === 'en' && (event.id === '' || event.id === idFor(value.en)))
              patch.id = idFor(v);
            update(patch, `${field}.${l}`);
          }}
        />
      ))}
    </div>
  );
  const idFor = (title: string) => (title ? uniqueId(slugify(title), new Set(doc.events.filter((e) => e.key !== event.key).map((e) => e.id)), 'event') : '');
  const actorName = (id: string) => doc.actors.find((a) => a.id === id)?.name ?? id;
  const resolvedDates = draft?.dates.filter((d) => d.date) ?? [];

  return (
    <form aria-label={event.title.en || t.untitled} className="flex flex-col gap-2 p-3" onSubmit={(e) => e.preventDefault()} data-path={p} tabIndex={-1}>
      <div className="grid grid-cols-3 gap-2">
        <TextField label={t.eventId} value={event.id} path={`${p}.id`} onChange={(v) => update({ id: v }, 'id')} />
        <SelectField label={t.kind} value={event.kind} path={`${p}.kind`} options={EVENT_KINDS.map((k) => ({ value: k, label: c.eventKinds[k] }))} onChange={(v) => update({ kind: v })} />
        <SelectField label={t.status} value={event.status} path={`${p}.status`} options={EVENT_STATUSES.map((k) => ({ value: k, label: c.statuses[k] }))} onChange={(v) => update({ status: v })} />
      </div>
      {pair([t.titleEn, t.titleEs], event.title, 'title')}
      {pair([t.summaryEn, t.summaryEs], event.summary, 'summary', true)}
      <fieldset className="flex flex-col gap-2 rounded border border-slate-200 p-2" data-path={`${p}.date`} tabIndex={-1}>
        <legend className="px-1 text-xs font-semibold">{t.dateLegend}</legend>
        {resolvedDates.length > 0 && (
          <SelectField
            label={t.draftDate}
            value=""
            options={[{ value: '', label: t.draftDateNone }, ...resolvedDates.map((d) => ({ value: `${d.start}`, label: `«${d.text}» → ${d.date!.start ?? '…'} – ${d.date!.end ?? '…'}` }))]}
            onChange={(v) => {
              const d = resolvedDates.find((x) => String(x.start) === v)?.date;
              if (d) update({ date: { ...d, origin: 'text' } });
            }}
          />
        )}
        <div className="grid grid-cols-3 gap-2">
          <TextField label={t.dateStart} type="date" value={event.date.start ?? ''} path={`${p}.date.start`} onChange={(v) => update({ date: { ...event.date, start: v || null } }, 'date.start')} />
          <TextField label={t.dateEnd} type="date" value={event.date.end ?? ''} path={`${p}.date.end`} onChange={(v) => update({ date: { ...event.date, end: v || null } }, 'date.end')} />
          <SelectField label={t.precision} value={event.date.precision} path={`${p}.date.precision`} options={PRECISIONS.map((k) => ({ value: k, label: c.precisions[k] }))} onChange={(v) => update({ date: { ...event.date, precision: v } })} />
        </div>
        <div role="radiogroup" aria-label={t.origin} className="flex flex-wrap gap-3 text-sm">
          <span className="text-xs font-medium text-slate-700">{t.origin}:</span>
          {(['text', 'outside'] as const).map((o) => (
            <label key={o} className="flex items-center gap-1">
              <input type="radio" name={`origin-${event.key}`} checked={event.date.origin === o} onChange={() => update({ date: { ...event.date, origin: o } })} />
              {o === 'text' ? t.originText : t.originOutside}
            </label>
          ))}
        </div>
        <TextField label={t.basis} multiline value={event.date.basis} path={`${p}.date.basis`} invalid={blank(event.date.basis)} note={blank(event.date.basis) ? t.blank : undefined} onChange={(v) => update({ date: { ...event.date, basis: v } }, 'date.basis')} />
      </fieldset>
      <fieldset className="flex flex-col gap-1 rounded border border-slate-200 p-2" data-path={`${p}.actors`} tabIndex={-1}>
        <legend className="px-1 text-xs font-semibold">{t.eventActors}</legend>
        <ul className="flex flex-col gap-1">
          {event.actors.map((a, i) => (
            <li key={a.id} className="flex items-center gap-2 text-sm">
              <span className="min-w-0 flex-1 truncate">{actorName(a.id)}</span>
              <select
                aria-label={`${t.role}: ${actorName(a.id)}`}
                data-path={`${p}.actors[${i}].role`}
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
      <fieldset className="flex flex-col gap-1 rounded border border-slate-200 p-2" data-path={`${p}.topics`} tabIndex={-1}>
        <legend className="px-1 text-xs font-semibold">{t.topics}</legend>
        {/* Rows 24 px apart at least: each checkbox a target of its own (WCAG 2.2 target size). */}
        <div className="flex flex-wrap gap-x-3 gap-y-2">
          {doc.topics.map((tp) => (
            <label key={tp.id} className="flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                checked={event.topics.includes(tp.id)}
                onChange={(e) => update({ topics: e.currentTarget.checked ? [...event.topics, tp.id] : event.topics.filter((x) => x !== tp.id) })}
              />
              {tp.label[lang]}
            </label>
          ))}
        </div>
        <div className="grid grid-cols-[1fr_1fr_auto] items-end gap-2">
          <TextField label={t.newTopicEn} lang="en" value={topicEn} onChange={setTopicEn} />
          <TextField label={t.newTopicEs} lang="es" value={topicEs} onChange={setTopicEs} />
          <button
            type="button"
            className={BUTTON}
            disabled={blank(topicEn) || blank(topicEs)}
            onClick={() => {
              const id = uniqueId(slugify(topicEn), new Set(doc.topics.map((x) => x.id)), 'topic');
              dispatchCuration({ type: 'addTopic', topic: { id, label: { en: topicEn.trim(), es: topicEs.trim() } } });
              update({ topics: [...event.topics, id] });
              setTopicEn('');
              setTopicEs('');
            }}
          >
            {t.addTopic}
          </button>
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-1 rounded border border-slate-200 p-2" data-path={`${p}.quotes`} tabIndex={-1}>
        <legend className="px-1 text-xs font-semibold">{t.attachQuotes}</legend>
        {doc.quotes.length === 0 && <p className="text-xs text-slate-600">{t.noQuotesYet}</p>}
        {doc.quotes.map((q) => (
          <label key={q.id} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-1"
              checked={event.quoteIds.includes(q.id)}
              onChange={(e) => dispatchCuration({ type: e.currentTarget.checked ? 'attachQuote' : 'detachQuote', key: event.key, quoteId: q.id })}
            />
            <span lang={doc.sources.find((s) => s.id === q.sourceId)?.lang}>«{q.text}»</span>
          </label>
        ))}
      </fieldset>
      <button type="button" className={`${BUTTON} w-fit text-red-800`} onClick={() => dispatchCuration({ type: 'removeEvent', key: event.key })}>
        {t.removeEvent}
      </button>
    </form>
  );
}

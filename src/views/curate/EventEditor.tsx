import { EVENT_KINDS, EVENT_STATUSES } from '../../data/schema';
import type { Draft } from '../../lib/curate';
import { pairPatch } from '../../lib/curate/event-edit';
import type { CuratedEvent, CurationDoc, Pair } from '../../lib/curate/workspace';
import { dispatchCuration } from '../../state/curation-store';
import { useT } from '../../state/i18n';
import { EventActors } from './EventActors';
import { EventDate } from './EventDate';
import { EventTopics } from './EventTopics';
import { BUTTON, SelectField, TextField } from './Field';
import { useCurateT } from './useCurateT';

const blank = (s: string) => !/\S/.test(s);

/** Editing one event; every field is the curator's, the draft only fills in proposals. */
export function EventEditor({ doc, event, index, draft, pendingNames, onNewActor }: { doc: CurationDoc; event: CuratedEvent; index: number; draft: Draft | null; pendingNames: readonly string[]; onNewActor: (name: string) => void }) {
  const c = useT().common;
  const t = useCurateT();
  const p = `events[${index}]`;
  const update = (patch: Partial<CuratedEvent>, field?: string) => dispatchCuration({ type: 'updateEvent', key: event.key, patch, coalesce: field ? `event:${event.key}:${field}` : undefined });
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
          onChange={(v) => update(pairPatch(doc, event, field, l, v), `${field}.${l}`)}
        />
      ))}
    </div>
  );

  return (
    <form aria-label={event.title.en || t.untitled} className="flex flex-col gap-2 p-3" onSubmit={(e) => e.preventDefault()} data-path={p} tabIndex={-1}>
      <div className="grid grid-cols-3 gap-2">
        <TextField label={t.eventId} value={event.id} path={`${p}.id`} onChange={(v) => update({ id: v }, 'id')} />
        <SelectField label={t.kind} value={event.kind} path={`${p}.kind`} options={EVENT_KINDS.map((k) => ({ value: k, label: c.eventKinds[k] }))} onChange={(v) => update({ kind: v })} />
        <SelectField label={t.status} value={event.status} path={`${p}.status`} options={EVENT_STATUSES.map((k) => ({ value: k, label: c.statuses[k] }))} onChange={(v) => update({ status: v })} />
      </div>
      {pair([t.titleEn, t.titleEs], event.title, 'title')}
      {pair([t.summaryEn, t.summaryEs], event.summary, 'summary', true)}
      <EventDate event={event} path={p} draft={draft} update={update} />
      <EventActors doc={doc} event={event} path={p} pendingNames={pendingNames} onNewActor={onNewActor} update={update} />
      <EventTopics doc={doc} event={event} path={p} update={update} />
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

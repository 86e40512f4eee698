import { useEffect, useRef } from 'react';
import type { Draft, DraftDateMention, DraftEvent, DraftQuote } from '../../lib/curate';
import type { Actor } from '../../data/schema';
import { quoteId, type CuratedEvent, type CurationDoc } from '../../lib/curate/workspace';
import { dispatchCuration } from '../../state/curation-store';
import { useT } from '../../state/i18n';
import { BUTTON } from './Field';
import { useCurateT } from './useCurateT';

export const proposalKey = (kind: string, sourceId: string, start: number, end: number) => `${kind}:${sourceId}@${start}-${end}`;

/**
 * Accept, edit or dismiss one proposal. The buttons go once it is decided, so the decision
 * says which proposal it was (`onDecided`): keyboard focus stays on that proposal.
 */
function Decision({
  k,
  label,
  accepted,
  onAccept,
  onEdit,
  extra,
  onDecided,
}: {
  k: string;
  label: string;
  accepted: boolean;
  onAccept?: () => void;
  onEdit?: () => void;
  extra?: React.ReactNode;
  onDecided: (k: string) => void;
}) {
  const t = useCurateT();
  return (
    <div className="flex flex-wrap gap-1" role="group" aria-label={label}>
      {accepted ? (
        <span className="text-xs font-medium text-emerald-800">{t.accepted}</span>
      ) : (
        <>
          {onAccept && (
            <button
              type="button"
              className={BUTTON}
              onClick={() => {
                onDecided(k);
                onAccept();
              }}
            >
              {t.accept}
            </button>
          )}
          {onEdit && (
            <button type="button" className={BUTTON} onClick={onEdit}>
              {t.edit}
            </button>
          )}
          {extra}
          <button
            type="button"
            className={BUTTON}
            onClick={() => {
              onDecided(k);
              dispatchCuration({ type: 'dismiss', key: k });
            }}
          >
            {t.dismiss}
          </button>
        </>
      )}
    </div>
  );
}

function Dismissed({ k, label, lang, onDecided }: { k: string; label: string; lang: string | undefined; onDecided: (k: string) => void }) {
  const t = useCurateT();
  return (
    <li className="flex items-center gap-2 text-xs text-slate-500" data-proposal={k} tabIndex={-1}>
      <span className="line-through" lang={lang}>{label}</span> <span>({t.dismissed})</span>
      <button
        type="button"
        className={BUTTON}
        onClick={() => {
          onDecided(k);
          dispatchCuration({ type: 'undismiss', key: k });
        }}
        aria-label={`${t.restore}: ${label}`}
      >
        {t.restore}
      </button>
    </li>
  );
}

/** Each draft proposal, to accept, edit or dismiss; all of it by keyboard as by mouse. */
export function Proposals({
  doc,
  sourceId,
  draft,
  openEvent,
  onEditQuote,
  onNewActor,
  onCreateEvent,
  onUseDate,
}: {
  doc: CurationDoc;
  sourceId: string;
  draft: Draft;
  /** The event open in the editor: a date proposal is accepted into it. */
  openEvent: CuratedEvent | null;
  onEditQuote: (id: string) => void;
  onNewActor: (name: string, alias: string) => void;
  onCreateEvent: (e: DraftEvent) => void;
  onUseDate: (d: DraftDateMention, edit: boolean) => void;
}) {
  const all = useT();
  const t = useCurateT();
  const c = all.common;
  const lang = doc.sources.find((s) => s.id === sourceId)?.lang;
  const list = useRef<HTMLDivElement>(null);
  // The proposal just decided keeps the focus once drawn again: its first button (Restore,
  // after a dismissal), else the proposal itself. Not when the decision moved it elsewhere.
  const decided = useRef<string | null>(null);
  const onDecided = (k: string) => {
    decided.current = k;
  };
  useEffect(() => {
    const k = decided.current;
    decided.current = null;
    if (!k || !list.current) return;
    const active = document.activeElement;
    if (active && active !== document.body && !list.current.contains(active)) return;
    const item = list.current.querySelector<HTMLElement>(`[data-proposal="${CSS.escape(k)}"]`);
    (item?.querySelector<HTMLElement>('button:not(:disabled)') ?? item)?.focus();
  });
  const dismissed = new Set(doc.dismissed);
  const accepted = new Set(doc.quotes.map((q) => q.id));
  const actorById = new Map<string, Actor>(doc.actors.map((a) => [a.id, a]));
  const accept = (q: DraftQuote) =>
    dispatchCuration({
      type: 'acceptQuote',
      quote: { sourceId, start: q.start, end: q.end, text: q.text, kind: 'direct', speakerId: q.speaker?.actorId ?? null, translation: '' },
    });
  // Names the text gives that are no actor yet, once each.
  const unknownNames = new Map<string, { start: number; end: number; text: string }>();
  for (const m of draft.mentions) if (m.actorId === null && !unknownNames.has(m.text.toLowerCase())) unknownNames.set(m.text.toLowerCase(), m);

  return (
    <div className="flex flex-col gap-3 p-3 text-sm" ref={list}>
      <section aria-labelledby="curate-p-quotes">
        <h4 id="curate-p-quotes" className="mb-1 font-semibold text-slate-900">
          {t.quotesProposed(draft.quotes.length)}
        </h4>
        <ul className="flex flex-col gap-2">
          {draft.quotes.map((q) => {
            const k = proposalKey('quote', sourceId, q.start, q.end);
            const label = `«${q.text.length > 60 ? `${q.text.slice(0, 60)}…` : q.text}»`;
            if (dismissed.has(k)) return <Dismissed key={k} k={k} label={label} lang={lang} onDecided={onDecided} />;
            const speaker = q.speaker?.actorId ? actorById.get(q.speaker.actorId)?.name : null;
            return (
              <li key={k} className="rounded border border-amber-200 bg-amber-50/60 p-2" data-proposal={k} tabIndex={-1}>
                <p lang={lang}>
                  «{q.text}» <span className="text-xs text-slate-600">{q.start}–{q.end}</span>
                </p>
                <p className="text-xs text-slate-700">
                  {t.speakerLabel}: {speaker ?? (q.speaker?.name ? t.proposedSpeaker(q.speaker.name) : t.noSpeaker)}
                </p>
                <Decision
                  k={k}
                  label={label}
                  onDecided={onDecided}
                  accepted={accepted.has(quoteId(sourceId, q.start, q.end))}
                  onAccept={() => accept(q)}
                  onEdit={() => {
                    accept(q);
                    onEditQuote(quoteId(sourceId, q.start, q.end));
                  }}
                  extra={
                    q.speaker && !q.speaker.actorId && q.speaker.name ? (
                      <button type="button" className={BUTTON} onClick={() => onNewActor(q.speaker!.name!, q.speaker!.name!)}>
                        {t.addAsActor}: {q.speaker.name}
                      </button>
                    ) : null
                  }
                />
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="curate-p-mentions">
        <h4 id="curate-p-mentions" className="mb-1 font-semibold text-slate-900">
          {t.mentionsProposed(unknownNames.size)}
        </h4>
        <ul className="flex flex-col gap-1">
          {[...unknownNames.values()].map((m) => {
            const k = proposalKey('mention', sourceId, m.start, m.end);
            if (dismissed.has(k)) return <Dismissed key={k} k={k} label={m.text} lang={lang} onDecided={onDecided} />;
            return (
              <li key={k} className="flex flex-wrap items-center gap-2" data-proposal={k} tabIndex={-1}>
                <span className="underline decoration-sky-700 decoration-2" lang={lang}>{m.text}</span>
                <span className="text-xs text-slate-600">({t.unresolved})</span>
                <Decision k={k} label={m.text} accepted={false} onDecided={onDecided} onAccept={() => onNewActor(m.text, m.text)} />
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="curate-p-dates">
        <h4 id="curate-p-dates" className="mb-1 font-semibold text-slate-900">
          {t.datesProposed(draft.dates.length)}
        </h4>
        <ul className="flex flex-col gap-1 text-xs">
          {draft.dates.length > 0 && <li className="text-slate-600">{openEvent ? t.dateInto(openEvent.title.en || t.untitled) : t.dateNeedsEvent}</li>}
          {draft.dates.map((d) => {
            const k = proposalKey('date', sourceId, d.start, d.end);
            if (dismissed.has(k)) return <Dismissed key={k} k={k} label={d.text} lang={lang} onDecided={onDecided} />;
            const dd = d.date;
            const used = !!dd && !!openEvent && openEvent.date.start === dd.start && openEvent.date.end === dd.end && openEvent.date.precision === dd.precision && openEvent.date.basis === dd.basis;
            const usable = !!dd && !!openEvent;
            return (
              <li key={k} className="rounded border border-fuchsia-200 p-1.5" data-proposal={k} tabIndex={-1}>
                <span className="font-medium" lang={lang}>«{d.text}»</span> → {dd ? `${dd.start ?? '…'} – ${dd.end ?? '…'} (${c.precisions[dd.precision]})` : t.unresolved}
                <p className="text-slate-600">{dd?.basis ?? d.reason}</p>
                <Decision
                  k={k}
                  label={d.text}
                  accepted={used}
                  onDecided={onDecided}
                  onAccept={usable ? () => onUseDate(d, false) : undefined}
                  onEdit={usable ? () => onUseDate(d, true) : undefined}
                />
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="curate-p-events">
        <h4 id="curate-p-events" className="mb-1 font-semibold text-slate-900">
          {t.eventsProposed(draft.events.length)}
        </h4>
        <ul className="flex flex-col gap-2">
          {draft.events.map((e) => {
            const k = proposalKey('event', sourceId, e.sentence.start, e.sentence.end);
            const label = e.sentence.text.length > 70 ? `${e.sentence.text.slice(0, 70)}…` : e.sentence.text;
            if (dismissed.has(k)) return <Dismissed key={k} k={k} label={label} lang={lang} onDecided={onDecided} />;
            return (
              <li key={k} className="rounded border border-slate-200 p-2" data-proposal={k} tabIndex={-1}>
                <p className="text-xs" lang={lang}>
                  {e.sentence.text}
                </p>
                <p className="text-xs text-slate-600">
                  {c.eventKinds[e.kind]} · {c.statuses[e.status]} · {e.date ? `${e.date.start ?? '…'} – ${e.date.end ?? '…'}` : t.unresolved}
                </p>
                <Decision k={k} label={label} accepted={false} onDecided={onDecided} extra={
                  <button type="button" className={BUTTON} onClick={() => onCreateEvent(e)} aria-label={`${t.createEvent}: ${label}`}>
                    {t.createEvent}
                  </button>
                } />
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

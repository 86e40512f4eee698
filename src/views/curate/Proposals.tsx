import { useRef, type ReactNode } from 'react';
import type { Draft, DraftDateMention, DraftEvent } from '../../lib/curate';
import { acceptedQuote, draftProposals } from '../../lib/curate/proposals';
import type { CuratedEvent, CurationDoc } from '../../lib/curate/workspace';
import { dispatchCuration } from '../../state/curation-store';
import { useT } from '../../state/i18n';
import { Decision, Dismissed, useDecidedFocus } from './Decision';
import { BUTTON } from './Field';
import { useCurateT } from './useCurateT';

function Group({ id, title, className, children }: { id: string; title: string; className: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h4 id={id} className="mb-1 font-semibold text-slate-900">
        {title}
      </h4>
      <ul className={className}>{children}</ul>
    </section>
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
  const c = useT().common;
  const t = useCurateT();
  const lang = doc.sources.find((s) => s.id === sourceId)?.lang;
  const list = useRef<HTMLDivElement>(null);
  const onDecided = useDecidedFocus(list);
  const p = draftProposals(doc, sourceId, draft, openEvent);
  const dismissed = ({ key, label }: { key: string; label: string }) => <Dismissed key={key} k={key} label={label} lang={lang} onDecided={onDecided} />;
  const accept = (q: Draft['quotes'][number]) => dispatchCuration({ type: 'acceptQuote', quote: acceptedQuote(sourceId, q) });

  return (
    <div className="flex flex-col gap-3 p-3 text-sm" ref={list}>
      <Group id="curate-p-quotes" title={t.quotesProposed(p.quotes.length)} className="flex flex-col gap-2">
        {p.quotes.map((x) => {
          if (x.dismissed) return dismissed(x);
          const q = x.quote;
          const proposed = q.speaker && !q.speaker.actorId ? q.speaker.name : null;
          return (
            <li key={x.key} className="rounded border border-amber-200 bg-amber-50/60 p-2" data-proposal={x.key} tabIndex={-1}>
              <p lang={lang}>
                «{q.text}» <span className="text-xs text-slate-600">{q.start}–{q.end}</span>
              </p>
              <p className="text-xs text-slate-700">
                {t.speakerLabel}: {x.speaker ?? (q.speaker?.name ? t.proposedSpeaker(q.speaker.name) : t.noSpeaker)}
              </p>
              <Decision
                k={x.key}
                label={x.label}
                onDecided={onDecided}
                accepted={x.accepted}
                onAccept={() => accept(q)}
                onEdit={() => {
                  accept(q);
                  onEditQuote(x.id);
                }}
                extra={
                  proposed ? (
                    <button type="button" className={BUTTON} onClick={() => onNewActor(proposed, proposed)}>
                      {t.addAsActor}: {proposed}
                    </button>
                  ) : null
                }
              />
            </li>
          );
        })}
      </Group>
      <Group id="curate-p-mentions" title={t.mentionsProposed(p.mentions.length)} className="flex flex-col gap-1">
        {p.mentions.map((x) =>
          x.dismissed ? (
            dismissed(x)
          ) : (
            <li key={x.key} className="flex flex-wrap items-center gap-2" data-proposal={x.key} tabIndex={-1}>
              <span className="underline decoration-sky-700 decoration-2" lang={lang}>{x.label}</span>
              <span className="text-xs text-slate-600">({t.unresolved})</span>
              <Decision k={x.key} label={x.label} accepted={false} onDecided={onDecided} onAccept={() => onNewActor(x.label, x.label)} />
            </li>
          ),
        )}
      </Group>
      <Group id="curate-p-dates" title={t.datesProposed(p.dates.length)} className="flex flex-col gap-1 text-xs">
        {p.dates.length > 0 && <li className="text-slate-600">{openEvent ? t.dateInto(openEvent.title.en || t.untitled) : t.dateNeedsEvent}</li>}
        {p.dates.map((x) => {
          if (x.dismissed) return dismissed(x);
          const d = x.mention;
          const dd = d.date;
          return (
            <li key={x.key} className="rounded border border-fuchsia-200 p-1.5" data-proposal={x.key} tabIndex={-1}>
              <span className="font-medium" lang={lang}>«{d.text}»</span> → {dd ? `${dd.start ?? '…'} – ${dd.end ?? '…'} (${c.precisions[dd.precision]})` : t.unresolved}
              <p className="text-slate-600">{dd?.basis ?? d.reason}</p>
              <Decision
                k={x.key}
                label={x.label}
                accepted={x.used}
                onDecided={onDecided}
                onAccept={x.usable ? () => onUseDate(d, false) : undefined}
                onEdit={x.usable ? () => onUseDate(d, true) : undefined}
              />
            </li>
          );
        })}
      </Group>
      <Group id="curate-p-events" title={t.eventsProposed(p.events.length)} className="flex flex-col gap-2">
        {p.events.map((x) => {
          if (x.dismissed) return dismissed(x);
          const e = x.event;
          return (
            <li key={x.key} className="rounded border border-slate-200 p-2" data-proposal={x.key} tabIndex={-1}>
              <p className="text-xs" lang={lang}>
                {e.sentence.text}
              </p>
              <p className="text-xs text-slate-600">
                {c.eventKinds[e.kind]} · {c.statuses[e.status]} · {e.date ? `${e.date.start ?? '…'} – ${e.date.end ?? '…'}` : t.unresolved}
              </p>
              <Decision k={x.key} label={x.label} accepted={false} onDecided={onDecided} extra={
                <button type="button" className={BUTTON} onClick={() => onCreateEvent(e)} aria-label={`${t.createEvent}: ${x.label}`}>
                  {t.createEvent}
                </button>
              } />
            </li>
          );
        })}
      </Group>
    </div>
  );
}

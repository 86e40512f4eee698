import { useEffect, useRef } from 'react';
import type { CurationDoc } from '../../lib/curate/workspace';
import { dispatchCuration } from '../../state/curation-store';
import { BUTTON, SelectField, TextField } from './Field';
import { useCurateT } from './useCurateT';

/** Accepted quotes: speaker, kind and the curator's translation; the text itself is fixed. */
export function QuoteList({ doc, focusId, paths }: { doc: CurationDoc; focusId: string | null; paths: ReadonlyMap<string, string> }) {
  const t = useCurateT();
  const focused = useRef<HTMLLIElement>(null);
  useEffect(() => {
    focused.current?.querySelector<HTMLElement>('textarea')?.focus();
  }, [focusId]);
  const speakers = [{ value: '', label: t.noSpeaker }, ...doc.actors.map((a) => ({ value: a.id, label: a.name }))];
  return (
    <ul className="flex flex-col gap-2 p-3">
      {doc.quotes.map((q) => {
        const path = paths.get(q.id);
        return (
          <li key={q.id} ref={q.id === focusId ? focused : undefined} className="flex flex-col gap-1 rounded border border-emerald-200 bg-emerald-50/50 p-2 text-sm" aria-label={`«${q.text.slice(0, 50)}»`}>
            <p lang={doc.sources.find((s) => s.id === q.sourceId)?.lang}>
              «{q.text}» <span className="text-xs text-slate-600">{q.start}–{q.end}</span>
            </p>
            <div className="grid grid-cols-2 gap-2">
              <SelectField
                label={t.speakerLabel}
                value={q.speakerId ?? ''}
                options={speakers}
                path={path ? `${path}.speakerId` : undefined}
                onChange={(v) => dispatchCuration({ type: 'updateQuote', id: q.id, patch: { speakerId: v || null } })}
              />
              <SelectField
                label={t.quoteKind}
                value={q.kind}
                options={[{ value: 'direct', label: t.kindDirect }, { value: 'passage', label: t.kindPassage }]}
                onChange={(v) => dispatchCuration({ type: 'updateQuote', id: q.id, patch: { kind: v } })}
              />
            </div>
            <TextField
              label={t.translation}
              multiline
              lang="en"
              value={q.translation}
              path={path ? `${path}.translation.en` : undefined}
              invalid={!/\S/.test(q.translation)}
              note={!/\S/.test(q.translation) ? t.blank : undefined}
              onChange={(v) => dispatchCuration({ type: 'updateQuote', id: q.id, patch: { translation: v }, coalesce: `quote:${q.id}:translation` })}
            />
            <button type="button" className={`${BUTTON} w-fit`} onClick={() => dispatchCuration({ type: 'removeQuote', id: q.id })}>
              {t.removeQuote}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

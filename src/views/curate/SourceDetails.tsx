import type { CuratedSource } from '../../lib/curate/workspace';
import { dispatchCuration } from '../../state/curation-store';
import { BUTTON, TextField } from './Field';
import { useCurateT } from './useCurateT';

/**
 * A source's details after it is added, each field named by its JSON path so that a problem
 * leads to it. The text, the id and (once a quote points into it) the body stay as they are.
 */
export function SourceDetails({ source, index, used }: { source: CuratedSource; index: number; used: boolean }) {
  const t = useCurateT();
  const p = `sources[${index}]`;
  const set = (patch: Partial<Omit<CuratedSource, 'id'>>, field: string) =>
    dispatchCuration({ type: 'updateSource', id: source.id, patch, coalesce: `source:${source.id}:${field}` });
  const blank = (s: string | null) => s === null || !/\S/.test(s);
  // Optional fields stay null when unknown: a blank field is not an empty string.
  const orNull = (v: string) => (/\S/.test(v) ? v : null);
  return (
    <form aria-label={t.sourceDetails(source.id)} className="flex flex-col gap-2 border-b border-slate-200 px-3 py-2" onSubmit={(e) => e.preventDefault()}>
      <div className="grid grid-cols-2 gap-2">
        <TextField
          label={`${t.publisher} (${t.required})`}
          value={source.publisher ?? ''}
          path={`${p}.publisher`}
          invalid={blank(source.publisher)}
          note={blank(source.publisher) ? t.required : undefined}
          onChange={(v) => set({ publisher: v }, 'publisher')}
        />
        <TextField
          label={`${t.published} (${t.required})`}
          type="date"
          value={source.published ?? ''}
          path={`${p}.published`}
          invalid={blank(source.published)}
          note={blank(source.published) ? t.invalidDate : t.publishedHint}
          onChange={(v) => set({ published: v }, 'published')}
        />
        <TextField label={t.titleOptional} value={source.title ?? ''} path={`${p}.title`} onChange={(v) => set({ title: orNull(v) }, 'title')} />
        <TextField label={t.urlOptional} type="url" value={source.url ?? ''} path={`${p}.url`} onChange={(v) => set({ url: orNull(v) }, 'url')} />
        <TextField label={t.language} value={source.lang} path={`${p}.lang`} onChange={(v) => set({ lang: v }, 'lang')} />
      </div>
      <TextField label={t.notes} multiline value={source.notes ?? ''} path={`${p}.notes`} onChange={(v) => set({ notes: orNull(v) }, 'notes')} />
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-700" data-path={`${p}.body`} tabIndex={-1}>
        <span>{source.body ? t.bodyIs(source.body.start, source.body.end) : t.bodyWhole}</span>
        {used ? (
          <span className="text-slate-600">{t.bodyFixed}</span>
        ) : (
          source.body && (
            <button type="button" className={BUTTON} onClick={() => dispatchCuration({ type: 'updateSource', id: source.id, patch: { body: null } })}>
              {t.clearBody}
            </button>
          )
        )}
      </div>
    </form>
  );
}

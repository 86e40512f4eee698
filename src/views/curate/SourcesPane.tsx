import type { Draft } from '../../lib/curate';
import { sourceWarnings } from '../../lib/curate/source-check';
import type { CurationDoc } from '../../lib/curate/workspace';
import { dispatchCuration } from '../../state/curation-store';
import { ArticleText } from './ArticleText';
import { BUTTON } from './Field';
import { SourceDetails } from './SourceDetails';
import { SourceForm } from './SourceForm';
import { useCurateT } from './useCurateT';
import type { WorkspaceNav } from './useWorkspaceNav';
import { WarningList } from './WarningList';

/** The sources: which one is under review, its details and warnings, and its article to make quotes from. */
export function SourcesPane({ doc, nav, draft, draftError, readOnly }: { doc: CurationDoc; nav: WorkspaceNav; draft: Draft | null; draftError: string | null; readOnly: boolean }) {
  const t = useCurateT();
  const { source, adding, setAdding, details, setDetails } = nav;
  const sourceUsed = !!source && doc.quotes.some((q) => q.sourceId === source.id);
  return (
    <section aria-labelledby="curate-sources" className="flex min-h-[32rem] flex-col border-r border-slate-200 lg:row-span-2 lg:min-h-0 xl:row-span-1">
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-1.5">
        <h3 id="curate-sources" className="text-sm font-semibold">{t.sources}</h3>
        {doc.sources.length > 1 && (
          <select aria-label={t.reviewing} value={source?.id ?? ''} onChange={(e) => nav.showSource(e.currentTarget.value)} className="rounded border border-slate-300 text-sm">
            {doc.sources.map((s) => (
              <option key={s.id} value={s.id}>{s.id}</option>
            ))}
          </select>
        )}
        {source && (
          <button type="button" className={`${BUTTON} ml-auto`} onClick={() => setDetails((d) => !d)} aria-expanded={details}>
            {t.details}
          </button>
        )}
        <button type="button" className={`${BUTTON} ${source ? '' : 'ml-auto'}`} onClick={() => setAdding((a) => !a)} aria-expanded={adding}>
          {t.addSource}
        </button>
        {source && (
          <span className="w-full text-xs text-slate-600">
            {source.publisher || t.unknownValue} · {source.published || t.unknownValue} · {source.title ?? t.unknownValue} · {t.characters(source.text.length)}
          </span>
        )}
      </div>
      {adding && <SourceForm takenIds={new Set(doc.sources.map((s) => s.id))} onCancel={() => setAdding(false)} onAdd={nav.addSource} />}
      {source && !adding && (
        <>
          {details && <SourceDetails source={source} index={doc.sources.indexOf(source)} used={sourceUsed} />}
          <div className="px-3 pt-2"><WarningList warnings={sourceWarnings(source.text, source.body)} /></div>
          {draftError && <p className="px-3 py-1 text-sm text-red-800">{t.cannotDraft(draftError === 'needPublished' ? t.needPublished : draftError)}</p>}
          <ArticleText
            source={source}
            draft={draft}
            quotes={doc.quotes}
            readOnly={readOnly}
            canMarkBody={!sourceUsed}
            onBody={(body) => dispatchCuration({ type: 'updateSource', id: source.id, patch: { body } })}
            onQuote={(q) => dispatchCuration({ type: 'acceptQuote', quote: { sourceId: source.id, ...q, kind: 'passage', speakerId: null, translation: '' } })}
          />
        </>
      )}
    </section>
  );
}

import { useEffect, useMemo } from 'react';
import { validateCuration } from '../lib/curate/assemble';
import { buildIndex } from '../lib/dataset-index';
import { restoreCuration, useCuration } from '../state/curation-store';
import { DatasetScope } from '../state/dataset-scope';
import { useT } from '../state/i18n';
import { setUrlState } from '../state/url-store';
import { Workspace } from './Workspace';

/** The three views on the curated dataset, as validated in memory, under a banner. */
export function CuratePreview() {
  const t = useT().curate;
  const { state, status } = useCuration();
  // A reload in preview reads the saved work first, as the workspace does.
  useEffect(() => restoreCuration(), []);
  const index = useMemo(() => {
    if (status === 'restoring') return null;
    const v = validateCuration(state.doc);
    return v.ok ? buildIndex(v.dataset, v.texts) : null;
  }, [state.doc, status]);
  return (
    <>
      <div role="status" className="flex flex-wrap items-center gap-3 border-b-2 border-amber-400 bg-amber-50 px-4 py-2 text-sm text-amber-950">
        <strong>{t.previewBanner}</strong>
        {status === 'restoring' ? <span>{t.restoring}</span> : !index && <span>{t.previewInvalid}</span>}
        <button type="button" className="underline" onClick={() => setUrlState({ curate: 'open' })}>
          {t.previewBack}
        </button>
      </div>
      {index && (
        <DatasetScope index={index}>
          <Workspace />
        </DatasetScope>
      )}
    </>
  );
}

import { emptyDoc, type WorkspaceState } from '../../lib/curate/workspace';
import { dispatchCuration } from '../../state/curation-store';
import { setUrlState } from '../../state/url-store';
import { BUTTON, PRIMARY, TextField } from './Field';
import { useCurateT } from './useCurateT';

/** The dataset's title, undo and redo, the preview, the two exports and where the work stands. */
export function Toolbar({
  state,
  problems,
  exportable,
  notice,
  onExportJson,
  onExportZip,
}: {
  state: WorkspaceState;
  problems: number;
  exportable: boolean;
  notice: string;
  onExportJson: () => void;
  onExportZip: () => void;
}) {
  const t = useCurateT();
  const doc = state.doc;
  return (
    <div className="flex flex-wrap items-end gap-2 border-b border-slate-200 px-3 py-2">
      <div className="grid min-w-[20rem] flex-1 grid-cols-2 gap-2">
        {(['en', 'es'] as const).map((l) => (
          <TextField
            key={l}
            label={`${t.datasetTitle} (${l === 'en' ? t.english : t.spanish})`}
            lang={l}
            value={doc.title[l]}
            path={`title.${l}`}
            invalid={!/\S/.test(doc.title[l])}
            onChange={(v) => dispatchCuration({ type: 'setTitle', title: { ...doc.title, [l]: v }, coalesce: `title.${l}` })}
          />
        ))}
      </div>
      <button type="button" className={BUTTON} disabled={!state.past.length} onClick={() => dispatchCuration({ type: 'undo' })} aria-keyshortcuts="Control+Z">
        {t.undo}
      </button>
      <button type="button" className={BUTTON} disabled={!state.future.length} onClick={() => dispatchCuration({ type: 'redo' })} aria-keyshortcuts="Control+Shift+Z">
        {t.redo}
      </button>
      <button type="button" className={BUTTON} disabled={problems > 0} onClick={() => setUrlState({ curate: 'preview' })}>
        {t.preview}
      </button>
      <button type="button" className={PRIMARY} disabled={!exportable} onClick={onExportJson} title={t.exportJsonHint} aria-describedby="curate-export-note">
        {t.exportJson}
      </button>
      <button type="button" className={BUTTON} disabled={!exportable} onClick={onExportZip} title={t.exportZipHint} aria-describedby="curate-export-note">
        {t.exportZip}
      </button>
      <button type="button" className={BUTTON} onClick={() => window.confirm(t.startOverConfirm) && dispatchCuration({ type: 'reset', doc: emptyDoc() })}>
        {t.startOver}
      </button>
      <p id="curate-export-note" className="w-full text-xs text-slate-600" role="status">
        {state.dirty ? `${t.unexported} · ${t.savedLocally}` : notice || t.savedLocally}
        {problems > 0 && ` · ${t.exportBlocked(problems)}`}
      </p>
    </div>
  );
}

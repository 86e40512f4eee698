import { DatasetFetchError, DatasetInvalidError } from '../data/load';
import { formatProblem } from '../data/problems';
import { useT } from '../state/i18n';

const MAX_LISTED = 500;

/** Bad data is named, line by line, in the CLI's own wording; never a blank page. */
export function ErrorPanel({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useT().app;
  if (error instanceof DatasetInvalidError) {
    const shown = error.problems.slice(0, MAX_LISTED);
    return (
      <div role="alert" aria-labelledby="dataset-error-title" className="m-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950">
        <h2 id="dataset-error-title" className="text-lg font-semibold">
          {t.invalidTitle(error.problems.length)}
        </h2>
        <p className="mt-1 text-sm">{t.invalidIntro}</p>
        <ul className="mt-3 max-h-[60vh] space-y-1 overflow-auto font-mono text-sm" aria-label={t.invalidTitle(error.problems.length)}>
          {shown.map((p, i) => (
            <li key={i} className="break-words">
              {formatProblem(p)}
            </li>
          ))}
          {error.problems.length > shown.length && <li>… {error.problems.length - shown.length} more</li>}
        </ul>
      </div>
    );
  }
  const detail = error instanceof DatasetFetchError ? `${error.url}: ${error.status}` : error.message;
  return (
    <div role="alert" className="m-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950">
      <h2 className="text-lg font-semibold">{t.loadFailedTitle}</h2>
      <p className="mt-1 font-mono text-sm">{t.networkError(detail)}</p>
      <button type="button" onClick={onRetry} className="mt-3 rounded bg-red-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-900">
        {t.retry}
      </button>
    </div>
  );
}

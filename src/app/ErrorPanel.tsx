import { useEffect, useState } from 'react';
import { DatasetFetchError, DatasetInvalidError, NOT_ON_SITE, PAGE_INSTEAD, WorkerSilentError } from '../data/errors';
import { cut } from '../data/names';
import { formatProblem } from '../data/problems';
import type { Messages } from '../i18n/messages';
import { useT } from '../state/i18n';

const MAX_LISTED = 500;

/** Bad data is named, line by line, in the CLI's own wording; never a blank page. */
export function ErrorPanel({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useT().app;
  if (error instanceof DatasetInvalidError) return <ProblemList problems={error.problems.map(formatProblem)} />;
  return (
    <div role="alert" className="m-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950">
      <h2 className="text-lg font-semibold">{t.loadFailedTitle}</h2>
      <p className="mt-1 font-mono text-sm break-words">{describeFailure(error, t)}</p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-3 min-h-8 rounded bg-red-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500"
      >
        {t.retry}
      </button>
    </div>
  );
}

/** What went wrong, in words: the file and why for a request, the worker's silence, else the error. */
function describeFailure(error: Error, t: Messages['app']): string {
  if (error instanceof DatasetFetchError) {
    const why = /^404\b/.test(error.status)
      ? t.notFound
      : error.status === PAGE_INSTEAD
        ? t.notFoundPage
        : error.status === NOT_ON_SITE
          ? t.notOnSite
          : error.status;
    return t.networkError(`${cut(error.url, 120)}: ${why}`);
  }
  if (error instanceof WorkerSilentError) return t.workerSilent(Math.round(error.seconds / 60));
  return t.unexpectedError(error.message);
}

/** A `?data=` value that is not a dataset path on this site: named, and nothing is loaded. */
export function RejectedLink({ value }: { value: string }) {
  const t = useT().app;
  return (
    <div role="alert" className="m-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950">
      <h2 className="text-lg font-semibold">{t.dataLinkTitle}</h2>
      <p className="mt-1 font-mono text-sm break-words">{`${cut(value, 120)}: ${t.notOnSite}`}</p>
    </div>
  );
}

function ProblemList({ problems }: { problems: string[] }) {
  const t = useT().app;
  const [copied, setCopied] = useState(false);
  const shown = problems.slice(0, MAX_LISTED);
  const title = t.invalidTitle(problems.length);

  useEffect(() => {
    if (!copied) return;
    const id = window.setTimeout(() => setCopied(false), 2000);
    return () => window.clearTimeout(id);
  }, [copied]);

  const copy = () => {
    // The clipboard may be refused (permissions, insecure context); the list stays selectable.
    navigator.clipboard?.writeText(problems.join('\n')).then(
      () => setCopied(true),
      () => {},
    );
  };

  // Only the title is announced: an alert reads out all it holds, and the list may be long.
  return (
    <section aria-labelledby="dataset-error-title" className="m-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div role="alert">
          <h2 id="dataset-error-title" className="text-lg font-semibold">
            {title}
          </h2>
        </div>
        <div className="flex items-center gap-2">
          <button
            type="button"
            onClick={copy}
            className="min-h-8 rounded border border-red-300 bg-white px-3 py-1 text-sm font-medium text-red-900 hover:bg-red-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500"
          >
            {t.copyProblems}
          </button>
          <span aria-live="polite" className="text-sm font-medium">
            {copied ? t.problemsCopied : ''}
          </span>
        </div>
      </div>
      <p className="mt-1 text-sm">{t.invalidIntro}</p>
      {/* The validator's messages, in English in both interfaces; focusable so a long list scrolls by keyboard. */}
      <ul
        lang="en"
        aria-label={title}
        tabIndex={0}
        className="mt-3 max-h-[60vh] space-y-1 overflow-auto rounded font-mono text-sm focus-visible:outline-3 focus-visible:outline-amber-500"
      >
        {shown.map((line, i) => (
          <li key={i} className="break-words">
            {line}
          </li>
        ))}
      </ul>
      {problems.length > shown.length && <p className="mt-2 text-sm">{t.moreProblems(problems.length - shown.length)}</p>}
      <p className="mt-3 text-sm">
        {t.cliHint} <code className="rounded bg-white px-1 py-0.5 font-mono text-xs">npm run validate-data -- path/to/dataset.json</code>
      </p>
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { cut } from '../data/names';
import { isShippedDataset, urlDatasetRequest } from '../data/dataset-request';
import { datasetQueryOptions, type DatasetRequest } from '../data/queries';
import { DatasetScope } from '../state/dataset-scope';
import { useLang, useT } from '../state/i18n';
import { setUrlState, useUrlValue } from '../state/url-store';
import { CurateControl, CurateMain, useCurationGuard } from './Curate';
import { DatasetOpener, type OpenedFiles } from './DatasetOpener';
import { ErrorPanel, RejectedLink } from './ErrorPanel';
import { LanguageSwitch } from './LanguageSwitch';
import { Skeleton } from './Skeleton';
import { Workspace } from './Workspace';

export function Shell() {
  const lang = useLang();
  const t = useT().app;
  const dataPath = useUrlValue((s) => s.data);
  const rejected = useUrlValue((s) => s.dataRejected);
  const [opened, setOpened] = useState<(OpenedFiles & { id: number }) | null>(null);
  const nextId = useRef(1);

  const request: DatasetRequest = opened
    ? { kind: 'files', json: opened.json, sources: opened.sources, id: opened.id }
    : urlDatasetRequest(dataPath);
  const refused = !opened && rejected !== null;
  const query = useQuery({ ...datasetQueryOptions(request), enabled: !refused });
  const title = refused ? undefined : query.data?.dataset.title[lang];
  // Anything but the published data says so, whatever state it is in: a same-origin link
  // must not pass off another file's "verbatim" quotes under the app's name.
  const foreign = opened ? opened.json.name : (rejected ?? (request.kind === 'url' && !isShippedDataset(request) ? request.path : null));
  // The views' first render of a dataset is a transition: React renders it in slices and
  // yields between them, so the page stays responsive while three views are built.
  const shown = useDeferredValue(query.data);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    document.title = title ? `${title} · ${t.productName}` : t.productName;
  }, [title, t.productName]);

  const curate = useUrlValue((s) => s.curate);
  useCurationGuard();

  const onOpen = useCallback((files: OpenedFiles) => setOpened({ ...files, id: nextId.current++ }), []);
  const backToShipped = useCallback(() => {
    setOpened(null);
    setUrlState((s) => (s.data !== null || s.dataRejected !== null ? { data: null, dataRejected: null, event: null } : {}));
  }, []);

  return (
    <div className="flex min-h-screen flex-col lg:h-screen">
      <a href="#timeline" className="sr-only-focusable absolute top-2 left-2 z-50 rounded bg-white px-3 py-2 shadow">
        {t.skipToContent}
      </a>
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 bg-white px-4 py-2.5">
        <div className="min-w-0 flex-[1_1_16rem]">
          <h1 className="text-lg leading-tight font-bold tracking-tight text-slate-900">
            {t.productName}
            <span className="sr-only"> — </span>
            <span className="ml-2 hidden text-sm font-normal text-slate-600 sm:inline">{t.tagline}</span>
          </h1>
          {/* Two lines kept on a phone, where a title wraps: the header does not grow when it arrives. */}
          <p className="line-clamp-2 min-h-10 text-sm text-slate-700 sm:min-h-0 sm:truncate" title={title}>
            {title ?? '\u00a0'}
          </p>
        </div>
        <div className="flex items-center gap-2">
          <CurateControl />
          <DatasetOpener onOpen={onOpen} />
          <LanguageSwitch />
        </div>
      </header>
      {foreign !== null && (
        <div
          role="note"
          aria-label={t.notShipped}
          className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950"
        >
          <strong className="font-semibold">{t.notShipped}</strong>
          {/* A link's file is "shown" only once it has loaded; an opened file is named as opened. */}
          <span className="wrap-anywhere">{opened || query.data ? t.openedFile(cut(foreign, 120)) : t.askedFor(cut(foreign, 120))}</span>
          {!refused && <span>{t.notShippedNote}</span>}
          <button type="button" className="font-medium underline hover:text-amber-800" onClick={backToShipped}>
            {t.backToShipped}
          </button>
        </div>
      )}
      {curate !== 'closed' ? (
        <CurateMain mode={curate} inView={query.data ?? null} />
      ) : refused ? (
        <main className="flex-1">
          <RejectedLink value={rejected} />
        </main>
      ) : query.isError ? (
        <main className="flex-1">
          <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
        </main>
      ) : shown ? (
        <DatasetScope index={shown}>
          <Workspace />
        </DatasetScope>
      ) : (
        <Workspace loading={<Skeleton label={t.loading} />} />
      )}
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { datasetQueryOptions, SHIPPED_DATASET, type DatasetRequest } from '../data/queries';
import { DatasetContext } from '../state/dataset-context';
import { useLang, useT } from '../state/i18n';
import { useUrlValue } from '../state/url-store';
import { CurateControl, CurateMain, useCurationGuard } from './Curate';
import { DatasetOpener, type OpenedFiles } from './DatasetOpener';
import { ErrorPanel } from './ErrorPanel';
import { LanguageSwitch } from './LanguageSwitch';
import { Skeleton } from './Skeleton';
import { Workspace } from './Workspace';

export function Shell() {
  const lang = useLang();
  const t = useT().app;
  const dataPath = useUrlValue((s) => s.data);
  const [opened, setOpened] = useState<(OpenedFiles & { id: number }) | null>(null);
  const nextId = useRef(1);

  const request: DatasetRequest = opened
    ? { kind: 'files', json: opened.json, sources: opened.sources, id: opened.id }
    : { kind: 'url', path: dataPath ?? SHIPPED_DATASET };
  const query = useQuery(datasetQueryOptions(request));
  const title = query.data?.dataset.title[lang];
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
          <p className="line-clamp-2 text-sm text-slate-700 sm:truncate" title={title}>
            {title ?? '\u00a0'}
          </p>
        </div>
        {opened && (
          <p className="flex items-center gap-2 text-sm text-slate-700">
            <span>{t.openedFile(opened.json.name)}</span>
            <button type="button" className="underline hover:text-slate-950" onClick={() => setOpened(null)}>
              {t.backToShipped}
            </button>
          </p>
        )}
        <div className="flex items-center gap-2">
          <CurateControl />
          <DatasetOpener onOpen={onOpen} />
          <LanguageSwitch />
        </div>
      </header>
      {curate !== 'closed' ? (
        <CurateMain mode={curate} inView={query.data ?? null} />
      ) : query.isError ? (
        <main className="flex-1">
          <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
        </main>
      ) : shown ? (
        <DatasetContext.Provider value={shown}>
          <Workspace />
        </DatasetContext.Provider>
      ) : (
        <Workspace loading={<Skeleton label={t.loading} />} />
      )}
    </div>
  );
}

import { useEffect, useId, useState } from 'react';
import { useT } from '../state/i18n';

export interface OpenedFiles {
  json: File;
  sources: File[];
}

/** Split a selection into the dataset JSON and the source texts that came with it. */
export function splitFiles(files: readonly File[]): OpenedFiles | null {
  const json = files.find((f) => f.name.toLowerCase().endsWith('.json'));
  if (!json) return null;
  return { json, sources: files.filter((f) => f !== json) };
}

/** A file input plus drag-and-drop anywhere on the page. Nothing leaves the browser. */
export function DatasetOpener({ onOpen }: { onOpen: (files: OpenedFiles) => void }) {
  const t = useT().app;
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const opened = splitFiles([...(e.dataTransfer?.files ?? [])]);
      if (opened) onOpen(opened);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onOpen]);

  return (
    <>
      <label
        htmlFor={inputId}
        title={t.openDatasetHint}
        className="cursor-pointer rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-amber-500"
      >
        <span className="hidden whitespace-nowrap sm:inline">{t.openDataset}</span>
        <span className="whitespace-nowrap sm:hidden">{t.openDatasetShort}</span>
        <input
          id={inputId}
          type="file"
          accept=".json,.txt,application/json,text/plain"
          multiple
          className="sr-only"
          onChange={(e) => {
            const opened = splitFiles([...(e.currentTarget.files ?? [])]);
            if (opened) onOpen(opened);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {dragging && (
        <div className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-slate-900/60 p-8" aria-live="polite">
          <p className="rounded-lg border-2 border-dashed border-white bg-slate-900/80 px-8 py-6 text-lg font-semibold text-white">
            {t.dropHere}
          </p>
        </div>
      )}
    </>
  );
}

import { useEffect, useRef, useState } from 'react';
import { checkSource, readSourceFile, sourceOf, type SourceFields } from '../../lib/curate/source-form';
import type { CuratedSource } from '../../lib/curate/workspace';
import { BUTTON, PRIMARY, TextField } from './Field';
import { SourceText, type FileNote } from './SourceText';
import { useCurateT } from './useCurateT';
import { WarningList } from './WarningList';

const EMPTY: SourceFields = { text: '', publisher: '', published: '', title: '', url: '', lang: 'es', notes: '', id: '' };

/** Paste or drop an article, with the metadata dates resolve against. The text is never altered. */
export function SourceForm({ takenIds, onAdd, onCancel }: { takenIds: ReadonlySet<string>; onAdd: (s: CuratedSource) => void; onCancel?: () => void }) {
  const t = useCurateT();
  const [fields, setFields] = useState(EMPTY);
  const set = (key: keyof SourceFields) => (v: string) => setFields((f) => ({ ...f, [key]: v }));
  const [tried, setTried] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  // A refused submission takes the focus to the first field that needs something.
  useEffect(() => {
    if (tried) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [tried]);
  const [fileNote, setFileNote] = useState<FileNote | null>(null);
  const [dragging, setDragging] = useState(false);
  const { id, errors, ok, warnings } = checkSource(fields, takenIds);
  const shown = (wrong: boolean) => tried > 0 && wrong;

  const readFile = (file: File | undefined) => {
    if (!file) return;
    void readSourceFile(file).then(({ text, error }) => {
      if (text !== null) set('text')(text);
      setFileNote({ name: file.name, error });
    });
  };

  return (
    <form
      ref={formRef}
      aria-label={t.addSource}
      className={`flex flex-col gap-2 p-3 ${dragging ? 'rounded bg-sky-50 outline-2 outline-sky-600 outline-dashed' : ''}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!ok) return setTried((n) => n + 1);
        onAdd(sourceOf(fields, id));
      }}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          e.stopPropagation();
          setDragging(true);
        }
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        setDragging(false);
        const file = [...e.dataTransfer.files].find((f) => f.name.toLowerCase().endsWith('.txt'));
        if (!file) return;
        // A .txt dropped here is an article, not a dataset for the whole page.
        e.preventDefault();
        e.stopPropagation();
        readFile(file);
      }}
    >
      <h3 className="text-sm font-semibold text-slate-900">{t.addSource}</h3>
      <SourceText
        text={fields.text}
        invalid={shown(errors.text)}
        fileNote={fileNote}
        onText={set('text')}
        onFile={readFile}
        onClear={() => {
          set('text')('');
          setFileNote(null);
        }}
      />
      <WarningList warnings={warnings} />
      <div className="grid grid-cols-2 gap-2">
        <TextField label={`${t.publisher} (${t.required})`} value={fields.publisher} onChange={set('publisher')} invalid={shown(errors.publisher)} note={shown(errors.publisher) ? t.required : undefined} />
        <TextField label={`${t.published} (${t.required})`} type="date" value={fields.published} onChange={set('published')} invalid={shown(errors.published)} note={shown(errors.published) ? t.invalidDate : t.publishedHint} />
        <TextField label={t.titleOptional} value={fields.title} onChange={set('title')} />
        <TextField label={t.urlOptional} type="url" value={fields.url} onChange={set('url')} invalid={errors.url} note={errors.url ? t.invalidUrl : undefined} />
        <TextField label={t.language} value={fields.lang} onChange={set('lang')} invalid={errors.lang} />
        <TextField label={t.sourceId} value={id} onChange={set('id')} invalid={errors.id} note={takenIds.has(id) ? t.idTaken : undefined} />
      </div>
      <TextField label={t.notes} value={fields.notes} onChange={set('notes')} multiline />
      <p className="text-xs text-slate-600">{t.bodyAfterAdd}</p>
      <div className="flex gap-2">
        <button type="submit" className={PRIMARY}>
          {t.addSourceButton}
        </button>
        {onCancel && (
          <button type="button" className={BUTTON} onClick={onCancel}>
            {t.cancel}
          </button>
        )}
      </div>
    </form>
  );
}

import { useEffect, useRef, useState } from 'react';
import { isValidIsoDate } from '../../data/dates';
import { decodeUtf8, MAX_SOURCE_BYTES, NotUtf8Error, tooLarge } from '../../data/read';
import { sourceWarnings, type SourceWarning } from '../../lib/curate/source-check';
import { slugify, uniqueId, type CuratedSource } from '../../lib/curate/workspace';
import { BUTTON, PRIMARY, TextField } from './Field';
import { useCurateT } from './useCurateT';

const nullIfBlank = (s: string) => (/\S/.test(s) ? s.trim() : null);

export function WarningList({ warnings }: { warnings: readonly SourceWarning[] }) {
  const t = useCurateT();
  if (!warnings.length) return null;
  return (
    <ul className="flex flex-col gap-1 text-xs text-amber-900" aria-label={t.warnings}>
      {warnings.map((w) => (
        <li key={w.kind} className="rounded border border-amber-300 bg-amber-50 px-2 py-1">
          {w.kind === 'crlf'
            ? t.warnCrlf(w.count)
            : w.kind === 'no-body'
              ? t.warnNoBody
              : w.kind === 'bom'
                ? t.warnBom
                : t.warnControl(w.count, w.first, `U+${w.code.toString(16).toUpperCase().padStart(4, '0')}`)}
        </li>
      ))}
    </ul>
  );
}

/** Paste or drop an article, with the metadata dates resolve against. The text is never altered. */
export function SourceForm({ takenIds, onAdd, onCancel }: { takenIds: ReadonlySet<string>; onAdd: (s: CuratedSource) => void; onCancel?: () => void }) {
  const t = useCurateT();
  const [text, setText] = useState('');
  const [publisher, setPublisher] = useState('');
  const [published, setPublished] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [lang, setLang] = useState('es');
  const [notes, setNotes] = useState('');
  const [id, setId] = useState('');
  const [tried, setTried] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  // A refused submission takes the focus to the first field that needs something.
  useEffect(() => {
    if (tried) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [tried]);
  const [fileNote, setFileNote] = useState<{ name: string; error: string | null } | null>(null);
  const [dragging, setDragging] = useState(false);
  // A text box turns CR LF (and a lone CR) into LF as soon as it is edited: a text holding
  // one is shown read-only, so that nothing changes it behind the curator's back.
  const locked = text.includes('\r');

  const suggestedId = uniqueId(slugify(`${publisher}-${published}`), takenIds, 'source');
  const finalId = id || suggestedId;
  const errors = {
    text: !/\S/.test(text),
    publisher: !/\S/.test(publisher),
    published: !isValidIsoDate(published),
    url: url !== '' && !/^https?:\/\/\S+$/i.test(url),
    lang: !/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(lang),
    id: !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(finalId) || takenIds.has(finalId),
  };
  const ok = !Object.values(errors).some(Boolean);
  // The body is marked on the text once it is added (a selection, never typed offsets).
  const warnings = text ? sourceWarnings(text, null).filter((w) => w.kind !== 'no-body') : [];

  // UTF-8 only, as the validator reads a source file: another encoding is refused, never
  // decoded into U+FFFD. A leading byte-order mark is dropped, as every reader drops it.
  const readFile = (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_SOURCE_BYTES) return setFileNote({ name: file.name, error: `it ${tooLarge(file.size, MAX_SOURCE_BYTES)}` });
    void file.arrayBuffer().then((b) => {
      try {
        setText(decodeUtf8(b));
        setFileNote({ name: file.name, error: null });
      } catch (e) {
        if (!(e instanceof NotUtf8Error)) throw e;
        setFileNote({ name: file.name, error: e.message });
      }
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
        onAdd({ id: finalId, lang, text, publisher: publisher.trim(), published, title: nullIfBlank(title), url: nullIfBlank(url), notes: nullIfBlank(notes), body: null });
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
      <div className="flex flex-col gap-0.5">
        <label htmlFor="curate-source-text" className="text-xs font-medium text-slate-700">
          {t.sourceText} <span className="text-slate-500">({t.required})</span>
        </label>
        <textarea
          id="curate-source-text"
          rows={8}
          value={text}
          readOnly={locked}
          aria-invalid={(tried > 0 && errors.text) || undefined}
          aria-describedby="curate-source-text-note"
          className="w-full rounded border border-slate-300 px-2 py-1 font-mono text-xs"
          // The clipboard's own text, so that line endings reach the source as they were.
          onPaste={(e) => {
            if (locked) return;
            const raw = e.clipboardData.getData('text/plain');
            if (!raw) return;
            e.preventDefault();
            const el = e.currentTarget;
            setText(text.slice(0, el.selectionStart) + raw + text.slice(el.selectionEnd));
          }}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <p id="curate-source-text-note" className="text-xs text-slate-600">
          {t.sourceTextHint} {text && t.characters(text.length)} {locked && t.textLocked}
        </p>
        {fileNote && (
          <p className={`text-xs ${fileNote.error ? 'text-red-700' : 'text-slate-700'}`} role={fileNote.error ? 'alert' : 'status'}>
            {fileNote.error ? t.fileRefused(fileNote.name, fileNote.error) : t.fileRead(fileNote.name)}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <label className={`${BUTTON} w-fit cursor-pointer has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-amber-500`}>
            {t.chooseTxt}
            <input
              type="file"
              accept=".txt,text/plain"
              className="sr-only"
              onChange={(e) => {
                readFile(e.currentTarget.files?.[0]);
                e.currentTarget.value = '';
              }}
            />
          </label>
          {text && (
            <button
              type="button"
              className={BUTTON}
              onClick={() => {
                setText('');
                setFileNote(null);
              }}
            >
              {t.clearText}
            </button>
          )}
        </div>
      </div>
      <WarningList warnings={warnings} />
      <div className="grid grid-cols-2 gap-2">
        <TextField label={`${t.publisher} (${t.required})`} value={publisher} onChange={setPublisher} invalid={tried > 0 && errors.publisher} note={tried > 0 && errors.publisher ? t.required : undefined} />
        <TextField label={`${t.published} (${t.required})`} type="date" value={published} onChange={setPublished} invalid={tried > 0 && errors.published} note={tried > 0 && errors.published ? t.invalidDate : t.publishedHint} />
        <TextField label={t.titleOptional} value={title} onChange={setTitle} />
        <TextField label={t.urlOptional} type="url" value={url} onChange={setUrl} invalid={errors.url} note={errors.url ? t.invalidUrl : undefined} />
        <TextField label={t.language} value={lang} onChange={setLang} invalid={errors.lang} />
        <TextField label={t.sourceId} value={finalId} onChange={(v) => setId(v)} invalid={errors.id} note={takenIds.has(finalId) ? t.idTaken : undefined} />
      </div>
      <TextField label={t.notes} value={notes} onChange={setNotes} multiline />
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

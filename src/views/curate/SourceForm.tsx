import { useState } from 'react';
import { isValidIsoDate } from '../../data/dates';
import { bodyProblem, sourceWarnings, type SourceWarning } from '../../lib/curate/source-check';
import { slugify, uniqueId, type CuratedSource } from '../../lib/curate/workspace';
import { useT } from '../../state/i18n';
import { BUTTON, PRIMARY, TextField } from './Field';

const nullIfBlank = (s: string) => (/\S/.test(s) ? s.trim() : null);

export function WarningList({ warnings }: { warnings: readonly SourceWarning[] }) {
  const t = useT().curate;
  if (!warnings.length) return null;
  return (
    <ul className="flex flex-col gap-1 text-xs text-amber-900" aria-label="warnings">
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
  const t = useT().curate;
  const [text, setText] = useState('');
  const [publisher, setPublisher] = useState('');
  const [published, setPublished] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [lang, setLang] = useState('es');
  const [bodyStart, setBodyStart] = useState('');
  const [bodyEnd, setBodyEnd] = useState('');
  const [notes, setNotes] = useState('');
  const [id, setId] = useState('');
  const [tried, setTried] = useState(false);

  const body = bodyStart === '' && bodyEnd === '' ? null : { start: Number(bodyStart === '' ? 0 : bodyStart), end: Number(bodyEnd === '' ? text.length : bodyEnd) };
  const bodyWhy = body ? bodyProblem(text, body) : null;
  const suggestedId = uniqueId(slugify(`${publisher}-${published}`), takenIds, 'source');
  const finalId = id || suggestedId;
  const errors = {
    text: !/\S/.test(text),
    publisher: !/\S/.test(publisher),
    published: !isValidIsoDate(published),
    url: url !== '' && !/^https?:\/\/\S+$/i.test(url),
    lang: !/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(lang),
    id: !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(finalId) || takenIds.has(finalId),
    body: bodyWhy !== null,
  };
  const ok = !Object.values(errors).some(Boolean);
  const warnings = text ? sourceWarnings(text, body && !bodyWhy ? body : null) : [];

  const readFile = (file: File | undefined) => {
    if (file) void file.text().then(setText);
  };

  return (
    <form
      aria-label={t.addSource}
      className="flex flex-col gap-2 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!ok) return;
        onAdd({ id: finalId, lang, text, publisher: publisher.trim(), published, title: nullIfBlank(title), url: nullIfBlank(url), notes: nullIfBlank(notes), body: body && !bodyWhy ? body : null });
      }}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          e.stopPropagation();
        }
      }}
      onDrop={(e) => {
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
          aria-invalid={(tried && errors.text) || undefined}
          aria-describedby="curate-source-text-note"
          className="w-full rounded border border-slate-300 px-2 py-1 font-mono text-xs"
          // The clipboard's own text, so that line endings reach the source as they were.
          onPaste={(e) => {
            const raw = e.clipboardData.getData('text/plain');
            if (!raw) return;
            e.preventDefault();
            const el = e.currentTarget;
            setText(text.slice(0, el.selectionStart) + raw + text.slice(el.selectionEnd));
          }}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <p id="curate-source-text-note" className="text-xs text-slate-600">
          {t.sourceTextHint} {text && t.characters(text.length)}
        </p>
        <label className={`${BUTTON} w-fit cursor-pointer has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-amber-500`}>
          {t.chooseTxt}
          <input type="file" accept=".txt,text/plain" className="sr-only" onChange={(e) => readFile(e.currentTarget.files?.[0])} />
        </label>
      </div>
      <WarningList warnings={warnings} />
      <div className="grid grid-cols-2 gap-2">
        <TextField label={`${t.publisher} (${t.required})`} value={publisher} onChange={setPublisher} invalid={tried && errors.publisher} />
        <TextField label={`${t.published} (${t.required})`} type="date" value={published} onChange={setPublished} invalid={tried && errors.published} note={tried && errors.published ? t.invalidDate : t.publishedHint} />
        <TextField label={t.titleOptional} value={title} onChange={setTitle} />
        <TextField label={t.urlOptional} type="url" value={url} onChange={setUrl} invalid={errors.url} note={errors.url ? t.invalidUrl : undefined} />
        <TextField label={t.language} value={lang} onChange={setLang} invalid={errors.lang} />
        <TextField label={t.sourceId} value={finalId} onChange={(v) => setId(v)} invalid={errors.id} note={takenIds.has(finalId) ? t.idTaken : undefined} />
        <TextField label={t.bodyStart} type="number" value={bodyStart} onChange={setBodyStart} invalid={errors.body} />
        <TextField label={t.bodyEnd} type="number" value={bodyEnd} onChange={setBodyEnd} invalid={errors.body} note={bodyWhy ? t.invalidBody(bodyWhy) : t.bodyHint} />
      </div>
      <TextField label={t.notes} value={notes} onChange={setNotes} multiline />
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

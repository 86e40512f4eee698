import { BUTTON } from './Field';
import { useCurateT } from './useCurateT';

export type FileNote = { name: string; error: string | null };

/** The new source's text: pasted, or read from a .txt file chosen here (or dropped on the form). */
export function SourceText({
  text,
  invalid,
  fileNote,
  onText,
  onFile,
  onClear,
}: {
  text: string;
  invalid: boolean;
  fileNote: FileNote | null;
  onText: (text: string) => void;
  onFile: (file: File | undefined) => void;
  onClear: () => void;
}) {
  const t = useCurateT();
  // A text box turns CR LF (and a lone CR) into LF as soon as it is edited: a text holding
  // one is shown read-only, so that nothing changes it behind the curator's back.
  const locked = text.includes('\r');
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor="curate-source-text" className="text-xs font-medium text-slate-700">
        {t.sourceText} <span className="text-slate-500">({t.required})</span>
      </label>
      <textarea
        id="curate-source-text"
        rows={8}
        value={text}
        readOnly={locked}
        aria-invalid={invalid || undefined}
        aria-describedby="curate-source-text-note"
        className="w-full rounded border border-slate-300 px-2 py-1 font-mono text-xs"
        // The clipboard's own text, so that line endings reach the source as they were.
        onPaste={(e) => {
          if (locked) return;
          const raw = e.clipboardData.getData('text/plain');
          if (!raw) return;
          e.preventDefault();
          const el = e.currentTarget;
          onText(text.slice(0, el.selectionStart) + raw + text.slice(el.selectionEnd));
        }}
        onChange={(e) => onText(e.currentTarget.value)}
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
              onFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </label>
        {text && (
          <button type="button" className={BUTTON} onClick={onClear}>
            {t.clearText}
          </button>
        )}
      </div>
    </div>
  );
}

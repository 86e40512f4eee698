import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../state/i18n';
import { setUrlState, useUrlValue } from '../../state/url-store';

/** Long enough to skip most keystrokes of a word, short enough not to feel late. */
const PUSH_DELAY_MS = 150;

/**
 * The shared search text (URL key `q`). The input keeps its own value so each keystroke
 * paints at once; the URL, and with it every view's filtering, follows after a short pause.
 */
export function SearchBox() {
  const t = useT().quotes;
  const id = useId();
  const urlQ = useUrlValue((s) => s.q);
  const [text, setText] = useState(urlQ);
  const [seenUrlQ, setSeenUrlQ] = useState(urlQ);
  const input = useRef<HTMLInputElement>(null);

  // Someone else changed the search (Back, a "clear filters" button): follow it.
  if (urlQ !== seenUrlQ) {
    setSeenUrlQ(urlQ);
    if (urlQ !== text) setText(urlQ);
  }

  useEffect(() => {
    if (text === urlQ) return;
    const timer = window.setTimeout(() => setUrlState({ q: text }, 'replace'), PUSH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, urlQ]);

  const clear = () => {
    setText('');
    setUrlState({ q: '' }, 'replace');
    input.current?.focus();
  };

  return (
    <div className="border-b border-slate-200 px-3 pt-2 pb-2.5">
      <div className="mb-1 flex flex-wrap items-baseline justify-between gap-x-2">
        <label htmlFor={id} className="text-xs font-medium text-slate-700">
          {t.searchLabel}
        </label>
        <span id={`${id}-hint`} className="text-[0.6875rem] text-slate-600">
          {t.searchHint}
        </span>
      </div>
      <div className="relative">
        <input
          ref={input}
          id={id}
          type="search"
          value={text}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          placeholder={t.searchPlaceholder}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') setUrlState({ q: text }, 'replace');
          }}
          className="h-9 w-full rounded-md border border-slate-400 bg-white pr-9 pl-2.5 text-sm text-slate-900 placeholder:text-slate-600 focus-visible:border-slate-700 [&::-webkit-search-cancel-button]:appearance-none"
        />
        {text && (
          <button
            type="button"
            onClick={clear}
            aria-label={t.clearSearch}
            title={t.clearSearch}
            className="absolute top-1/2 right-1 flex size-7 -translate-y-1/2 items-center justify-center rounded text-slate-700 hover:bg-slate-100 hover:text-slate-950"
          >
            <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        )}
      </div>
    </div>
  );
}

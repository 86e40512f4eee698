import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../state/i18n';

interface Props {
  /** Built on click, so the link carries the URL of that moment. */
  build: () => string;
  className: string;
}

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; text: string };

/** Copies a citation; says so politely, and offers the text to copy by hand if it fails. */
export function CopyCitation({ build, className }: Props) {
  const t = useT().quotes;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const id = useId();
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    const text = build();
    window.clearTimeout(timer.current);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'copied' });
      timer.current = window.setTimeout(() => setStatus({ kind: 'idle' }), 6000);
    } catch {
      setStatus({ kind: 'failed', text });
    }
  };

  return (
    <>
      <button type="button" onClick={() => void copy()} className={className}>
        {t.copyCitation}
      </button>
      <span role="status" className="text-xs font-medium text-emerald-800">
        {status.kind === 'copied' ? t.copied : ''}
      </span>
      {status.kind === 'failed' && (
        <div className="mt-1 w-full">
          <p role="alert" className="text-xs font-medium text-red-800">
            {t.copyFailed}
          </p>
          <label htmlFor={id} className="sr-only">
            {t.citationText}
          </label>
          <textarea
            id={id}
            readOnly
            value={status.text}
            rows={6}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 w-full rounded border border-slate-400 p-1.5 font-mono text-xs text-slate-900"
          />
        </div>
      )}
    </>
  );
}

import { memo, type ReactNode } from 'react';
import type { QuoteRef } from '../../lib/quotes/quote-ref';
import { groupRuns, type ReaderLine, type ReaderRun } from '../../lib/quotes/reader';
import { useT } from '../../state/i18n';
import { SEARCH_MARK } from './Marked';

export const READER_STYLE = {
  current: 'bg-amber-300 text-slate-950',
  event: 'bg-amber-100 text-slate-950',
  other: 'bg-sky-100 text-slate-950',
  nested: 'underline decoration-slate-900 decoration-2 underline-offset-4',
};

interface Props {
  text: string;
  lines: readonly ReaderLine[];
  current: QuoteRef;
  titleOf: (eventId: string) => string;
  onPick: (item: QuoteRef) => void;
}

function runClass(run: ReaderRun, current: QuoteRef): string {
  const base = run.covers.some((c) => c.key === current.key)
    ? READER_STYLE.current
    : run.covers.some((c) => c.eventId === current.eventId)
      ? READER_STYLE.event
      : READER_STYLE.other;
  return run.covers.length > 1 ? `${base} ${READER_STYLE.nested}` : base;
}

/**
 * The source, line by line, from precomputed runs. Each passage the dataset uses is a
 * button (inline, so it wraps like text) owned by the innermost quote under it.
 */
export const ReaderText = memo(function ReaderText({ text, lines, current, titleOf, onPick }: Props) {
  const nameOf = useT().quotes.passageName;
  const show = (r: ReaderRun): ReactNode => {
    const s = text.slice(r.start, r.end);
    return r.match ? <mark className={SEARCH_MARK}>{s}</mark> : s;
  };
  return lines.map((line) => (
    <p
      key={line.start}
      className={`min-h-7 break-words whitespace-pre-wrap ${line.used ? 'mb-3 text-slate-900' : 'mb-1 text-sm text-slate-600'}`}
    >
      {groupRuns(line.runs).map((piece) => {
        const first = piece.runs[0]!;
        if (!piece.owner) return piece.runs.map((r) => <span key={r.start}>{show(r)}</span>);
        const owner = piece.owner;
        const title = titleOf(owner.eventId);
        const pick = () => onPick(owner);
        return (
          <span
            key={first.start}
            role="button"
            tabIndex={0}
            aria-label={nameOf(text.slice(first.start, piece.runs.at(-1)!.end), title)}
            aria-current={owner.key === current.key ? 'true' : undefined}
            data-current={owner.key === current.key ? '' : undefined}
            data-in-current={piece.runs.some((r) => r.covers.some((c) => c.key === current.key)) ? '' : undefined}
            title={title}
            onClick={pick}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                pick();
              }
            }}
            className="cursor-pointer rounded-sm underline decoration-slate-500 decoration-1 underline-offset-4 hover:decoration-slate-950 hover:decoration-2"
          >
            {piece.runs.map((r) => (
              <span key={r.start} className={runClass(r, current)}>
                {show(r)}
              </span>
            ))}
          </span>
        );
      })}
    </p>
  ));
});

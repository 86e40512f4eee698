import type { SourceWarning } from '../../lib/curate/source-check';
import { useCurateT } from './useCurateT';

/** What is unusual in a source's text (it is kept as it is all the same). */
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

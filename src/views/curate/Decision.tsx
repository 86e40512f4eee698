import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { dispatchCuration } from '../../state/curation-store';
import { BUTTON } from './Field';
import { useCurateT } from './useCurateT';

/**
 * Accept, edit or dismiss one proposal. The buttons go once it is decided, so the decision
 * says which proposal it was (`onDecided`): keyboard focus stays on that proposal.
 */
export function Decision({
  k,
  label,
  accepted,
  onAccept,
  onEdit,
  extra,
  onDecided,
}: {
  k: string;
  label: string;
  accepted: boolean;
  onAccept?: () => void;
  onEdit?: () => void;
  extra?: ReactNode;
  onDecided: (k: string) => void;
}) {
  const t = useCurateT();
  return (
    <div className="flex flex-wrap gap-1" role="group" aria-label={label}>
      {accepted ? (
        <span className="text-xs font-medium text-emerald-800">{t.accepted}</span>
      ) : (
        <>
          {onAccept && (
            <button
              type="button"
              className={BUTTON}
              onClick={() => {
                onDecided(k);
                onAccept();
              }}
            >
              {t.accept}
            </button>
          )}
          {onEdit && (
            <button type="button" className={BUTTON} onClick={onEdit}>
              {t.edit}
            </button>
          )}
          {extra}
          <button
            type="button"
            className={BUTTON}
            onClick={() => {
              onDecided(k);
              dispatchCuration({ type: 'dismiss', key: k });
            }}
          >
            {t.dismiss}
          </button>
        </>
      )}
    </div>
  );
}

/** A dismissed proposal, struck through, with the button that brings it back. */
export function Dismissed({ k, label, lang, onDecided }: { k: string; label: string; lang: string | undefined; onDecided: (k: string) => void }) {
  const t = useCurateT();
  return (
    <li className="flex items-center gap-2 text-xs text-slate-500" data-proposal={k} tabIndex={-1}>
      <span className="line-through" lang={lang}>{label}</span> <span>({t.dismissed})</span>
      <button
        type="button"
        className={BUTTON}
        onClick={() => {
          onDecided(k);
          dispatchCuration({ type: 'undismiss', key: k });
        }}
        aria-label={`${t.restore}: ${label}`}
      >
        {t.restore}
      </button>
    </li>
  );
}

/**
 * The proposal just decided keeps the focus once drawn again: its first button (Restore,
 * after a dismissal), else the proposal itself. Not when the decision moved it elsewhere.
 * Returns the `onDecided` the decisions call.
 */
export function useDecidedFocus(list: RefObject<HTMLElement | null>): (k: string) => void {
  const decided = useRef<string | null>(null);
  useEffect(() => {
    const k = decided.current;
    decided.current = null;
    if (!k || !list.current) return;
    const active = document.activeElement;
    if (active && active !== document.body && !list.current.contains(active)) return;
    const item = list.current.querySelector<HTMLElement>(`[data-proposal="${CSS.escape(k)}"]`);
    (item?.querySelector<HTMLElement>('button:not(:disabled)') ?? item)?.focus();
  });
  return (k: string) => {
    decided.current = k;
  };
}

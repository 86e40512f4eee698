import type { EventStatus } from '../../data/schema';
import { useT } from '../../state/i18n';

/** Planned events are visibly different from what happened: dashed, never solid. */
export function StatusBadge({ status }: { status: EventStatus }) {
  const label = useT().common.statuses[status];
  return status === 'planned' ? (
    <span className="rounded border border-dashed border-amber-700 px-1.5 text-[0.6875rem] leading-4 font-medium text-amber-900">
      {label}
    </span>
  ) : (
    <span className="rounded border border-slate-400 bg-slate-100 px-1.5 text-[0.6875rem] leading-4 font-medium text-slate-800">
      {label}
    </span>
  );
}

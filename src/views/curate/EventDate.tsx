import { PRECISIONS } from '../../data/schema';
import type { Draft } from '../../lib/curate';
import type { CuratedEvent } from '../../lib/curate/workspace';
import { useT } from '../../state/i18n';
import { SelectField, TextField } from './Field';
import { useCurateT } from './useCurateT';

/** An event's date: from the draft's resolved dates or by hand, with its origin and its basis. */
export function EventDate({
  event,
  path,
  draft,
  update,
}: {
  event: CuratedEvent;
  path: string;
  draft: Draft | null;
  update: (patch: Partial<CuratedEvent>, field?: string) => void;
}) {
  const c = useT().common;
  const t = useCurateT();
  const p = `${path}.date`;
  const date = event.date;
  const resolved = draft?.dates.filter((d) => d.date) ?? [];
  const noBasis = !/\S/.test(date.basis);
  return (
    <fieldset className="flex flex-col gap-2 rounded border border-slate-200 p-2" data-path={p} tabIndex={-1}>
      <legend className="px-1 text-xs font-semibold">{t.dateLegend}</legend>
      {resolved.length > 0 && (
        <SelectField
          label={t.draftDate}
          value=""
          options={[{ value: '', label: t.draftDateNone }, ...resolved.map((d) => ({ value: `${d.start}`, label: `«${d.text}» → ${d.date!.start ?? '…'} – ${d.date!.end ?? '…'}` }))]}
          onChange={(v) => {
            const d = resolved.find((x) => String(x.start) === v)?.date;
            if (d) update({ date: { ...d, origin: 'text' } });
          }}
        />
      )}
      <div className="grid grid-cols-3 gap-2">
        <TextField label={t.dateStart} type="date" value={date.start ?? ''} path={`${p}.start`} onChange={(v) => update({ date: { ...date, start: v || null } }, 'date.start')} />
        <TextField label={t.dateEnd} type="date" value={date.end ?? ''} path={`${p}.end`} onChange={(v) => update({ date: { ...date, end: v || null } }, 'date.end')} />
        <SelectField label={t.precision} value={date.precision} path={`${p}.precision`} options={PRECISIONS.map((k) => ({ value: k, label: c.precisions[k] }))} onChange={(v) => update({ date: { ...date, precision: v } })} />
      </div>
      <div role="radiogroup" aria-label={t.origin} className="flex flex-wrap gap-3 text-sm">
        <span className="text-xs font-medium text-slate-700">{t.origin}:</span>
        {(['text', 'outside'] as const).map((o) => (
          <label key={o} className="flex items-center gap-1">
            <input type="radio" name={`origin-${event.key}`} checked={date.origin === o} onChange={() => update({ date: { ...date, origin: o } })} />
            {o === 'text' ? t.originText : t.originOutside}
          </label>
        ))}
      </div>
      <TextField label={t.basis} multiline value={date.basis} path={`${p}.basis`} invalid={noBasis} note={noBasis ? t.blank : undefined} onChange={(v) => update({ date: { ...date, basis: v } }, 'date.basis')} />
    </fieldset>
  );
}

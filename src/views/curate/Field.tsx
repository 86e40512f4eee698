import { useId, type ReactNode } from 'react';

const INPUT = 'w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 aria-[invalid=true]:border-red-600';

/** A labelled input whose note (a hint or what is wrong) is read with it. */
export function TextField({
  label,
  value,
  onChange,
  note,
  invalid = false,
  multiline = false,
  type = 'text',
  path,
  lang,
  rows = 2,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  note?: ReactNode;
  invalid?: boolean;
  multiline?: boolean;
  type?: 'text' | 'date' | 'number' | 'url';
  path?: string;
  lang?: string;
  rows?: number;
}) {
  const id = useId();
  const noteId = `${id}-note`;
  const common = {
    id,
    value,
    lang,
    'aria-invalid': invalid || undefined,
    'aria-describedby': note ? noteId : undefined,
    'data-path': path,
    className: INPUT,
  };
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.currentTarget.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => onChange(e.currentTarget.value)} />
      )}
      {note && (
        <p id={noteId} className={`text-xs ${invalid ? 'text-red-700' : 'text-slate-600'}`}>
          {note}
        </p>
      )}
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  path,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
  path?: string;
}) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      <select id={id} value={value} data-path={path} className={INPUT} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export const BUTTON = 'rounded border border-slate-300 bg-white px-2 py-0.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-50';
export const PRIMARY = 'rounded bg-slate-800 px-2.5 py-1 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-50';

interface Option<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  label: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
  className?: string;
}

/** A small group of toggle buttons for one choice (chart/list, lanes by side/actor). */
export function Segmented<T extends string>({ label, value, options, onChange, className = '' }: Props<T>) {
  return (
    <div role="group" aria-label={label} className={`inline-flex overflow-hidden rounded-md border border-slate-300 ${className}`}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={o.value === value}
          onClick={() => onChange(o.value)}
          className={`min-h-6 px-2.5 py-1 text-xs font-medium ${
            o.value === value ? 'bg-slate-800 text-white' : 'bg-white text-slate-700 hover:bg-slate-100'
          }`}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

interface Props {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A longer explanation, read after the name and shown on hover. */
  description?: string;
  id?: string;
}

/** An on/off setting as a switch (role="switch"), named by its visible label. */
export function Switch({ label, checked, onChange, description, id }: Props) {
  return (
    <button
      id={id}
      type="button"
      role="switch"
      aria-checked={checked}
      title={description}
      onClick={() => onChange(!checked)}
      className="group inline-flex min-h-6 items-center gap-1.5 rounded-md px-1 text-xs font-medium text-slate-800 hover:bg-slate-100"
    >
      <span
        aria-hidden="true"
        className={`relative inline-block h-4 w-7 shrink-0 rounded-full border transition-colors ${checked ? 'border-slate-800 bg-slate-800' : 'border-slate-500 bg-white'}`}
      >
        <span
          className={`absolute top-0.5 size-2.5 rounded-full transition-[left] ${checked ? 'left-3.5 bg-white' : 'left-0.5 bg-slate-600'}`}
        />
      </span>
      {label}
    </button>
  );
}

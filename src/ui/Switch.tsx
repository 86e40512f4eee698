interface Props {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A longer explanation, shown on hover. */
  description?: string;
}

/** An on/off setting: a native checkbox in the switch role, named by its visible label. */
export function Switch({ label, checked, onChange, description }: Props) {
  return (
    <label title={description} className="inline-flex min-h-6 cursor-pointer items-center gap-1.5 text-xs font-medium text-slate-800">
      <input type="checkbox" role="switch" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} className="size-4 accent-slate-800" />
      {label}
    </label>
  );
}

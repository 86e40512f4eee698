import type { ReactNode } from 'react';

interface Props {
  id: string;
  name: string;
  busy?: boolean;
  children: ReactNode;
  className?: string;
}

/** A named landmark: its heading is its accessible name, a contract tests rely on. */
export function Region({ id, name, busy = false, children, className = '' }: Props) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      aria-busy={busy || undefined}
      id={id}
      className={`flex min-h-0 min-w-0 flex-col rounded-lg border border-slate-200 bg-white shadow-sm ${className}`}
    >
      <h2 id={`${id}-heading`} className="border-b border-slate-200 px-4 py-2 text-sm font-semibold tracking-wide text-slate-700 uppercase">
        {name}
      </h2>
      <div className="flex min-h-0 flex-1 flex-col">{children}</div>
    </section>
  );
}

export function Skeleton({ label }: { label: string }) {
  return (
    <div className="flex flex-1 flex-col gap-3 p-4" role="status">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="h-4 w-2/3 animate-pulse rounded bg-slate-200" />
      <div aria-hidden="true" className="h-24 animate-pulse rounded bg-slate-100" />
      <div aria-hidden="true" className="h-4 w-1/2 animate-pulse rounded bg-slate-200" />
      <div aria-hidden="true" className="h-16 animate-pulse rounded bg-slate-100" />
    </div>
  );
}

export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const median = (v: readonly number[]) => quantile(v, 0.5);
export const p95 = (v: readonly number[]) => quantile(v, 0.95);
export const round1 = (n: number) => Math.round(n * 10) / 10;

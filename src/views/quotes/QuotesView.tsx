/** Placeholder until the quotes view lands. */
export function QuotesView() {
  return null;
}

/** Placeholder until the filters view lands. */
export function FilterBar() {
  return null;
}

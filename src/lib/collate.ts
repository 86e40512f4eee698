// One collator for every name sort, made on first use: localeCompare per comparison is slow,
// and so is making a collator (its locale data loads then).
let collator: Intl.Collator | null = null;

/** Names in English alphabetical order, the same on every machine. */
export function compareNames(a: string, b: string): number {
  return (collator ??= new Intl.Collator('en')).compare(a, b);
}

/** The list with `value` removed if it is there, else appended: how every multi-choice filter toggles. */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

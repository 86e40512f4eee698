/** How much of a name, id or path a message repeats: datasets may hold names of any length. */
export const MAX_NAME = 60;

/** `s`, cut to MAX_NAME characters (never inside a surrogate pair), with an ellipsis if cut. */
export function cut(s: string, max = MAX_NAME): string {
  if (s.length <= max) return s;
  let end = max;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}

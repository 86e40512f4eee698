const MARK = /^\p{M}/u;

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Whether `offset` (a UTF-16 index) cuts a character in two: between the halves of a
 * surrogate pair (an emoji, say), or between a letter and the combining mark that follows
 * it (e + U+0301). A quote's text could still equal such a slice, but it would show a broken
 * character. Undefined when the offset is clean.
 */
export function checkOffset(text: string, offset: number, which: 'start' | 'end', what = 'quote'): string | undefined {
  if (offset <= 0 || offset >= text.length) return undefined;
  const before = text.charCodeAt(offset - 1);
  const at = text.charCodeAt(offset);
  if (isHigh(before) && isLow(at)) {
    const ch = text.slice(offset - 1, offset + 1);
    return `${offset} falls between the two halves of one character (${hex(ch.codePointAt(0)!)} “${ch}”, at ${offset - 1}–${offset + 1}); a ${what} starts and ends between characters`;
  }
  const next = text.slice(offset, offset + 2);
  if (MARK.test(next)) {
    const advice = which === 'end' ? `end the ${what} after the mark` : `start the ${what} before the letter`;
    return `${offset} separates the combining mark ${hex(next.codePointAt(0)!)} from the letter before it; ${advice}`;
  }
  return undefined;
}

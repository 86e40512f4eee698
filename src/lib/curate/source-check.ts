/**
 * What the workspace warns about in a text before it becomes a source. It only reports: the
 * text is kept exactly as given, CRLF and all, since quote offsets count its characters.
 */
import type { Span } from './text';

export type SourceWarning =
  | { kind: 'crlf'; count: number }
  | { kind: 'no-body' }
  | { kind: 'control'; count: number; first: number; code: number }
  | { kind: 'bom' };

// C0 and C1 controls other than tab, line feed and carriage return; DEL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function sourceWarnings(text: string, body: Span | null): SourceWarning[] {
  const out: SourceWarning[] = [];
  const crlf = text.split('\r\n').length - 1;
  if (crlf > 0) out.push({ kind: 'crlf', count: crlf });
  if (text.charCodeAt(0) === 0xfeff) out.push({ kind: 'bom' });
  let count = 0;
  let first = -1;
  let code = 0;
  for (const m of text.matchAll(CONTROL)) {
    if (count === 0) {
      first = m.index;
      code = m[0].charCodeAt(0);
    }
    count++;
  }
  if (count) out.push({ kind: 'control', count, first, code });
  if (!body) out.push({ kind: 'no-body' });
  return out;
}

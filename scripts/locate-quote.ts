/**
 * `npm run locate-quote -- <source-file> "exact text"`: every start–end offset of the text in
 * the source, as JavaScript string indexes (what a quote's `start` and `end` hold).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readText } from './read-text';

export interface Match {
  start: number;
  end: number;
}

/** Every occurrence, overlapping ones included. */
export function locate(source: string, needle: string): Match[] {
  const out: Match[] = [];
  if (!needle) return out;
  for (let i = source.indexOf(needle); i >= 0; i = source.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length });
  return out;
}

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('es').replace(/\s+/g, ' ');

/**
 * Where the text appears once case, Unicode normalisation and runs of white space are set
 * aside: a hint for a curator whose copy differs from the source in one of those ways.
 */
export function nearMatches(source: string, needle: string): Match[] {
  // Fold character by character to keep a map back to source offsets.
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < source.length; ) {
    const cp = source.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const f = /\s/.test(ch) ? (folded.endsWith(' ') ? '' : ' ') : fold(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(source.length);
  const target = fold(needle.normalize('NFC'));
  return locate(folded, target).map((m) => ({ start: origin[m.start]!, end: origin[m.end - 1]! + 1 }));
}

function context(source: string, m: Match): string {
  const show = (s: string) => s.replace(/\n/g, '⏎');
  return `…${show(source.slice(Math.max(0, m.start - 25), m.start))}[${show(source.slice(m.start, m.end))}]${show(source.slice(m.end, m.end + 25))}…`;
}

export function report(file: string, source: string, needle: string): { ok: boolean; lines: string[] } {
  if (!needle) return { ok: false, lines: ['usage: npm run locate-quote -- <source-file> "exact text"'] };
  const exact = locate(source, needle);
  if (exact.length)
    return {
      ok: true,
      lines: exact.map((m) => `${m.start}–${m.end}\t"start": ${m.start}, "end": ${m.end}\t${context(source, m)}`),
    };
  const near = nearMatches(source, needle);
  return {
    ok: false,
    lines: [
      `not found in ${file}`,
      ...near.map(
        (m) => `  near match at ${m.start}–${m.end} (differs in case, accents' encoding or white space; copy the text from here): ${JSON.stringify(source.slice(m.start, m.end))}`,
      ),
    ],
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const [file, needle] = process.argv.slice(2);
  if (!file || needle === undefined) {
    console.error('usage: npm run locate-quote -- <source-file> "exact text"');
    process.exitCode = 2;
  } else {
    const { ok, lines } = report(file, await readText(file), needle);
    (ok ? console.log : console.error)(lines.join('\n'));
    process.exitCode = ok ? 0 : 1;
  }
}

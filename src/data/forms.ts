import type { SourceTexts } from './integrity';
import type { Dataset, Source } from './schema';

/**
 * The two forms of a dataset: sources as files next to it, or sources carrying their text
 * inline (self-contained, one file). Offsets index the same string in both, so converting
 * touches only the sources. Both functions expect a dataset that has already validated.
 */

/** The source with `text` in the place of `file` (key order kept, so a diff stays small). */
function withText(s: Source, text: string): Source {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'file' || k === 'text') {
      if (!('text' in out)) out.text = text;
    } else out[k] = v;
  }
  out.text ??= text; // a loaded source keeps its text apart, in the index's texts
  return out as Source;
}

function withFile(s: Source, file: string): Source {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'file' || k === 'text') {
      if (!('file' in out)) out.file = file;
    } else out[k] = v;
  }
  return out as Source;
}

/** The self-contained form: every source carries its text. */
export function inlineSources(d: Dataset, texts: SourceTexts): Dataset {
  return {
    ...d,
    sources: d.sources.map((s) => {
      const text = texts.get(s.id);
      if (text === undefined) throw new Error(`no text for source "${s.id}"`);
      return withText(s, text);
    }),
  };
}

/**
 * The form with files: each inline text goes to `sources/<id>.txt` (a file source keeps its
 * path). Returns the dataset and the files to write, by path relative to the dataset.
 */
export function splitSources(d: Dataset, texts: SourceTexts): { dataset: Dataset; files: Map<string, string> } {
  const files = new Map<string, string>();
  const taken = new Set(d.sources.flatMap((s) => (s.file === undefined ? [] : [s.file])));
  const sources = d.sources.map((s) => {
    const text = texts.get(s.id);
    if (text === undefined) throw new Error(`no text for source "${s.id}"`);
    if (s.file !== undefined) {
      files.set(s.file, text);
      return s;
    }
    let file = `sources/${s.id}.txt`;
    for (let n = 2; taken.has(file); n++) file = `sources/${s.id}-${n}.txt`;
    taken.add(file);
    files.set(file, text);
    return withFile(s, file);
  });
  return { dataset: { ...d, sources }, files };
}

/**
 * The bytes of a source file that reads back as `text`. Readers drop one leading byte-order
 * mark (browsers and the validator alike), so a text that itself starts with one gets a
 * second in front, or its offsets would shift by one.
 */
export function sourceFileText(text: string): string {
  return text.startsWith('\uFEFF') ? `\uFEFF${text}` : text;
}

/**
 * `npm run validate-data [-- path/to/dataset.json]`: the app's own validation, from the shell.
 * Prints every problem on stdout as `<json path>: <what is wrong>` (a count follows on stderr)
 * and exits 1; or prints a one-line summary and exits 0.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, ROOT_PATH } from '../src/data/problems';
import { MAX_DATASET_BYTES, NotUtf8Error, TooLargeError } from '../src/data/read';
import { validateDatasetText, type Validation } from '../src/data/validate';
import { readText } from './read-text';

export const DEFAULT_DATASET = 'public/data/dataset.json';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The app's whole validation of a dataset file, its source files read relative to it. */
export async function validateAt(file: string): Promise<Validation | { ok: false; lines: string[] }> {
  let text: string;
  try {
    text = await readText(file, MAX_DATASET_BYTES);
  } catch (e) {
    // The same words as the app's for the same file.
    if (e instanceof TooLargeError)
      return { ok: false, lines: [`${ROOT_PATH}: the file ${e.detail}; split the dataset or leave out what it does not need`] };
    if (e instanceof NotUtf8Error) return { ok: false, lines: [`${ROOT_PATH}: the file is not UTF-8 text: ${e.detail}`] };
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, lines: [`(file): cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`] };
  }
  // Source files are named relative to the dataset, as the app resolves them against its URL.
  const dir = path.dirname(file);
  return validateDatasetText(text, async (rel) => {
    try {
      return await readText(path.join(dir, rel));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new Error(code === 'ENOENT' ? 'no such file' : (e as Error).message, { cause: e });
    }
  });
}

/** Problems as printed lines (`<json path>: <what is wrong>`). */
export function problemLines(result: Validation | { ok: false; lines: string[] }): string[] {
  return result.ok ? [] : 'lines' in result ? result.lines : result.problems.map(formatProblem);
}

export async function validateFile(file: string): Promise<{ ok: boolean; lines: string[] }> {
  const result = await validateAt(file);
  if (!result.ok) return { ok: false, lines: problemLines(result) };
  const d = result.dataset;
  const quotes = d.events.reduce((n, e) => n + e.quotes.length, 0);
  return {
    ok: true,
    lines: [
      `${file}: valid — ${plural(d.sources.length, 'source')}, ${plural(d.actors.length, 'actor')}, ${plural(d.topics.length, 'topic')}, ${plural(d.events.length, 'event')}, ${plural(quotes, 'quote')} (all verified against their sources), ${plural(d.relations.length, 'relation')}`,
    ],
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const file = process.argv[2] ?? DEFAULT_DATASET;
  const { ok, lines } = await validateFile(file);
  console.log(lines.join('\n'));
  if (!ok) console.error(`${file}: ${plural(lines.length, 'problem')}`);
  process.exitCode = ok ? 0 : 1;
}

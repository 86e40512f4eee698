/**
 * `npm run validate-data [-- path/to/dataset.json]`: the app's own validation, from the shell.
 * Prints every problem as `<json path>: <what is wrong>` and exits 1, or a one-line summary.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem } from '../src/data/problems';
import { validateDatasetText } from '../src/data/validate';

const DEFAULT = 'public/data/dataset.json';

export async function validateFile(file: string): Promise<{ ok: boolean; lines: string[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    return { ok: false, lines: [`(file): cannot read ${file}: ${(e as Error).message}`] };
  }
  const dir = path.dirname(file);
  const result = await validateDatasetText(text, async (rel) => {
    try {
      return await readFile(path.join(dir, rel), 'utf8');
    } catch (e) {
      throw new Error((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message, {
        cause: e,
      });
    }
  });
  if (!result.ok) return { ok: false, lines: result.problems.map(formatProblem) };
  const d = result.dataset;
  const quotes = d.events.reduce((n, e) => n + e.quotes.length, 0);
  return {
    ok: true,
    lines: [
      `${file}: valid — ${d.sources.length} source${d.sources.length === 1 ? '' : 's'}, ${d.actors.length} actors, ${d.topics.length} topics, ${d.events.length} events, ${quotes} quotes (all verified against their sources), ${d.relations.length} relations`,
    ],
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const file = process.argv[2] ?? DEFAULT;
  const { ok, lines } = await validateFile(file);
  (ok ? console.log : console.error)(lines.join('\n'));
  process.exitCode = ok ? 0 : 1;
}

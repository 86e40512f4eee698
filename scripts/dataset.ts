/**
 * `npm run dataset -- inline <dataset.json> [--out file]`: the self-contained form, every
 * source's text inline (to stdout without --out).
 * `npm run dataset -- split <dataset.json> --out-dir <dir>`: the form with files, each
 * inline text written to `<dir>/sources/<id>.txt` and the dataset to `<dir>/<name>.json`.
 * The input is validated first, exactly as `validate-data` does; an invalid dataset is not
 * converted (its problems are printed, exit 1). Offsets are unchanged in both directions.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineSources, sourceFileText, splitSources } from '../src/data/forms';
import { problemLines, validateAt } from './validate-data';

const USAGE = 'usage: npm run dataset -- inline <dataset.json> [--out file] | split <dataset.json> --out-dir <dir>';

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export async function runDataset(args: readonly string[]): Promise<Outcome> {
  const [command, input] = args;
  const out = option(args, '--out');
  const outDir = option(args, '--out-dir');
  if ((command !== 'inline' && command !== 'split') || !input || input.startsWith('--') || (command === 'split' && !outDir))
    return { code: 2, stdout: '', stderr: `${USAGE}\n` };
  const result = await validateAt(input);
  if (!result.ok) {
    const lines = problemLines(result);
    return { code: 1, stdout: `${lines.join('\n')}\n`, stderr: `${input}: not converted, ${lines.length} problem${lines.length === 1 ? '' : 's'}\n` };
  }
  if (command === 'inline') {
    const text = json(inlineSources(result.dataset, result.texts));
    if (!out) return { code: 0, stdout: text, stderr: '' };
    await writeFile(out, text);
    const n = result.dataset.sources.length;
    return { code: 0, stdout: '', stderr: `wrote ${out} (${n} source text${n === 1 ? '' : 's'} inline)\n` };
  }
  const { dataset, files } = splitSources(result.dataset, result.texts);
  const target = path.join(outDir!, path.basename(input));
  if (path.resolve(target) === path.resolve(input))
    return { code: 2, stdout: '', stderr: `${input}: --out-dir would overwrite the input; choose another folder\n` };
  for (const [rel, text] of files) {
    const file = path.join(outDir!, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, sourceFileText(text));
  }
  await mkdir(outDir!, { recursive: true });
  await writeFile(target, json(dataset));
  return { code: 0, stdout: '', stderr: `wrote ${target} and ${files.size} source file${files.size === 1 ? '' : 's'}\n` };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { code, stdout, stderr } = await runDataset(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
}

/**
 * `npm run draft -- <article.txt> --published YYYY-MM-DD [--dataset public/data/dataset.json]
 * [--body START:END] [--out draft.json]`: a first draft of the dataset entries for a Spanish
 * news article — its quotations with speakers, the actors it names, its dates resolved against
 * the publication date, draft events — as JSON on stdout or in `--out`. A one-line summary
 * goes to stderr. Bad input gets one line on stderr and exit status 1 (2 for usage).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJsonText } from '../src/data/json';
import { formatProblem } from '../src/data/problems';
import type { Dataset, Source } from '../src/data/schema';
import { checkShape } from '../src/data/validate-sync';
import { draftArticle, DraftInputError, type Draft, type DraftInput } from '../src/lib/curate';
import { fold } from '../src/lib/search';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_DATASET = path.join(ROOT, 'public/data/dataset.json');
export const USAGE = 'usage: npm run draft -- <article.txt> --published YYYY-MM-DD [--dataset public/data/dataset.json | --no-dataset] [--body START:END] [--out draft.json]';

/** Bad input: the message is the whole story, printed as one line. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

interface Args {
  article: string;
  published: string | undefined;
  dataset: string | null;
  body: string | undefined;
  out: string | undefined;
}

function parseArgs(argv: readonly string[]): Args {
  const values: Record<string, string | undefined> = {};
  const positional: string[] = [];
  let noDataset = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--no-dataset') {
      noDataset = true;
      continue;
    }
    const m = /^--(published|dataset|body|out)(?:=(.*))?$/u.exec(a);
    if (m) {
      const value = m[2] ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Refusal(`draft: --${m[1]} needs a value. ${USAGE}`, 2);
      values[m[1]!] = value;
      continue;
    }
    if (a.startsWith('--')) throw new Refusal(`draft: unknown option ${a}. ${USAGE}`, 2);
    positional.push(a);
  }
  if (positional.length !== 1) throw new Refusal(positional.length ? `draft: one article at a time. ${USAGE}` : USAGE, 2);
  return { article: positional[0]!, published: values.published, dataset: noDataset ? null : (values.dataset ?? DEFAULT_DATASET), body: values.body, out: values.out };
}

const reason = (e: unknown) => ((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a folder' : (e as Error).message);

async function readBytes(file: string, what: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (e) {
    throw new Refusal(`draft: cannot read ${what}${file}: ${reason(e)}`);
  }
}

/** Offset of the first byte that is not valid UTF-8, for the message. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/** Decoded as the browser decodes it (UTF-8, a byte-order mark dropped), or refused. */
async function readArticle(file: string): Promise<string> {
  const bytes = await readBytes(file, '');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    throw new Refusal(`draft: ${file} is not UTF-8 text${at >= 0 ? ` (byte ${at} is 0x${bytes[at]!.toString(16).padStart(2, '0')})` : ''}; save it as UTF-8 and try again`);
  }
  if (!/\S/u.test(text)) throw new Refusal(`draft: ${file} is empty`);
  return text;
}

function checkPublished(published: string | undefined): string {
  if (published === undefined) throw new Refusal('draft: --published YYYY-MM-DD is required: relative dates ("el miércoles", "la próxima semana") are resolved against it');
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(published);
  const ok = m && (() => {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
  })();
  if (!ok) throw new Refusal(`draft: --published must be a real date as YYYY-MM-DD, not ${JSON.stringify(published)}`);
  return published;
}

function parseBody(body: string, length: number): { start: number; end: number } {
  const m = /^(\d+):(\d+)$/u.exec(body);
  const start = m ? Number(m[1]) : NaN;
  const end = m ? Number(m[2]) : NaN;
  if (!m || start >= end || end > length) throw new Refusal(`draft: --body must be START:END with 0 ≤ START < END ≤ ${length} (the article's length), not ${JSON.stringify(body)}`);
  return { start, end };
}

async function readDataset(file: string): Promise<Dataset> {
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(await readFile(file));
  } catch (e) {
    throw new Refusal(`draft: cannot read the dataset ${file}: ${reason(e)}`);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new Refusal(`draft: the dataset ${file} is not valid: ${formatProblem(parsed.problem)}`);
  const shape = checkShape(parsed.value);
  if (!shape.ok)
    throw new Refusal(`draft: the dataset ${file} is not valid: ${formatProblem(shape.problems[0]!)}${shape.problems.length > 1 ? ` (and ${shape.problems.length - 1} more; run npm run validate-data -- ${file})` : ''}`);
  return shape.dataset;
}

/** The dataset's entry for this very text, if it has one: its metadata and body are reused. */
async function knownSource(dataset: Dataset, file: string, text: string): Promise<Source | null> {
  for (const s of dataset.sources) {
    // A self-contained dataset's source carries its text; otherwise it names a file.
    if (s.text !== undefined) {
      if (s.text === text) return s;
      continue;
    }
    try {
      const other = new TextDecoder('utf-8').decode(await readFile(path.join(path.dirname(file), s.file!)));
      if (other === text) return s;
    } catch {
      // A source the dataset cannot read is simply not this one.
    }
  }
  return null;
}

/** A kebab-case id from the file name: "Rubio y Lavrov (FT).txt" → "rubio-y-lavrov-ft". */
export function idFromFile(file: string): string {
  const base = fold(path.basename(file).replace(/\.[^.]*$/u, ''));
  return base.replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '') || 'source';
}

export function summary(d: Draft, where: string): string {
  const spoken = d.quotes.filter((q) => q.speaker).length;
  const known = d.mentions.filter((m) => m.actorId).length;
  const resolved = d.dates.filter((x) => x.date).length;
  return `draft: ${where} — ${d.quotes.length} quotations (${spoken} with a speaker), ${d.mentions.length} mentions (${known} of dataset actors), ${d.dates.length} dates (${resolved} resolved), ${d.events.length} draft events`;
}

export async function run(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const args = parseArgs(argv);
    const published = checkPublished(args.published);
    const text = await readArticle(args.article);
    const dataset = args.dataset === null ? null : await readDataset(args.dataset);
    const known = dataset && args.dataset ? await knownSource(dataset, args.dataset, text) : null;
    const body = args.body !== undefined ? parseBody(args.body, text.length) : (known?.body ?? null);
    const input: DraftInput = {
      text,
      published,
      body,
      dataset,
      source: known
        ? { id: known.id, lang: known.lang, publisher: known.publisher, title: known.title, url: known.url, notes: known.notes }
        : { id: idFromFile(args.article) },
    };
    const draft = draftArticle(input);
    if (!draft.quotes.length) throw new Refusal(`draft: no quotations (“…”, «…» or "…") in ${args.article}${body ? ` between ${body.start} and ${body.end}` : ''}: nothing to draft`);
    const json = `${JSON.stringify(draft, null, 2)}\n`;
    if (args.out) {
      try {
        await writeFile(args.out, json);
      } catch (e) {
        throw new Refusal(`draft: cannot write ${args.out}: ${reason(e)}`);
      }
      return { code: 0, stdout: '', stderr: `${summary(draft, `wrote ${args.out}`)}\n` };
    }
    return { code: 0, stdout: json, stderr: `${summary(draft, args.article)}\n` };
  } catch (e) {
    if (e instanceof Refusal) return { code: e.code, stdout: '', stderr: `${e.message}\n` };
    if (e instanceof DraftInputError) return { code: 1, stdout: '', stderr: `draft: ${e.message}\n` };
    // Anything else is a bug, but the curator still gets one line, not a stack trace.
    return { code: 1, stdout: '', stderr: `draft: unexpected error: ${(e as Error)?.message ?? String(e)}\n` };
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`draft: cannot write the draft: ${e.message}\n`);
    process.exit(1);
  });
  const { code, stdout, stderr } = await run(process.argv.slice(2));
  if (stdout) process.stdout.write(stdout);
  if (stderr) process.stderr.write(stderr);
  process.exitCode = code;
}

import { SOURCE_FILE_PATTERN } from './enums';
import { checkIntegrity, type SourceTexts } from './integrity';
import { parseJsonText } from './json';
import { cut } from './names';
import type { Problem } from './problems';
import type { Dataset } from './schema';
import { validate as validateShape } from './shape-check.generated.js';

export type Validation =
  | { ok: true; dataset: Dataset; texts: SourceTexts }
  | { ok: false; problems: Problem[] };

export type ShapeCheck = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/**
 * The shape check as a load runs it. The compiled check (generated from the zod schema's
 * JSON Schema) accepts valid data several times faster than zod, which runs jitless under
 * the CSP; zod is loaded only to explain a rejection, with its JSON paths, so valid data
 * never pays for it (the dataset worker's code is a third the size). They accept the same
 * inputs (src/data/validate.property.test.ts). The same check, synchronous, with zod
 * loaded: src/data/validate-sync.ts.
 */
async function checkShapeLoading(raw: unknown): Promise<ShapeCheck> {
  return acceptShape(raw) ?? (await import('./validate-sync')).explainShape(raw);
}

/** The compiled check's acceptance, shared by both forms of the check; null when it rejects. */
export function acceptShape(raw: unknown): ShapeCheck | null {
  return validateShape(raw) ? { ok: true, dataset: raw as Dataset } : null;
}

/** The problems so far, then the integrity check's; a valid result only if there are none. */
export function withIntegrity(problems: Problem[], dataset: Dataset, texts: SourceTexts): Validation {
  // concat, never push(...list): spreading ~125,000 problems into a call overflows the stack.
  const all = problems.concat(checkIntegrity(dataset, texts));
  return all.length ? { ok: false, problems: all } : { ok: true, dataset, texts };
}

/** Reads one source file named by `source.file` (never called for an inline `text`); throws with a reason when it cannot. */
export type ReadSource = (file: string) => Promise<string>;

/**
 * The whole check, shared by the app and the CLI: JSON syntax, shape, every source file,
 * then integrity. Every problem is reported at once, each with its JSON path.
 */
export async function validateDatasetText(jsonText: string, anyRead: ReadSource, tick?: () => void): Promise<Validation> {
  // Source files download while the JSON is parsed and its shape checked: with hundreds of
  // sources the requests, not the checks, are the slow part. Not all at once, though: a
  // browser refuses a few thousand requests in flight (net::ERR_INSUFFICIENT_RESOURCES).
  const readSource = limitConcurrency(anyRead, MAX_READS_IN_FLIGHT);
  const early = new Map<string, Promise<string>>();
  prefetchSources(sourcesAhead(jsonText), readSource, early);
  const json = parseJsonText(jsonText);
  tick?.();
  if (!json.ok) return { ok: false, problems: [json.problem] };
  prefetchSources((json.value as { sources?: unknown } | null)?.sources, readSource, early);
  const shape = await checkShapeLoading(json.value);
  tick?.();
  if (!shape.ok) return shape;
  const texts = new Map<string, string>();
  const problems: Problem[] = [];
  // An inline text (a self-contained dataset) is already here; a file is read.
  const reads = await Promise.allSettled(
    shape.dataset.sources.map((s) =>
      s.text !== undefined ? Promise.resolve(s.text) : (early.get(s.file!) ?? readSource(s.file!)).finally(() => tick?.()),
    ),
  );
  reads.forEach((r, i) => {
    const s = shape.dataset.sources[i]!;
    if (r.status === 'fulfilled') texts.set(s.id, r.value);
    else problems.push({ path: `sources[${i}].file`, message: `cannot read ${cut(s.file ?? '')}: ${reason(r.reason)}` });
  });
  return withIntegrity(problems, shape.dataset, texts);
}

/** Source files read at once, at most. */
export const MAX_READS_IN_FLIGHT = 64;

/** `read`, with at most `limit` calls unsettled at any time; the rest wait their turn, in order. */
export function limitConcurrency(read: ReadSource, limit: number): ReadSource {
  let active = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    active--;
    waiting.shift()?.();
  };
  return (file) =>
    new Promise<string>((resolve, reject) => {
      const start = () => {
        active++;
        read(file).then(resolve, reject).finally(next);
      };
      if (active < limit) start();
      else waiting.push(start);
    });
}

/** Start reading every well-formed source path of a not yet validated dataset. */
function prefetchSources(sources: unknown, readSource: ReadSource, out: Map<string, Promise<string>>): void {
  if (!Array.isArray(sources)) return;
  for (const s of sources) {
    const file = (s as { file?: unknown } | null)?.file;
    if (typeof file !== 'string' || !SOURCE_FILE_PATTERN.test(file) || out.has(file)) continue;
    const read = readSource(file);
    read.catch(() => {}); // a failure is reported later, only if the shape is valid
    out.set(file, read);
  }
}

/**
 * The `"sources": [...]` array, read from the text before the whole file is parsed: a
 * guess (the first such key), only ever used to start downloads early. Undefined if the
 * guess does not parse.
 */
export function sourcesAhead(text: string): unknown {
  const key = /"sources"\s*:\s*\[/.exec(text.slice(0, 1 << 20));
  if (!key) return undefined;
  const start = key.index + key[0].length - 1;
  let depth = 0;
  for (let i = start, inString = false; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) depth++;
    else if ((c === 93 || c === 125) && --depth === 0) {
      try {
        return JSON.parse(text.slice(start, i + 1)) as unknown;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

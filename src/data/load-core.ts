import { buildIndex, type DatasetIndex } from '../lib/dataset-index';
import { DatasetFetchError, DatasetInvalidError, PAGE_INSTEAD } from './errors';
import { ROOT_PATH } from './problems';
import { decodeUtf8, MAX_DATASET_BYTES, MAX_SOURCE_BYTES, NotUtf8Error, readLimited, tooLarge, TooLargeError } from './read';
import { validateDatasetText, type ReadSource } from './validate';

/**
 * What to load, in a form that crosses to a Web Worker: a same-origin address, or the
 * files a curator opened (the JSON plus source texts; others are fetched next to `base`).
 */
export type LoadRequest =
  | { kind: 'url'; href: string; body?: ArrayBuffer }
  | { kind: 'files'; json: File; sources: readonly File[]; base: string };

/** Called after each step of a load, however small: the worker's sign of life. */
export type Tick = () => void;

async function fetchBytes(url: URL, limit: number, signal?: AbortSignal, tick?: Tick): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (e) {
    throw new DatasetFetchError(url.pathname, e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) throw new DatasetFetchError(url.pathname, `${res.status} ${res.statusText}`.trim());
  // Hosts that serve a single-page app answer any unknown path with the app's page.
  if (/^text\/html\b/i.test(res.headers.get('content-type') ?? '')) {
    void res.body?.cancel();
    throw new DatasetFetchError(url.pathname, PAGE_INSTEAD, false);
  }
  try {
    return await readLimited(res, limit, tick);
  } catch (e) {
    if (e instanceof TooLargeError) throw e;
    // The connection dropped mid-body: worth another try.
    throw new DatasetFetchError(url.pathname, e instanceof Error ? e.message : String(e));
  }
}

/** A source text: its size and encoding are checked, and a failure says why in words. */
async function fetchSource(url: URL, signal?: AbortSignal, tick?: Tick): Promise<string> {
  try {
    // A dropped connection gets one more try: the dataset's validation is final, so a source
    // that failed by chance would otherwise be reported as unreadable.
    const bytes = await fetchBytes(url, MAX_SOURCE_BYTES, signal, tick).catch((e: unknown) => {
      if (e instanceof DatasetFetchError && e.transient && !signal?.aborted) return fetchBytes(url, MAX_SOURCE_BYTES, signal, tick);
      throw e;
    });
    // Bytes, then one decode: much faster than res.text() for megabytes in Chromium.
    return decodeUtf8(bytes);
  } catch (e) {
    throw new Error(e instanceof DatasetFetchError ? e.status : e instanceof Error ? e.message : String(e), { cause: e });
  }
}

/** The dataset file's own size and encoding problems, in the validator's words. */
function datasetText(read: () => Uint8Array | ArrayBuffer): string {
  try {
    return decodeUtf8(read());
  } catch (e) {
    if (e instanceof NotUtf8Error) throw new DatasetInvalidError([{ path: ROOT_PATH, message: `the file is not UTF-8 text: ${e.detail}` }]);
    throw e;
  }
}

function refuseTooLarge(e: unknown): never {
  if (e instanceof TooLargeError)
    throw new DatasetInvalidError([{ path: ROOT_PATH, message: `the file ${e.detail}; split the dataset or leave out what it does not need` }]);
  throw e;
}

async function validateToIndex(text: string, readSource: ReadSource, tick?: Tick): Promise<DatasetIndex> {
  const result = await validateDatasetText(text, readSource, tick);
  if (!result.ok) throw new DatasetInvalidError(result.problems);
  tick?.();
  // An inline text crosses to the page once, in `texts`, not a second time in its source.
  const sources = result.dataset.sources.map(({ text: _text, ...s }) => s);
  return buildIndex({ ...result.dataset, sources }, result.texts);
}

/** Fetch, parse, validate and index. Runs in the worker, or on the main thread as a fallback. */
export async function loadCore(req: LoadRequest, signal?: AbortSignal, tick?: Tick): Promise<DatasetIndex> {
  if (req.kind === 'url') {
    const url = new URL(req.href);
    if (req.body && req.body.byteLength > MAX_DATASET_BYTES) refuseTooLarge(new TooLargeError(tooLarge(req.body.byteLength, MAX_DATASET_BYTES)));
    const bytes = req.body ?? (await fetchBytes(url, MAX_DATASET_BYTES, signal, tick).catch(refuseTooLarge));
    return validateToIndex(datasetText(() => bytes), (file) => fetchSource(new URL(file, url), signal, tick), tick);
  }
  const byName = new Map(req.sources.map((f) => [f.name, f]));
  if (req.json.size > MAX_DATASET_BYTES) refuseTooLarge(new TooLargeError(tooLarge(req.json.size, MAX_DATASET_BYTES)));
  const json = await req.json.arrayBuffer();
  const readSource: ReadSource = async (file) => {
    const local = byName.get(file.split('/').pop() ?? file);
    if (local) {
      if (local.size > MAX_SOURCE_BYTES) throw new TooLargeError(tooLarge(local.size, MAX_SOURCE_BYTES));
      return decodeUtf8(await local.arrayBuffer());
    }
    try {
      return await fetchSource(new URL(file, req.base), signal, tick);
    } catch (e) {
      throw new Error(`not among the opened files, and not found on this site (${e instanceof Error ? e.message : String(e)})`, {
        cause: e,
      });
    }
  };
  return validateToIndex(datasetText(() => json), readSource, tick);
}

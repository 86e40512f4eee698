import { buildIndex, type DatasetIndex } from '../lib/dataset-index';
import type { Problem } from './problems';
import { validateDatasetText, type ReadSource } from './validate';

/** A dataset that parsed but failed validation: not retried, shown as a list of problems. */
export class DatasetInvalidError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The dataset has ${problems.length} problem(s)`);
    this.name = 'DatasetInvalidError';
  }
}

/** The request itself failed (network, 404): worth retrying. */
export class DatasetFetchError extends Error {
  constructor(
    readonly url: string,
    readonly status: string,
  ) {
    super(`${url}: ${status}`);
    this.name = 'DatasetFetchError';
  }
}

async function fetchText(url: URL, signal?: AbortSignal): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (e) {
    throw new DatasetFetchError(url.pathname, e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) throw new DatasetFetchError(url.pathname, `${res.status} ${res.statusText}`.trim());
  return res.text();
}

export async function validateToIndex(text: string, readSource: ReadSource): Promise<DatasetIndex> {
  const result = await validateDatasetText(text, readSource);
  if (!result.ok) throw new DatasetInvalidError(result.problems);
  return buildIndex(result.dataset, result.texts);
}

/** Fetch a same-origin dataset; its source files are resolved relative to it. */
export async function loadDatasetFromUrl(path: string, signal?: AbortSignal): Promise<DatasetIndex> {
  const url = new URL(path, window.location.href);
  if (url.origin !== window.location.origin) throw new DatasetFetchError(path, 'not on this site');
  const text = await fetchText(url, signal);
  return validateToIndex(text, async (file) => {
    try {
      return await fetchText(new URL(file, url), signal);
    } catch (e) {
      throw new Error(e instanceof DatasetFetchError ? e.status : String(e), { cause: e });
    }
  });
}

/**
 * A curator's own files, opened in the browser: the JSON plus, optionally, its source
 * texts. A source not among the files is looked up next to the shipped dataset.
 */
export async function loadDatasetFromFiles(
  json: File,
  sources: readonly File[],
  shippedBase: string,
  signal?: AbortSignal,
): Promise<DatasetIndex> {
  const byName = new Map(sources.map((f) => [f.name, f]));
  const text = await json.text();
  return validateToIndex(text, async (file) => {
    const local = byName.get(file.split('/').pop() ?? file);
    if (local) return local.text();
    try {
      return await fetchText(new URL(file, new URL(shippedBase, window.location.href)), signal);
    } catch (e) {
      throw new Error(
        `not among the opened files, and not found on this site (${e instanceof DatasetFetchError ? e.status : String(e)})`,
        { cause: e },
      );
    }
  });
}

import type { Problem } from './problems';

/** A dataset that parsed but failed validation: not retried, shown as a list of problems. */
export class DatasetInvalidError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The dataset has ${problems.length} problem(s)`);
    this.name = 'DatasetInvalidError';
  }
}

/**
 * The request itself failed. `status` is the HTTP status line ("404 Not Found") or the
 * network error; only a network error or a server-side status may succeed next time.
 */
export class DatasetFetchError extends Error {
  readonly transient: boolean;
  constructor(
    readonly url: string,
    readonly status: string,
    transient?: boolean,
  ) {
    super(`${url}: ${status}`);
    this.name = 'DatasetFetchError';
    const code = /^(\d{3})\b/.exec(status)?.[1];
    this.transient = transient ?? (code === undefined || Number(code) >= 500 || code === '408' || code === '429');
  }
}

/** The status of a request a server answered with a web page (a single-page host's answer to a missing path). */
export const PAGE_INSTEAD = 'not found (the server answered with a web page, not the file)';

/** The status of a `?data=` path on another origin. */
export const NOT_ON_SITE = 'not on this site';

/** The dataset worker stopped answering (it may have run out of memory): shown, not retried. */
export class WorkerSilentError extends Error {
  constructor(readonly seconds: number) {
    super(`the dataset worker has not answered for ${seconds} seconds`);
    this.name = 'WorkerSilentError';
  }
}

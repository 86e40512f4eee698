import type { Problem } from './problems';

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

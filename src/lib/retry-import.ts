/**
 * A part of the app (a code chunk) that did not download: offline, or the site was
 * redeployed and the old chunk is gone. Thrown after one retry.
 */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(`a part of the app could not be downloaded (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
    this.name = 'ChunkLoadError';
  }
}

/** `load()`, tried a second time if the first fails (a dropped connection often recovers). */
export async function retryOnce<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch {
    try {
      return await load();
    } catch (e) {
      throw new ChunkLoadError(e);
    }
  }
}

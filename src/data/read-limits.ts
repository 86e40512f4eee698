/** The size limits, apart from read.ts: the page's small first script needs only these. */
export const MB = 1024 * 1024;

/** The largest dataset JSON read: beyond this the browser runs out of memory or string length. */
export const MAX_DATASET_BYTES = 256 * MB;
/** The largest source text read (one article is a few kilobytes). */
export const MAX_SOURCE_BYTES = 32 * MB;

/** Whether a dataset response is worth reading at once: not an error, not a web page, not over the limit. */
export function readableEarly(res: Response): boolean {
  const ok = res.ok && !/^text\/html\b/i.test(res.headers.get('content-type') ?? '') && !(Number(res.headers.get('content-length')) > MAX_DATASET_BYTES);
  if (!ok) void res.body?.cancel();
  return ok;
}

/**
 * Reading a dataset or a source text from bytes: a size limit checked before reading, and
 * UTF-8 decoding that names a file in another encoding instead of quietly turning its
 * accents into U+FFFD. Shared by the app (worker) and the command line.
 */

import { MB } from './read-limits';

export { MAX_DATASET_BYTES, MAX_SOURCE_BYTES, readableEarly } from './read-limits';

const mb = (bytes: number) => `${Math.max(1, Math.round(bytes / MB)).toLocaleString('en-US')} MB`;

/** "is 612 MB, more than the 256 MB Backchannel reads" (size unknown: "is more than …"). */
export function tooLarge(bytes: number | null, limit: number): string {
  return `is ${bytes === null ? '' : `${mb(bytes)}, `}more than the ${mb(limit)} Backchannel reads`;
}

/** A file over the size limit: deterministic, so never retried. */
export class TooLargeError extends Error {
  constructor(readonly detail: string) {
    super(`it ${detail}`);
    this.name = 'TooLargeError';
  }
}

/** A file that is not UTF-8 (Latin-1, Windows-1252…): deterministic, so never retried. */
export class NotUtf8Error extends Error {
  constructor(readonly detail: string) {
    super(`it is not UTF-8 text: ${detail}`);
    this.name = 'NotUtf8Error';
  }
}

const fatal = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 bytes as a string (a leading byte-order mark dropped, as browsers do); throws NotUtf8Error. */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return fatal.decode(bytes);
  } catch {
    const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const at = firstInvalidUtf8(b);
    const byte = (b[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new NotUtf8Error(
      `the byte at offset ${at.toLocaleString('en-US')} (0x${byte}) is not valid UTF-8 (a Latin-1 or Windows-1252 file reads like this); save it as UTF-8`,
    );
  }
}

/** Where the first invalid UTF-8 sequence starts (-1 if there is none). Only run on failure. */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    // Overlong forms, surrogates and code points past U+10FFFF are excluded by the second byte.
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}

/**
 * A response body as bytes, refused before reading when it announces more than `limit`
 * bytes, and abandoned as soon as it passes `limit` when it does not say (or is compressed).
 */
export async function readLimited(res: Response, limit: number, onChunk?: () => void): Promise<Uint8Array> {
  const announced = Number(res.headers.get('content-length') ?? NaN);
  if (announced > limit) {
    void res.body?.cancel();
    throw new TooLargeError(tooLarge(announced, limit));
  }
  // A plain body of known length is read at once (the fastest way); a compressed or unsized
  // one is counted as it arrives, since its length says nothing of the bytes it will give.
  if (!res.body || (Number.isFinite(announced) && !res.headers.has('content-encoding'))) {
    const all = new Uint8Array(await res.arrayBuffer());
    if (all.byteLength > limit) throw new TooLargeError(tooLarge(all.byteLength, limit));
    return all;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    onChunk?.();
    if (total > limit) {
      void reader.cancel();
      throw new TooLargeError(tooLarge(null, limit));
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

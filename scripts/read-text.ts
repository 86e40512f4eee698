import { readFile, stat } from 'node:fs/promises';
import { decodeUtf8, MAX_SOURCE_BYTES, tooLarge, TooLargeError } from '../src/data/read';

/**
 * A text file decoded exactly as the app decodes it (UTF-8, a leading byte-order mark
 * dropped), so offsets agree between the CLI and the app. A file over `limit` bytes is
 * refused before it is read; one that is not UTF-8 is refused with where it stops being so.
 */
export async function readText(file: string, limit = MAX_SOURCE_BYTES): Promise<string> {
  const { size } = await stat(file);
  if (size > limit) throw new TooLargeError(tooLarge(size, limit));
  return decodeUtf8(await readFile(file));
}

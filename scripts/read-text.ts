import { readFile } from 'node:fs/promises';

/**
 * A text file decoded exactly as the browser's fetch().text() and File.text() decode it
 * (UTF-8, a leading byte-order mark dropped), so offsets agree between the CLI and the app.
 */
export async function readText(file: string): Promise<string> {
  return new TextDecoder('utf-8').decode(await readFile(file));
}

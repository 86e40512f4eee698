import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The source text must be byte-identical to what was received: offsets depend on it. */
const SHIPPED = fileURLToPath(new URL('../public/data/sources/rubio-lavrov-2025-02-15.txt', import.meta.url));
// Outside this repository (next to the project's root); absent from a clean clone, as in CI.
const SEED = fileURLToPath(new URL('../../shared/seeds/000_c1a20d670792303a.txt', import.meta.url));
const SHA256 = 'a00d9df5edbbd22f2a252e5f67f503756fbdf02aad46a6fa361b8eca1691ba9e';

const bytes = readFileSync(SHIPPED);

describe('the shipped source file', () => {
  it('has the pinned sha256 of the received article', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(SHA256);
  });

  it('is valid UTF-8 without a byte-order mark, so its JavaScript string offsets are well defined', () => {
    expect(Buffer.from(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf8').equals(bytes)).toBe(true);
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
  });

  it.skipIf(!existsSync(SEED))(
    `is byte-identical to the seed ${SEED}${existsSync(SEED) ? '' : ' (SKIPPED: the seed is not in this checkout; the pinned sha256 above still checks every byte)'}`,
    () => {
      expect(bytes.equals(readFileSync(SEED))).toBe(true);
    },
  );

  it('is the file the dataset names', () => {
    const dataset = JSON.parse(readFileSync(new URL('../public/data/dataset.json', import.meta.url), 'utf8')) as {
      sources: { id: string; file: string }[];
    };
    expect(dataset.sources).toEqual([expect.objectContaining({ id: 'rubio-lavrov-2025-02-15', file: 'sources/rubio-lavrov-2025-02-15.txt' })]);
  });
});

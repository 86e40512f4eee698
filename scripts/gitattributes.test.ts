import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const attr = (name: string, file: string) => execFileSync('git', ['check-attr', name, '--', file], { cwd: ROOT, encoding: 'utf8' }).trim();

// Quote offsets count the characters of the source texts as received: git must never turn
// their line endings into CRLF on checkout (core.autocrlf on Windows) or LF on commit.
describe('.gitattributes', () => {
  for (const file of ['public/data/sources/rubio-lavrov-2025-02-15.txt', 'public/data/sources/any-new-source.txt'])
    it(`leaves ${file} byte for byte (-text)`, () => {
      expect(attr('text', file)).toBe(`${file}: text: unset`);
    });
});

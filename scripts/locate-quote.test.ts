import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { locate, nearMatches, report } from './locate-quote';

describe('locate', () => {
  it('finds every occurrence as JavaScript string offsets, overlapping ones included', () => {
    expect(locate('aaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 1, end: 3 },
    ]);
    expect(locate('😀 «sí» y «sí»', 'sí')).toEqual([
      { start: 4, end: 6 },
      { start: 11, end: 13 },
    ]);
    expect(locate('abc', '')).toEqual([]);
    expect(locate('abc', 'd')).toEqual([]);
  });
});

describe('nearMatches', () => {
  it('sees through case, decomposed accents and white space, and maps back to source offsets', () => {
    const source = 'Dijo: “Un   largo\ncamino” ayer.';
    const [m] = nearMatches(source, 'un largo camino'.normalize('NFD'));
    expect(source.slice(m!.start, m!.end)).toBe('Un   largo\ncamino');
  });
});

describe('report', () => {
  it('prints offsets ready to paste, with context', () => {
    expect(report('f.txt', 'La “paz” llega.', 'paz')).toEqual({ ok: true, lines: ['4–7\t"start": 4, "end": 7\t…La “[paz]” llega.…'] });
  });

  it('fails with a hint when only a near match exists', () => {
    const r = report('f.txt', 'La “Paz” llega.', 'paz');
    expect(r.ok).toBe(false);
    expect(r.lines[0]).toBe('not found in f.txt');
    expect(r.lines[1]).toMatch(/near match at 4–7 .*"Paz"$/);
  });
});

describe('npm run locate-quote (a real process)', () => {
  it('prints the offsets of a quote in the shipped source', async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        `${root}node_modules/.bin/tsx`,
        ['scripts/locate-quote.ts', 'public/data/sources/rubio-lavrov-2025-02-15.txt', 'un largo camino'],
        { cwd: root },
        (err, out) => (err ? reject(err) : resolve(out)),
      ),
    );
    expect(stdout.split('\t').slice(0, 2)).toEqual(['3043–3058', '"start": 3043, "end": 3058']);
  }, 30_000);
});

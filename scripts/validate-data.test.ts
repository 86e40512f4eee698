import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CORRUPTIONS, mutated, SHIPPED_TEXT, shipped } from './dataset-corruptions';
import { validateFile } from './validate-data';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = path.join(ROOT, 'public/data');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A temporary copy of the data folder (sources included) holding the given dataset text. */
function copyWith(text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'backchannel-data-'));
  dirs.push(dir);
  cpSync(path.join(DATA, 'sources'), path.join(dir, 'sources'), { recursive: true });
  const file = path.join(dir, 'dataset.json');
  writeFileSync(file, text);
  return file;
}

/** The real command, as a curator runs it. */
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/validate-data.ts', ...args], { cwd: ROOT }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
    );
  });
}

describe('validateFile', () => {
  it('accepts the shipped dataset with a one-line summary', async () => {
    expect(await validateFile(path.join(DATA, 'dataset.json'))).toEqual({
      ok: true,
      lines: [
        `${path.join(DATA, 'dataset.json')}: valid — 1 source, 22 actors, 10 topics, 17 events, 29 quotes (all verified against their sources), 13 relations`,
      ],
    });
  });

  it.each(Object.entries(CORRUPTIONS))('names a corrupted %s in exactly one line', async (_, c) => {
    expect(await validateFile(copyWith(c.text()))).toEqual({ ok: false, lines: [c.line] });
  });

  it('lists every problem at once', async () => {
    const file = copyWith(
      mutated((d) => {
        d.events[0]!.topics[0] = 'no-such-topic';
        delete d.events[2]!.title;
      }),
    );
    // Shape problems come first; integrity is checked once the shape holds.
    expect((await validateFile(file)).lines).toEqual([CORRUPTIONS['required field'].line]);
    const d = JSON.parse(CORRUPTIONS.offset.text()) as ReturnType<typeof shipped>;
    d.events[0]!.topics[0] = 'no-such-topic';
    const both = copyWith(JSON.stringify(d));
    expect((await validateFile(both)).lines).toEqual([CORRUPTIONS.reference.line, CORRUPTIONS.offset.line]);
  });

  it('reads sources next to the dataset, and says when one is missing', async () => {
    const file = copyWith(SHIPPED_TEXT);
    rmSync(path.join(path.dirname(file), 'sources'), { recursive: true });
    expect(await validateFile(file)).toEqual({
      ok: false,
      lines: ['sources[0].file: cannot read sources/rubio-lavrov-2025-02-15.txt: no such file'],
    });
  });

  it('ignores a byte-order mark in the dataset and the sources, as browsers do', async () => {
    const file = copyWith(`\ufeff${SHIPPED_TEXT}`);
    const source = path.join(path.dirname(file), 'sources/rubio-lavrov-2025-02-15.txt');
    writeFileSync(source, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(source)]));
    expect((await validateFile(file)).ok).toBe(true);
  });

  it('says when the dataset file itself is missing', async () => {
    expect(await validateFile('/no/such/dataset.json')).toEqual({ ok: false, lines: ['(file): cannot read /no/such/dataset.json: no such file'] });
  });
});

describe('npm run validate-data (a real process)', () => {
  it('exits 0 on the shipped dataset and prints one summary line', async () => {
    const r = await cli();
    expect(r).toEqual({
      code: 0,
      stdout: 'public/data/dataset.json: valid — 1 source, 22 actors, 10 topics, 17 events, 29 quotes (all verified against their sources), 13 relations\n',
      stderr: '',
    });
  }, 30_000);

  it('exits 1 and prints the exact line for each corruption', async () => {
    const runs = await Promise.all(
      Object.values(CORRUPTIONS).map(async (c) => {
        const file = copyWith(c.text());
        return { file, line: c.line, r: await cli(file) };
      }),
    );
    for (const { file, line, r } of runs) expect(r).toEqual({ code: 1, stdout: `${line}\n`, stderr: `${file}: 1 problem\n` });
  }, 30_000);
});

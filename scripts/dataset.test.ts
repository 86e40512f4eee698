import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SHIPPED_TEXT, SOURCE_FILE, SOURCE_TEXT } from './dataset-corruptions';
import { runDataset } from './dataset';
import { validateFile } from './validate-data';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHIPPED = path.join(ROOT, 'public/data/dataset.json');
const SOURCE_ID = 'rubio-lavrov-2025-02-15';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'backchannel-dataset-'));
  dirs.push(dir);
  return dir;
}

/** The real command, as a curator runs it. */
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/dataset.ts', ...args], { cwd: ROOT, maxBuffer: 1 << 26 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
    );
  });
}

type Doc = { sources: Record<string, unknown>[]; events: unknown[] };

describe('npm run dataset -- inline (a real process)', () => {
  it('writes the shipped dataset as one self-contained file that validates on its own', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'self-contained.json');
    const r = await cli('inline', 'public/data/dataset.json', '--out', out);
    expect(r).toEqual({ code: 0, stdout: '', stderr: `wrote ${out} (1 source text inline)\n` });
    const doc = JSON.parse(readFileSync(out, 'utf8')) as Doc;
    const shipped = JSON.parse(SHIPPED_TEXT) as Doc;
    expect(doc.sources[0]).not.toHaveProperty('file');
    expect(doc.sources[0]!.text).toBe(SOURCE_TEXT);
    // Only the source changed: the text took the place of the file, offsets are untouched.
    expect(Object.keys(doc.sources[0]!)).toEqual(Object.keys(shipped.sources[0]!).map((k) => (k === 'file' ? 'text' : k)));
    expect(doc.events).toEqual(shipped.events);
    // No source folder next to it: validate-data needs nothing but the file.
    expect(existsSync(path.join(dir, 'sources'))).toBe(false);
    expect((await validateFile(out)).lines[0]).toMatch(/: valid — 1 source, 22 actors, 10 topics, 17 events, 29 quotes/);
  }, 30_000);

  it('prints to standard output without --out', async () => {
    const r = await cli('inline', 'public/data/dataset.json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Doc).sources[0]!.text).toBe(SOURCE_TEXT);
  }, 30_000);

  it('refuses an invalid dataset, printing its problems as validate-data does', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'dataset.json');
    writeFileSync(file, SHIPPED_TEXT); // no sources folder next to it
    const r = await cli('inline', file);
    expect(r).toEqual({
      code: 1,
      stdout: `sources[0].file: cannot read ${SOURCE_FILE}: no such file\n`,
      stderr: `${file}: not converted, 1 problem\n`,
    });
  }, 30_000);

  it('prints its usage for a wrong command', async () => {
    const r = await cli('squash', 'x.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^usage: npm run dataset -- inline/);
  }, 30_000);
});

describe('npm run dataset -- split', () => {
  it('turns a self-contained dataset back into the shipped form, byte for byte', async () => {
    const dir = tempDir();
    const inline = path.join(dir, 'dataset.json');
    expect((await runDataset(['inline', SHIPPED, '--out', inline])).code).toBe(0);
    const outDir = path.join(dir, 'split');
    const r = await cli('split', inline, '--out-dir', outDir);
    expect(r).toEqual({ code: 0, stdout: '', stderr: `wrote ${path.join(outDir, 'dataset.json')} and 1 source file\n` });
    expect(readFileSync(path.join(outDir, 'dataset.json'), 'utf8')).toBe(`${JSON.stringify(JSON.parse(SHIPPED_TEXT), null, 2)}\n`);
    expect(readFileSync(path.join(outDir, `sources/${SOURCE_ID}.txt`), 'utf8')).toBe(SOURCE_TEXT);
    expect((await validateFile(path.join(outDir, 'dataset.json'))).ok).toBe(true);
  }, 30_000);

  it('keeps a text that starts with a byte-order mark intact through a file', async () => {
    const dir = tempDir();
    const doc = JSON.parse(SHIPPED_TEXT) as Doc & { events: { quotes: { start: number; end: number }[] }[] };
    const src = doc.sources[0]!;
    delete src.file;
    delete src.body;
    src.text = `\uFEFF${SOURCE_TEXT}`;
    for (const e of doc.events)
      for (const q of e.quotes) {
        q.start += 1;
        q.end += 1;
      }
    const inline = path.join(dir, 'bom.json');
    writeFileSync(inline, JSON.stringify(doc));
    expect((await validateFile(inline)).ok).toBe(true);
    const outDir = path.join(dir, 'out');
    expect((await runDataset(['split', inline, '--out-dir', outDir])).code).toBe(0);
    expect(await validateFile(path.join(outDir, 'bom.json'))).toMatchObject({ ok: true });
  }, 30_000);

  it('needs --out-dir, and will not overwrite its input', async () => {
    expect((await runDataset(['split', SHIPPED])).code).toBe(2);
    const r = await runDataset(['split', SHIPPED, '--out-dir', path.dirname(SHIPPED)]);
    expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining('would overwrite the input') });
  }, 30_000);
});

// Datasets made up by these tests from the shipped one (shifted, re-encoded, oversized): not reporting.
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_DATASET_BYTES } from '../src/data/read';
import { mutated, SHIPPED_TEXT, SOURCE_FILE } from './dataset-corruptions';
import { validateFile } from './validate-data';

const DATA = fileURLToPath(new URL('../public/data/', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function copyWith(text: string): { file: string; source: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'backchannel-hostile-'));
  dirs.push(dir);
  cpSync(path.join(DATA, 'sources'), path.join(dir, 'sources'), { recursive: true });
  writeFileSync(path.join(dir, 'dataset.json'), text);
  return { file: path.join(dir, 'dataset.json'), source: path.join(dir, SOURCE_FILE) };
}

const shippedSource = () => readFileSync(path.join(DATA, SOURCE_FILE), 'utf8');

describe('validate-data on hostile input', () => {
  it('lists 600,000 problems instead of crashing', async () => {
    const { file } = copyWith(mutated((d) => (d.events[0]!.topics = Array.from({ length: 300_000 }, () => 'no-such-topic'))));
    const r = await validateFile(file);
    expect(r.ok).toBe(false);
    expect(r.lines).toHaveLength(599_999);
    expect(r.lines[0]).toBe('events[0].topics[0]: "no-such-topic" is not a topic id');
  }, 60_000);

  it('names a source that is not UTF-8 once, instead of a mismatch at every quote', async () => {
    const { file, source } = copyWith(SHIPPED_TEXT);
    writeFileSync(source, Buffer.from(shippedSource(), 'latin1'));
    const r = await validateFile(file);
    expect(r.lines).toEqual([
      `sources[0].file: cannot read ${SOURCE_FILE}: it is not UTF-8 text: the byte at offset 21 (0xED) is not valid UTF-8 (a Latin-1 or Windows-1252 file reads like this); save it as UTF-8`,
    ]);
  });

  it('names Windows line endings as the cause of every mismatch', async () => {
    const { file, source } = copyWith(SHIPPED_TEXT);
    writeFileSync(source, shippedSource().replace(/\n/g, '\r\n'));
    const r = await validateFile(file);
    expect(r.lines[0]).toMatch(/^sources\[0\]\.file: sources\/rubio-lavrov-2025-02-15\.txt has Windows line endings \(CRLF\), and \d+ of its 29 quotes do not match it/);
    expect(r.lines.length).toBeGreaterThan(1);
  });

  it('names a dataset file that is not UTF-8', async () => {
    const { file } = copyWith('');
    writeFileSync(file, Buffer.from(mutated((d) => (d.title.en = 'Moscú')), 'latin1'));
    expect((await validateFile(file)).lines).toEqual([
      expect.stringMatching(/^\(root\): the file is not UTF-8 text: the byte at offset [\d,]+ \(0xFA\) is not valid UTF-8/),
    ]);
  });

  it('refuses a dataset over the size limit before reading it', async () => {
    const { file } = copyWith('');
    // A sparse file: its size is what matters, and it takes no room on disk.
    truncateSync(file, MAX_DATASET_BYTES + 1);
    expect((await validateFile(file)).lines).toEqual([
      '(root): the file is 256 MB, more than the 256 MB Backchannel reads; split the dataset or leave out what it does not need',
    ]);
  });
});

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { idFromFile, run, USAGE } from './draft';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTICLE = 'public/data/sources/rubio-lavrov-2025-02-15.txt';
const dir = mkdtempSync(path.join(tmpdir(), 'backchannel-draft-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Buffer) => {
  const f = path.join(dir, name);
  writeFileSync(f, content);
  return f;
};

/** The real command, as a curator runs it. */
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/draft.ts', ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
    );
  });
}

/** One line on stderr, nothing on stdout, a non-zero exit, no stack trace. */
function refused(r: { code: number; stdout: string; stderr: string }, message: RegExp) {
  expect(r.code).not.toBe(0);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/u);
  expect(r.stderr.trimEnd()).toMatch(message);
}

describe('npm run draft (a real process)', () => {
  it('drafts the shipped article: JSON on stdout in the issue’s shape, a summary on stderr', async () => {
    const r = await cli(ARTICLE, '--published', '2025-02-15');
    expect(r.code).toBe(0);
    expect(r.stderr.trim()).toBe(
      `draft: ${ARTICLE} — 9 quotations (8 with a speaker), 75 mentions (74 of dataset actors), 6 dates (6 resolved), 16 draft events`,
    );
    const d = JSON.parse(r.stdout);
    expect(Object.keys(d)).toEqual(['source', 'quotes', 'mentions', 'dates', 'events']);
    const text = readFileSync(path.join(ROOT, ARTICLE), 'utf8');
    // The dataset knows this text: its entry (and so its body) is reused, with the text inline.
    const { file: _file, ...entry } = JSON.parse(readFileSync(path.join(ROOT, 'public/data/dataset.json'), 'utf8')).sources[0];
    expect(d.source).toEqual({ ...entry, text });
    expect(d.quotes[1]).toEqual({
      start: 877,
      end: 964,
      text: 'reafirmó el compromiso del presidente Trump de encontrar un fin al conflicto en Ucrania',
      kind: 'direct',
      speaker: { actorId: 'tammy-bruce', name: 'Tammy Bruce', start: 1012, end: 1023 },
      sentence: { start: 870, end: 1053 },
    });
    expect(Object.keys(d.mentions[0])).toEqual(['start', 'end', 'text', 'actorId']);
    expect(d.dates.find((x: { text: string }) => x.text === 'el miércoles')).toMatchObject({ start: 1841, end: 1853, date: { start: '2025-02-12', precision: 'day' } });
    expect(Object.keys(d.events[0])).toEqual(['sentence', 'kind', 'status', 'actors', 'date', 'quotes']);
    expect(text.slice(1012, 1023)).toBe('Tammy Bruce');
    expect(text.slice(1841, 1853)).toBe('el miércoles');
    for (const q of d.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  }, 60_000);

  it('writes to --out, takes --body and a dataset, or none', async () => {
    const out = path.join(dir, 'draft.json');
    const r = await cli(ARTICLE, '--published=2025-02-15', '--body', '161:1200', '--no-dataset', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^draft: wrote .*draft\.json — 3 quotations \(2 with a speaker\), \d+ mentions \(0 of dataset actors\)/u);
    const d = JSON.parse(readFileSync(out, 'utf8'));
    expect(d.source).toMatchObject({ id: 'rubio-lavrov-2025-02-15', publisher: null, body: { start: 161, end: 1200 } });
    expect(d.quotes.map((q: { text: string }) => q.text.slice(0, 14))).toEqual(['inmediatamente', 'reafirmó el co', 'Además, discut']);
  }, 60_000);

  // Each stage that can refuse, in a real process: the arguments, the file's bytes, the draft.
  it('refuses an unparseable --published in one line', async () => {
    refused(await cli(ARTICLE, '--published', '15/02/2025'), /^draft: --published must be a real date as YYYY-MM-DD, not "15\/02\/2025"$/u);
  }, 60_000);

  it('refuses a file that is not UTF-8 in one line, saying where', async () => {
    const latin1 = Buffer.from('El ministro dijo: «sí, mañana».', 'latin1');
    refused(await cli(file('latin1.txt', latin1), '--published', '2025-02-15'), /^draft: .*latin1\.txt is not UTF-8 text \(byte 18 is 0xab\); save it as UTF-8 and try again$/u);
  }, 60_000);

  it('refuses a text with no quotations in one line', async () => {
    refused(await cli(file('plain.txt', 'Ana Pérez viajó ayer a Lima.\n'), '--published', '2025-02-15'), /^draft: no quotations \(“…”, «…» or "…"\) in .*plain\.txt: nothing to draft$/u);
  }, 60_000);
});

/** The same command in this process (what the real one runs, less the four lines that print). */
describe('run: every bad input gets one line and a non-zero status', () => {
  it.each([
    ['no arguments', [], new RegExp(`^${USAGE.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'u'), 2],
    ['two articles', [ARTICLE, ARTICLE], /^draft: one article at a time\. usage:/u, 2],
    ['an option without its value', [ARTICLE, '--published'], /^draft: --published needs a value\./u, 2],
    ['an unknown option', [ARTICLE, '--published', '2025-02-15', '--verbose'], /^draft: unknown option --verbose\. usage:/u, 2],
    ['a missing --published', [ARTICLE], /^draft: --published YYYY-MM-DD is required: relative dates/u, 1],
    ['an unparseable --published', [ARTICLE, '--published', 'ayer'], /^draft: --published must be a real date as YYYY-MM-DD, not "ayer"$/u, 1],
    ['an impossible --published', [ARTICLE, '--published', '2025-02-30'], /^draft: --published must be a real date as YYYY-MM-DD, not "2025-02-30"$/u, 1],
    ['a missing article', ['/no/such/article.txt', '--published', '2025-02-15'], /^draft: cannot read \/no\/such\/article\.txt: no such file$/u, 1],
    ['a folder for an article', [dir, '--published', '2025-02-15'], /^draft: cannot read .*: it is a folder$/u, 1],
    ['an unknown --dataset', [ARTICLE, '--published', '2025-02-15', '--dataset', '/no/such/dataset.json'], /^draft: cannot read the dataset \/no\/such\/dataset\.json: no such file$/u, 1],
    ['a --body outside the text', [ARTICLE, '--published', '2025-02-15', '--body', '100:99999'], /^draft: --body must be START:END with 0 ≤ START < END ≤ 4178 \(the article's length\), not "100:99999"$/u, 1],
    ['a --body that is no span', [ARTICLE, '--published', '2025-02-15', '--body', '300:200'], /^draft: --body must be START:END/u, 1],
  ] as const)('%s', async (_, args, message, code) => {
    const r = await run(args.map((a) => a));
    expect(r.code).toBe(code);
    refused(r, message);
  });

  it('an empty or blank file', async () => {
    refused(await run([file('empty.txt', ''), '--published', '2025-02-15']), /^draft: .*empty\.txt is empty$/u);
    refused(await run([file('blank.txt', ' \n\t\n'), '--published', '2025-02-15']), /^draft: .*blank\.txt is empty$/u);
  });

  it('a file that is not UTF-8', async () => {
    refused(await run([file('cp1252.txt', Buffer.from([0x22, 0x93, 0x73, 0xed, 0x94, 0x22])), '--published', '2025-02-15']), /is not UTF-8 text \(byte 1 is 0x93\)/u);
  });

  it('a dataset that is not valid JSON, or not a dataset, naming the place', async () => {
    refused(await run([ARTICLE, '--published', '2025-02-15', '--dataset', file('bad.json', '{ "schemaVersion": 1, }')]), /^draft: the dataset .*bad\.json is not valid: \(root\): malformed JSON at line 1, column \d+/u);
    refused(await run([ARTICLE, '--published', '2025-02-15', '--dataset', file('shape.json', '{ "schemaVersion": 1 }')]), /^draft: the dataset .*shape\.json is not valid: .+ \(and \d+ more; run npm run validate-data -- .*shape\.json\)$/u);
  });

  it('an --out it cannot write', async () => {
    refused(await run([ARTICLE, '--published', '2025-02-15', '--out', path.join(dir, 'no/such/folder/d.json')]), /^draft: cannot write .*d\.json: no such file$/u);
  });
});

describe('idFromFile', () => {
  it('makes a kebab-case id from the file name', () => {
    expect(idFromFile('/x/Rubio y Lavrov (FT).txt')).toBe('rubio-y-lavrov-ft');
    expect(idFromFile('Declaración_ÚLTIMA.txt')).toBe('declaracion-ultima');
    expect(idFromFile('…')).toBe('source');
  });
});

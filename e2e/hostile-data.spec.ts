import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { mutated, SOURCE_TEXT } from '../scripts/dataset-corruptions';
import { validateFile } from '../scripts/validate-data';
import type { Dataset } from '../src/data/schema';
import { expect as baseExpect, expectNoAxeViolations, test } from './fixtures';
import { bounds, DAY } from './time-order';

/**
 * Hostile or odd data and links: control characters, files saved with other line endings
 * or encodings, a reversed window, and what the export makes of them. Datasets here are
 * the shipped one changed by each test, served in its place: none is reporting.
 */
// The test timeout is the suite's own; a wait here may take longer than the default, as a
// dataset is loaded two or three times.
const expect = baseExpect.configure({ timeout: 20_000 });

/** fixtures.ts's openApp (all three views drawn, the ready signal), with this file's longer wait. */
async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
}

const SHOTS = process.env.SHOTS_DIR;
const shot = (page: Page, name: string) => page.screenshot({ path: SHOTS ? `${SHOTS}/${name}.png` : test.info().outputPath(`${name}.png`) });
const SOURCE_URL = '**/data/sources/rubio-lavrov-2025-02-15.txt';
const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;

function expectOnly(problems: string[], ...expected: RegExp[]): void {
  const rest = problems.filter((p) => !expected.some((r) => r.test(p)));
  problems.splice(0, problems.length, ...rest);
}

async function serve(page: Page, glob: string, body: string | Buffer, contentType = 'application/json') {
  await page.route(glob, (r) => r.fulfill({ status: 200, contentType, body }));
}

const problemLines = (page: Page) => page.getByRole('list', { name: /^The dataset has [\d,]+ problems?$/ }).getByRole('listitem');

/** Collect the page's CSP violations (they are also console errors, which the fixture fails on). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test('a control character in a name is refused at its JSON path', async ({ page, problems }) => {
  await serve(page, '**/data/dataset.json', mutated((d) => ((d as unknown as Dataset).actors[0]!.name = 'A\u0001B')));
  await page.goto('/?lang=en');
  await expect(problemLines(page)).toHaveText(['actors[0].name: must not contain control characters (U+0001 at character 2) (got "A\\u0001B")']);
  expect(problems).toEqual([]);
});

test.describe('export', () => {
  const exportItem = async (page: Page, name: string | RegExp) => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('button', { name }).click();
  };

  test('a failure is shown, not swallowed', async ({ page, problems }) => {
    await page.route('**/assets/graphic-*.js', (r) => r.abort());
    await openApp(page, '?lang=en');
    await exportItem(page, 'Timeline as SVG');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Export failed (Timeline as SVG):');
    await shot(page, 'export-failed');
    await expectNoAxeViolations(page);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expectOnly(problems, /Failed to load resource/);
  });

  test('SVG and PNG raise no CSP violation under style-src self', async ({ page, problems }) => {
    const violations = await watchCsp(page);
    await openApp(page, '?lang=en');
    for (const item of ['Timeline as SVG', 'Timeline as PNG', 'Actor network as SVG', 'Actor network as PNG']) {
      const download = page.waitForEvent('download');
      await exportItem(page, item);
      await download;
    }
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('the exported JSON reopens in the app, and validate-data accepts it', async ({ page, problems }) => {
    await openApp(page, '?lang=en&actors=sergei-lavrov');
    const download = page.waitForEvent('download');
    await exportItem(page, 'Filtered events as JSON');
    const file = await (await download).path();
    const body = readFileSync(file!);
    const lavrov = dataset.events.filter((e) => e.actors.some((a) => a.id === 'sergei-lavrov'));

    // Opened as it was downloaded: its source is found in the shipped folder.
    await page.getByLabel('Open a dataset file…').setInputFiles({ name: 'backchannel-events.json', mimeType: 'application/json', buffer: body });
    await expect(page.getByText('Showing backchannel-events.json')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Timeline', exact: true }).getByRole('status')).toHaveText(`${lavrov.length} of ${lavrov.length} events`);
    await shot(page, 'export-reopened');

    // From the command line, alone in a folder: it carries its source texts.
    const dir = mkdtempSync(path.join(tmpdir(), 'backchannel-export-'));
    try {
      writeFileSync(path.join(dir, 'backchannel-events.json'), body);
      const r = await validateFile(path.join(dir, 'backchannel-events.json'));
      expect(r.lines[0]).toMatch(new RegExp(`: valid — 1 source, \\d+ actors, \\d+ topics?, ${lavrov.length} events`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(problems).toEqual([]);
  });

  test('with nothing in the filters, the data exports are refused with the reason', async ({ page }) => {
    await openApp(page, '?lang=en&q=zzzzqqqq');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Filtered events as JSON: no event matches the filters, nothing to export' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Filtered events as CSV: no event matches the filters, nothing to export' })).toBeDisabled();
    await expectNoAxeViolations(page);
  });
});

test('a reversed time window is read the right way round', async ({ page, problems }) => {
  await openApp(page, '?lang=en&from=2025-02-20&to=2025-02-10');
  const [from, to] = [Date.parse('2025-02-10'), Date.parse('2025-02-20')];
  const inWindow = dataset.events.filter((e) => {
    const [s, end] = bounds(e);
    return (e.date.start === null ? -Infinity : s) < to + DAY && (e.date.end === null ? Infinity : end) > from;
  });
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  await expect(timeline.getByRole('status')).toHaveText(`${inWindow.length} of ${dataset.events.length} events`);
  await expect(timeline.getByRole('group', { name: 'Zoom and time window' })).toContainText('Time window: 10 Feb 2025 – 20 Feb 2025');
  expect(problems).toEqual([]);
});

test.describe('a source saved differently from how it was received', () => {
  test('with Windows line endings: the cause is named first', async ({ page }) => {
    await serve(page, SOURCE_URL, SOURCE_TEXT.replace(/\n/g, '\r\n'), 'text/plain; charset=utf-8');
    await page.goto('/?lang=en');
    await expect(problemLines(page).first()).toHaveText(
      /^sources\[0\]\.file: sources\/rubio-lavrov-2025-02-15\.txt has Windows line endings \(CRLF\), and \d+ of its 29 quotes do not match it/,
    );
    await shot(page, 'source-crlf');
  });

  test('in Latin-1: one line says it is not UTF-8', async ({ page }) => {
    await serve(page, SOURCE_URL, Buffer.from(SOURCE_TEXT, 'latin1'), 'text/plain');
    await page.goto('/?lang=en');
    await expect(problemLines(page)).toHaveText([
      /^sources\[0\]\.file: cannot read sources\/rubio-lavrov-2025-02-15\.txt: it is not UTF-8 text: the byte at offset 21 \(0xED\)/,
    ]);
  });
});

test.describe('served with the headers file for a static host', () => {
  const HEADERS = `${process.env.E2E_DIST ?? 'dist'}/_headers`;

  /** The `/*` rule of a Netlify / Cloudflare Pages `_headers` file. */
  function headersFor(text: string): Record<string, string> {
    const out: Record<string, string> = {};
    let inAll = false;
    for (const line of text.split('\n')) {
      if (/^\S/.test(line)) inAll = line.trim() === '/*';
      else if (inAll && line.trim() && !line.trim().startsWith('#')) {
        const i = line.indexOf(':');
        out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
      }
    }
    return out;
  }

  test('the app and both workers run, with no CSP violation, and it cannot be framed', async ({ page, problems, baseURL }) => {
    expect(existsSync(HEADERS), `${HEADERS} is written by the build (scripts/host-headers.ts)`).toBe(true);
    const headers = headersFor(readFileSync(HEADERS, 'utf8'));
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    await page.route('**/*', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, headers: { ...res.headers(), ...headers } });
    });
    const violations = await watchCsp(page);
    // The network layout runs in its worker for a graph this size only when asked to; the
    // dataset worker runs on every load.
    await openApp(page, '?lang=en');
    await expect(page.getByRole('region', { name: 'Actor network', exact: true })).toBeVisible();
    expect(await violations()).toEqual([]);

    await page.goto('about:blank');
    await page.setContent(`<iframe title="framed" src="${baseURL}/?lang=en"></iframe>`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { name: /Backchannel/ })).toHaveCount(0);
    expectOnly(problems, /frame-ancestors/);
  });
});

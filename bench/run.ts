/**
 * `npm run bench`: build, serve the production build, and measure the app in headless
 * Chromium on synthetic datasets of 1,000, 10,000 and 50,000 events, each in both forms
 * (self-contained, and with source files). Prints a table,
 * writes bench/results.json and exits 1 when a budget is missed.
 *
 * First, the shipped dataset's start (5 cold loads: ready and the longest start task). It also
 * times the curation engine drafting a 50,000-character article (bench/draft.ts, in Node).
 *
 * Options: --sizes=shipped,1000,10000  --runs=3  --skip-build  --out=dist-bench  --port=4399
 *          --results=bench/results.json   (--sizes=shipped measures the shipped dataset only)
 *          --draft-only (the drafting engine alone; no build, no browser, results.json left as it is)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../scripts/chromium';
import { BUDGETS } from './budgets';
import { draftRow, measureDraft, type DraftBench } from './draft';
import { generate } from './generate';
import { inlineSources } from '../src/data/forms';
import { measureActorFilter, measureSearch, measureSelect, measureZoomPan, nextPaintSource } from './measure';
import { serveStatic } from './serve';
import { measureStart, type StartResult } from './start';
import { measurePeer, writePeerPage, type PeerResult } from './peer';
import { median, p95, round1 } from './stats';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const OUT = path.resolve(ROOT, arg('out') ?? 'dist-bench');
const PORT = Number(arg('port') ?? 4399);
const RESULTS = path.resolve(ROOT, arg('results') ?? 'bench/results.json');
const SIZE_ARGS = (arg('sizes') ?? 'shipped,1000,10000,50000').split(',');
const SHIPPED = SIZE_ARGS.includes('shipped');
const SIZES = SIZE_ARGS.filter((s) => s !== 'shipped').map(Number);
const SHIPPED_RUNS = 5;
const RUNS = Number(arg('runs') ?? 3);
const INTERACTIONS = 12;

function build() {
  console.log('bench: building the production app into dist-bench/ …');
  const r = spawnSync('npx', ['vite', 'build', '--outDir', OUT, '--emptyOutDir'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

function writeDatasets() {
  for (const n of SIZES) {
    const dir = path.join(OUT, 'bench', `n${n}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, 'sources'), { recursive: true });
    const { dataset, files } = generate(n, 20250215);
    // Both forms of the same data: with source files, and self-contained (texts inline).
    writeFileSync(path.join(dir, FILE_OF.split), JSON.stringify(dataset));
    for (const [file, text] of files) writeFileSync(path.join(dir, file), text);
    const texts = new Map(dataset.sources.map((s) => [s.id, files.get(s.file!)!]));
    writeFileSync(path.join(dir, FILE_OF.inline), JSON.stringify(inlineSources(dataset, texts)));
  }
}

/** The two forms of the data format, and the file each is written to. */
type Form = 'inline' | 'split';
const FILE_OF: Record<Form, string> = { inline: 'inline.json', split: 'dataset.json' };
const FORM_NAME: Record<Form, string> = { inline: 'self-contained', split: 'with source files' };
/** The form every interaction is measured on, the budgets hold for, and the peer reads. */
const MAIN_FORM: Form = 'inline';
const datasetPath = (n: number, form: Form) => `/bench/n${n}/${FILE_OF[form]}`;

/** Gzipped size of what index.html loads at once (scripts, preloads, CSS), and the rest. */
function bundleSizes() {
  const html = readFileSync(path.join(OUT, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const gz = (file: string) => gzipSync(readFileSync(path.join(OUT, file))).length;
  const initialJs = refs.filter((f) => f.endsWith('.js')).reduce((n, f) => n + gz(f), 0);
  const css = refs.filter((f) => f.endsWith('.css')).reduce((n, f) => n + gz(f), 0);
  const lazy = readdirSync(path.join(OUT, 'assets'))
    .filter((f) => f.endsWith('.js') && !refs.includes(`assets/${f}`))
    .map((f) => ({ file: f, gzipKb: round1(gz(`assets/${f}`) / 1024) }));
  return { initialJsGzipKb: round1(initialJs / 1024), cssGzipKb: round1(css / 1024), lazyChunks: lazy };
}

interface ReadyResult {
  events: number;
  form: Form;
  readyMs: number;
  readyRunsMs: number[];
}

interface SizeResult extends ReadyResult {
  select: { medianMs: number; p95Ms: number };
  actorFilter: { medianMs: number; p95Ms: number };
  actorFilterViews: { medianMs: number; p95Ms: number };
  searchPaint: { medianMs: number; p95Ms: number };
  searchResults: { medianMs: number; p95Ms: number };
  zoomFrame: { medianMs: number; p95Ms: number };
  panFrame: { medianMs: number; p95Ms: number };
  networkLayoutMs: number | null;
  heapMb: number;
}

const summary = (v: number[]) => ({ medianMs: round1(median(v)), p95Ms: round1(p95(v)) });

const urlOf = (n: number, form: Form) => `http://127.0.0.1:${PORT}/?lang=en&data=${datasetPath(n, form)}`;

/** Cold loads, each in a fresh context (no cache): navigation start to the ready mark. */
async function measureReady(browser: Browser, url: string): Promise<number[]> {
  const readyRuns: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 120_000 });
    readyRuns.push(await page.evaluate(() => performance.getEntriesByName('backchannel:ready')[0]!.startTime));
    await context.close();
  }
  return readyRuns;
}

async function measureSize(browser: Browser, n: number): Promise<SizeResult> {
  const url = urlOf(n, MAIN_FORM);
  const readyRuns = await measureReady(browser, url);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(nextPaintSource);
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 120_000 });
  const layout = await page.evaluate(() => {
    const m = performance.getEntriesByName('backchannel:network-layout');
    return m.length ? m[m.length - 1]!.duration : null;
  });
  await page.waitForTimeout(300);
  const select = await measureSelect(page, INTERACTIONS);
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 120_000 });
  const actorFilter = await measureActorFilter(page, INTERACTIONS);
  const search = await measureSearch(page, 'negociacion');
  const { zoom, pan } = await measureZoomPan(page, 60);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await context.close();
  if (errors.length) throw new Error(`errors in the page at ${n} events:\n${errors.join('\n')}`);
  return {
    events: n,
    form: MAIN_FORM,
    readyMs: round1(median(readyRuns)),
    readyRunsMs: readyRuns.map(round1),
    select: summary(select),
    actorFilter: summary(actorFilter.paint),
    actorFilterViews: summary(actorFilter.views),
    searchPaint: summary(search.paint),
    searchResults: summary(search.results),
    zoomFrame: summary(zoom),
    panFrame: summary(pan),
    networkLayoutMs: layout === null ? null : round1(layout),
    heapMb: round1(heap.usedSize / 1024 / 1024),
  };
}

interface Check {
  name: string;
  limit: number;
  value: number;
  pass: boolean;
}

const PEER_EVENTS = 10_000;

function checks(shipped: StartResult | null, sizes: SizeResult[], splits: ReadyResult[], bundle: ReturnType<typeof bundleSizes>, peer: PeerResult | null, draft: DraftBench): Check[] {
  const out: Check[] = [];
  const add = (name: string, value: number, limit: number) => out.push({ name, value, limit, pass: value <= limit });
  add('initial JS (kB gzip)', bundle.initialJsGzipKb, BUDGETS.initialJsGzipKb);
  add(`draft a ${draft.chars.toLocaleString('en-US')}-character article, median (ms)`, draft.medianMs, BUDGETS.draftMs);
  if (shipped) {
    add('shipped dataset: ready (ms)', shipped.readyMs, BUDGETS.shippedReadyMs);
    add('shipped dataset: longest start task (ms)', shipped.longestTaskMs, BUDGETS.shippedLongestTaskMs);
  }
  for (const s of sizes) {
    const ready = BUDGETS.readyMs[s.events];
    if (ready !== undefined) add(`ready at ${s.events} events, ${FORM_NAME[s.form]} (ms)`, s.readyMs, ready);
    const p = BUDGETS.interactionP95Ms[s.events];
    if (p !== undefined) {
      add(`select p95 at ${s.events} (ms)`, s.select.p95Ms, p);
      add(`actor filter p95 at ${s.events} (ms)`, s.actorFilter.p95Ms, p);
      add(`search keystroke p95 at ${s.events} (ms)`, s.searchPaint.p95Ms, p);
    }
    const z = BUDGETS.zoomFrameMedianMs[s.events];
    if (z !== undefined) {
      add(`zoom frame median at ${s.events} (ms)`, s.zoomFrame.medianMs, z);
      add(`pan frame median at ${s.events} (ms)`, s.panFrame.medianMs, z);
    }
    const z95 = BUDGETS.zoomFrameP95Ms[s.events];
    if (z95 !== undefined) add(`zoom frame p95 at ${s.events} (ms)`, s.zoomFrame.p95Ms, z95);
  }
  const k10 = sizes.find((s) => s.events === 10_000);
  const k50 = sizes.find((s) => s.events === 50_000);
  if (k10 && k50) add('ready 50k/10k ratio', round1(k50.readyMs / k10.readyMs), BUDGETS.maxReadyRatio);
  // The form with files downloads N/50 more files: reported beside, held to the same ready budget.
  for (const s of splits) {
    const ready = BUDGETS.readyMs[s.events];
    if (ready !== undefined) add(`ready at ${s.events} events, ${FORM_NAME[s.form]} (ms)`, s.readyMs, ready);
  }
  if (k10 && peer) add('ready at 10k / vis-timeline ready (same run)', Math.round((k10.readyMs / peer.readyMs) * 100) / 100, BUDGETS.maxPeerReadyRatio);
  return out;
}

function table(sizes: SizeResult[], splits: ReadyResult[]): string {
  const head = ['events', 'ready ms (self-contained)', 'ready ms (with source files)', 'select p50/p95', 'actor filter p50/p95', 'actor filter views p50/p95', 'search key p50/p95', 'search results p50/p95', 'zoom frame p50/p95', 'pan frame p50/p95', 'layout ms', 'heap MB'];
  const pair = (x: { medianMs: number; p95Ms: number }) => `${x.medianMs} / ${x.p95Ms}`;
  const rows = sizes.map((s) => [
    s.events.toLocaleString('en-US'),
    String(s.readyMs),
    String(splits.find((x) => x.events === s.events)?.readyMs ?? '—'),
    pair(s.select),
    pair(s.actorFilter),
    pair(s.actorFilterViews),
    pair(s.searchPaint),
    pair(s.searchResults),
    pair(s.zoomFrame),
    pair(s.panFrame),
    s.networkLayoutMs === null ? '—' : String(s.networkLayoutMs),
    String(s.heapMb),
  ]);
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

async function main() {
  // The drafting engine first, in Node, before the build and the browser load the machine.
  console.log('bench: drafting a 50,000-character article …');
  const draft = measureDraft();
  if (process.argv.includes('--draft-only')) {
    console.log(draftRow(draft));
    if (draft.medianMs > BUDGETS.draftMs) process.exitCode = 1;
    return;
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(NO_CHROMIUM_MESSAGE);
    process.exit(1);
  }
  if (!process.argv.includes('--skip-build')) build();
  writeDatasets();
  const bundle = bundleSizes();
  const server = await serveStatic(OUT, PORT);
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
  try {
    let shipped: StartResult | null = null;
    if (SHIPPED) {
      console.log('bench: the shipped dataset …');
      shipped = await measureStart(browser, `http://127.0.0.1:${PORT}/?lang=en`, SHIPPED_RUNS);
    }
    const sizes: SizeResult[] = [];
    for (const n of SIZES) {
      console.log(`bench: ${n.toLocaleString('en-US')} events …`);
      sizes.push(await measureSize(browser, n));
    }
    const splits: ReadyResult[] = [];
    for (const n of SIZES) {
      console.log(`bench: ${n.toLocaleString('en-US')} events, ${FORM_NAME.split} …`);
      const runs = await measureReady(browser, urlOf(n, 'split'));
      splits.push({ events: n, form: 'split', readyMs: round1(median(runs)), readyRunsMs: runs.map(round1) });
    }
    let peer: PeerResult | null = null;
    if (SIZES.includes(PEER_EVENTS)) {
      console.log(`bench: the peer, vis-timeline, on the same ${PEER_EVENTS.toLocaleString('en-US')} events …`);
      writePeerPage(ROOT, OUT);
      // The same JSON file ours opened for its row.
      peer = await measurePeer(browser, `http://127.0.0.1:${PORT}/peer/index.html?data=${datasetPath(PEER_EVENTS, MAIN_FORM)}`, RUNS, 60);
    }
    const results = checks(shipped, sizes, splits, bundle, peer, draft);
    const report = {
      date: new Date().toISOString(),
      machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version, chromium: browser.version() },
      method:
        'Production build served by a plain static file server on 127.0.0.1 (no compression); headless Chromium, 1440×900, no CPU throttling. ready: navigation start to the frame after all three views drew the dataset (median of runs), for each size in both forms of the data: self-contained (one JSON file, texts inline; the form the budgets hold for, every interaction is measured on, and the peer reads) and with source files (dataset.json plus N/50 sources/*.txt). Peer: vis-timeline 8.5.4 on the same self-contained JSON file, navigation start to its first drawn frame, cold loads like ours. Interactions: input dispatched in the page, timed to the end of the next rendered frame; the views follow a filter in a deferred render, timed until the timeline count shows the new set (actor filter views, search results). Frames: one wheel or drag step per animation frame, timed from the frame start to the end of its rendering. draft: the curation engine drafting a 50,000-character article (paragraphs of the shipped article and the invented test fixtures, seeded shuffle) against the shipped actors, in Node, median wall time of 20 runs after 3 warm-ups, with the process CPU time beside it.',
      bundle,
      shipped,
      sizes,
      splits,
      peer,
      draft,
      budgets: results,
      pass: results.every((c) => c.pass),
    };
    writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
    if (shipped)
      console.log(`\nshipped dataset: ready ${shipped.readyMs} ms (runs ${shipped.readyRunsMs.join(', ')}), longest start task ${shipped.longestTaskMs} ms (runs ${shipped.longestTaskRunsMs.join(', ')}), ${shipped.domElements} DOM elements`);
    if (sizes.length) console.log(`\n${table(sizes, splits)}\n`);
    const k10 = sizes.find((s) => s.events === PEER_EVENTS);
    if (peer && k10)
      console.log(
        `peer: vis-timeline 8.5.4, ${peer.items.toLocaleString('en-US')} items: first drawn ${peer.readyMs} ms (runs ${peer.readyRunsMs.join(', ')}), zoom frame median ${peer.zoomFrame.medianMs} ms\n` +
          `ours / peer at ${PEER_EVENTS.toLocaleString('en-US')}: ready ${(k10.readyMs / peer.readyMs).toFixed(2)}×, zoom frame ${(k10.zoomFrame.medianMs / peer.zoomFrame.medianMs).toFixed(2)}×\n`,
      );
    console.log(`${draftRow(draft)}\n`);
    console.log(`initial JS ${bundle.initialJsGzipKb} kB gzip, CSS ${bundle.cssGzipKb} kB gzip; loaded later: ${bundle.lazyChunks.map((c) => `${c.file} ${c.gzipKb} kB`).join(', ')}\n`);
    for (const c of results) console.log(`${c.pass ? 'ok  ' : 'MISS'} ${c.name}: ${c.value} (budget ${c.limit})`);
    console.log(`\nwrote ${path.relative(ROOT, RESULTS)}`);
    if (!report.pass) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
  }
}

await main();

// The PDF viewer's benchmark: the 220-page policy PDF (test/fixtures/pdf-documents.mjs, printed by Chromium) opened
// at its GOV.UK asset address, redirected into our viewer, against pdf.js's own viewer component with no lens
// (bench/pdf-peer.js, the same pdfjs-dist and the same bundled worker and data files, served as a web page on
// example.org), in one Chromium, alternating over the rounds. Measures, for each: from the harness's navigation to
// the first frame with page 1's text layer, and (ours) with page 1's terms in CSS.highlights; the lens's reading of
// the whole document (its probation-jargon:pdf-document measure); the longest main-thread task (Long Tasks API);
// the page's JS heap after a garbage collection. `node bench/pdf.mjs [--rounds N] [--smoke]` runs it alone.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { fixturePdf, PDF_URLS } from '../test/e2e/support/pdf-fixtures.mjs';
import { heapUsage } from './measure.mjs';
import { median } from './report.mjs';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXTENSION = process.env.BENCH_EXTENSION ? resolve(process.env.BENCH_EXTENSION) : fileURLToPath(new URL('../dist/chrome', import.meta.url));
export const PEER = 'https://example.org/bench/pdf/';
const TIMEOUT = 120_000;
const TYPES = { '.mjs': 'text/javascript', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.pdf': 'application/pdf', '.html': 'text/html; charset=utf-8' };

// Installed before any script of the viewer and the peer: every long task, and each frame looks for page 1's text
// layer and (ours) its first probation-jargon range; times are performance.now() in the frame's callback.
const WATCH = `(() => {
  if (!/\\/pdf\\/viewer\\.html$|\\/bench\\/pdf\\/peer\\.html$/.test(location.pathname)) return;
  const s = window.__benchPdf = { textLayer: null, highlighted: null, longTasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) s.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const onPage1 = (r) => r.startContainer.parentElement?.closest('.page')?.dataset.pageNumber === '1';
  const loop = () => {
    const t = performance.now();
    if (s.textLayer === null && document.querySelector('#viewer .page[data-page-number="1"] .textLayer span')) s.textLayer = t;
    const h = typeof CSS !== 'undefined' && CSS.highlights ? CSS.highlights.get('probation-jargon') : undefined;
    if (s.highlighted === null && h) for (const r of h) if (onPage1(r)) { s.highlighted = t; break; }
    if (s.textLayer === null || (s.highlighted === null && location.pathname.endsWith('/pdf/viewer.html'))) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})();`;

/** The peer page and its script, bundled from bench/pdf-peer.js with the pinned pdfjs-dist. */
async function peerFiles() {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('pdf-peer.js', import.meta.url))], bundle: true, format: 'esm', write: false, target: 'es2022', logLevel: 'error',
  });
  const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pdf.js peer</title><link rel="stylesheet" href="pdf_viewer.css">'
    + '<style>html,body{margin:0;height:100%}#viewerContainer{position:absolute;inset:0;overflow:auto}</style></head>'
    + '<body><div id="viewerContainer"><div id="viewer" class="pdfViewer"></div></div><script type="module" src="peer.mjs"></script></body></html>';
  return new Map([['peer.html', html], ['peer.mjs', out.outputFiles[0].text]]);
}

/** One Chromium with the extension: the document at its GOV.UK address (ours) and at example.org with the peer. */
export async function launch(url, bytes) {
  if (!existsSync(EXECUTABLE)) throw new Error(`Chromium is not installed at ${EXECUTABLE} (apt-get install chromium)`);
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`${EXTENSION} holds no built extension: run npm run build first`);
  const peer = await peerFiles();
  const profile = mkdtempSync(join(tmpdir(), 'probation-lens-bench-pdf-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE, headless: true, viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--disable-features=DisableLoadExtensionCommandLineSwitch',
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--enable-precise-memory-info',
    ],
  });
  await context.addInitScript({ content: WATCH });
  await context.route((u) => u.protocol === 'https:' || u.protocol === 'http:', (route) => {
    const u = route.request().url().split(/[?#]/)[0];
    const headers = { 'access-control-allow-origin': '*' };
    if (u === url || u === `${PEER}document.pdf`) return route.fulfill({ status: 200, contentType: 'application/pdf', headers, body: bytes });
    if (!u.startsWith(PEER)) return route.abort();
    const name = u.slice(PEER.length);
    // The peer's own page and script; everything else is the extension's bundled pdf.js files, byte for byte.
    const file = peer.get(name) ?? (/^[\w./-]+$/.test(name) && !name.includes('..') && existsSync(join(EXTENSION, 'pdf', name)) ? readFileSync(join(EXTENSION, 'pdf', name)) : undefined);
    return file === undefined ? route.fulfill({ status: 404, body: 'Not found' }) : route.fulfill({ status: 200, contentType: TYPES[extname(name)] ?? 'application/octet-stream', headers, body: file });
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  // The redirect rule is registered as the background starts.
  for (let i = 0; i < 200; i++) {
    if ((await worker.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length)) >= 3) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { context, async close() { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}


/**
 * Opens `url` in a fresh tab and measures; `ours` waits for the lens to have read the whole document. The peer
 * (`span`: the last read of ours, in ms from navigation) stays open as long and reports its longest tasks over
 * the same span of time from its navigation: what pdf.js's viewer alone does while ours reads.
 */
async function runOne(context, url, ours, span) {
  const page = await context.newPage();
  try {
    const navigated = Date.now();
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT }).catch((e) => { if (!ours) throw e; });
    await page.waitForFunction((o) => {
      const s = window.__benchPdf;
      return s && s.textLayer !== null && (!o || (s.highlighted !== null && performance.getEntriesByName('probation-jargon:pdf-document').length > 0));
    }, ours, { timeout: TIMEOUT, polling: 50 });
    if (!ours && span) await page.waitForTimeout(Math.max(0, span.to - (Date.now() - navigated)));
    // Two frames and an idle moment, so the last long-task entries have arrived.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(r, { timeout: 3000 })))));
    const r = await page.evaluate((shift) => {
      const s = window.__benchPdf;
      const read = performance.getEntriesByName('probation-jargon:pdf-document')[0] ?? null;
      const longest = (from, to) => Math.max(0, ...s.longTasks.filter((t) => t.start < to && t.start + t.duration > from).map((t) => t.duration));
      // The span on this page's clock: ours, its own read; the peer, ours shifted to its navigation.
      const from = read ? read.startTime : shift === null ? null : shift.from - performance.timeOrigin;
      const to = read ? read.startTime + read.duration : shift === null ? performance.now() : shift.to - performance.timeOrigin;
      // Our own code's longest stretch while reading: an idle task of the read, or painting a rendered page.
      const own = read ? Math.max(0, ...['probation-jargon:pdf-read', 'probation-jargon:pdf-paint'].flatMap((n) => performance.getEntriesByName(n))
        .filter((m) => m.startTime < to && m.startTime + m.duration > from).map((m) => m.duration)) : null;
      return {
        origin: performance.timeOrigin, textLayer: s.textLayer, highlighted: s.highlighted,
        readMs: read?.duration ?? null, readStart: read?.startTime ?? null, readEnd: read ? read.startTime + read.duration : null, pages: read?.detail?.pages ?? null,
        definitions: read?.detail?.definitions ?? null,
        longestTask: longest(0, to), longestTaskReading: from === null ? null : longest(from, to), longestOwnReading: own,
        longTasks: s.longTasks.length,
      };
    }, ours || !span ? null : { from: navigated + span.from, to: navigated + span.to });
    // From the harness's navigation (one clock: the page's time origin is in epoch milliseconds).
    const since = (t) => (t === null ? null : r.origin + t - navigated);
    return { ...r, textLayerMs: since(r.textLayer), highlightedMs: since(r.highlighted), readStartMs: since(r.readStart), readEndMs: since(r.readEnd), heap: await heapUsage(page) };
  } finally {
    await page.close();
  }
}

/** Runs the PDF benchmark: `rounds` alternating rounds of ours and the peer; the smoke run opens the 4-page PDF once. */
export async function runPdf({ rounds, smoke = false, log = () => {} }) {
  const which = smoke ? 'policy' : 'large';
  const url = PDF_URLS[which];
  const bytes = await fixturePdf(which);
  const browser = await launch(url, bytes);
  const samples = { ours: [], peer: [] };
  // The span of ours's last read, in ms from navigation; the first peer before any ours waits 2.5 s.
  let span = { from: 0, to: 2500 };
  try {
    for (let round = 0; round < rounds; round++) {
      for (const method of round % 2 ? ['peer', 'ours'] : ['ours', 'peer']) {
        const r = await runOne(browser.context, method === 'ours' ? url : `${PEER}peer.html`, method === 'ours', span);
        if (method === 'ours' && r.readStartMs !== null) span = { from: r.readStartMs, to: r.readEndMs };
        samples[method].push(r);
        log(`round ${round + 1}/${rounds} pdf ${method}: page 1 text layer ${r.textLayerMs.toFixed(0)} ms${r.highlightedMs === null ? '' : `, highlighted ${r.highlightedMs.toFixed(0)} ms, whole document read in ${r.readMs.toFixed(0)} ms (${r.pages} pages)`}, longest task ${r.longestTask.toFixed(0)} ms (${r.longestTaskReading?.toFixed(0) ?? '–'} ms while ${r.readMs === null ? 'ours reads' : 'reading'}${r.longestOwnReading === null ? '' : `, ours ${r.longestOwnReading.toFixed(1)} ms`}), JS heap ${(r.heap.js / 1048576).toFixed(1)} MB`);
      }
    }
  } finally {
    await browser.close();
  }
  const pick = (list, key) => median(list.map((x) => (typeof key === 'function' ? key(x) : x[key])));
  const medians = Object.fromEntries(Object.entries(samples).map(([m, list]) => [m, {
    textLayerMs: pick(list, 'textLayerMs'), highlightedMs: pick(list, 'highlightedMs'), readMs: pick(list, 'readMs'), readEndMs: pick(list, 'readEndMs'),
    longestTask: pick(list, 'longestTask'), longestTaskReading: pick(list, 'longestTaskReading'), longestOwnReading: pick(list, 'longestOwnReading'),
    maxTaskReading: Math.max(0, ...list.map((x) => x.longestTaskReading ?? 0)), maxOwnReading: Math.max(0, ...list.map((x) => x.longestOwnReading ?? 0)), heapJs: pick(list, (x) => x.heap.js), heapEmbedder: pick(list, (x) => x.heap.embedder),
  }]));
  return { document: which, url, bytes: bytes.length, pages: samples.ours[0]?.pages ?? null, rounds, samples, medians };
}

const fmt = (x) => (x === null ? '–' : Math.round(x).toLocaleString('en-GB'));
const times = (a, b) => (a === null || b === null || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);
const mb = (x) => (x === null ? '–' : (x / 1048576).toFixed(1));
const dec = (x) => (x === null ? '–' : x.toFixed(1));
const task = (x) => (x === null ? '–' : x === 0 ? '<50' : Math.round(x).toString());

/** The PDF table: ours beside pdf.js's own viewer, with ratios. */
export function formatPdf(pdf) {
  const o = pdf.medians.ours;
  const p = pdf.medians.peer;
  const rows = [
    ['page 1 text layer on screen, from navigation (ms)', fmt(o.textLayerMs), fmt(p.textLayerMs), times(o.textLayerMs, p.textLayerMs)],
    ['page 1 highlighted (ours) / text layer (pdf.js), from navigation (ms)', fmt(o.highlightedMs), fmt(p.textLayerMs), times(o.highlightedMs, p.textLayerMs)],
    ['whole document read for definitions (probation-jargon:pdf-document, ms)', fmt(o.readMs), '–', '–'],
    ['whole document read, from navigation (ms)', fmt(o.readEndMs), '–', '–'],
    ['longest main-thread task, from navigation until the document is read (pdf.js: as long) (ms)', task(o.longestTask), task(p.longestTask), o.longestTask && p.longestTask ? times(o.longestTask, p.longestTask) : '–'],
    ['longest main-thread task while reading the document (pdf.js: over the same span from navigation) (ms)', task(o.longestTaskReading), task(p.longestTaskReading), o.longestTaskReading && p.longestTaskReading ? times(o.longestTaskReading, p.longestTaskReading) : '–'],
    ['the same, worst round (ms)', task(o.maxTaskReading), task(p.maxTaskReading), '–'],
    ['longest stretch of our own code while reading (a pdf-read idle task or a page painted; worst round) (ms)', dec(o.longestOwnReading), '–', `worst ${dec(o.maxOwnReading)}`],
    ['JS heap of the page after GC (MB)', mb(o.heapJs), mb(p.heapJs), times(o.heapJs, p.heapJs)],
    ['Blink heap of the page after GC (MB)', mb(o.heapEmbedder), mb(p.heapEmbedder), times(o.heapEmbedder, p.heapEmbedder)],
  ];
  return [
    `### PDF viewer: ${pdf.pages ?? '?'}-page PDF (${(pdf.bytes / 1048576).toFixed(1)} MB), ours against pdf.js's own viewer with no lens (medians of ${pdf.rounds} rounds)`,
    '',
    '| measure | ours | pdf.js viewer | ours/pdf.js |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { rounds: { type: 'string' }, smoke: { type: 'boolean' } } });
  const started = Date.now();
  const result = await runPdf({ rounds: Number(values.rounds ?? (values.smoke ? 1 : 5)), smoke: values.smoke === true,
    log: (line) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`) });
  process.stdout.write(`${formatPdf(result)}\n`);
}

// One Chromium with the built extension; each measurement on a fresh tab. Documents are served at
// https://www.gov.uk/bench/<size> (the extension runs) and https://example.org/bench/<size> (it does not).
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appendAndPaint, floor, INSTALL } from './peers.mjs';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The built extension; BENCH_EXTENSION points elsewhere, e.g. at a build of another commit.
const EXTENSION = process.env.BENCH_EXTENSION ? resolve(process.env.BENCH_EXTENSION) : fileURLToPath(new URL('../dist/chrome', import.meta.url));
const HOSTS = new Set(['www.gov.uk', 'example.org']);
const LOAD_TIMEOUT = 180_000;

// Installed before any page script: every long task (> 50 ms) from navigation start, on the page's clock.
const LONG_TASKS = `window.__benchLongTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {}`;

/** Launches Chromium with dist/chrome, serving `documents` (a Map of path to HTML) on both hosts. */
export async function launch(documents) {
  if (!existsSync(EXECUTABLE)) throw new Error(`Chromium is not installed at ${EXECUTABLE} (apt-get install chromium)`);
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`${EXTENSION} holds no built extension: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), 'probation-lens-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`,
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  await context.addInitScript({ content: LONG_TASKS });
  await context.route((url) => url.protocol === 'https:' || url.protocol === 'http:', (route) => {
    const url = new URL(route.request().url());
    const body = HOSTS.has(url.host) ? documents.get(url.pathname) : undefined;
    return body === undefined ? route.abort() : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  const probe = context.pages()[0] ?? await context.newPage();
  const cdp = await context.newCDPSession(probe);
  const { product } = await cdp.send('Browser.getVersion');
  await cdp.detach();
  return {
    context,
    chromium: product,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits two frames and a moment, so the page has painted and long-task entries have arrived. */
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));

/** Waits until the page has rendered once and the main thread is idle. */
const idle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(r, { timeout: 3000 })))));

/** The isolate's JS heap after a full garbage collection (content scripts share the page's isolate). */
async function heapUsage(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const u = await cdp.send('Runtime.getHeapUsage');
    return { js: u.usedSize, embedder: u.embedderHeapUsedSize ?? null };
  } finally {
    await cdp.detach();
  }
}

/** Opens a fresh tab on `url`, runs `work(page)` and closes the tab. */
async function inTab(context, url, work) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    return await work(page);
  } finally {
    await page.close();
  }
}

/** Waits for the extension's first full pass on the page, then for it to paint. */
async function waitForFullScan(page) {
  await page.waitForFunction(() => performance.getEntriesByName('probation-jargon:scan').some((m) => m.detail?.kind === 'full'),
    null, { timeout: LOAD_TIMEOUT, polling: 50 });
  await settle(page);
}

/** Reads the extension's first full pass, its matches and the longest tasks (page world). */
function readFullScan() {
  const full = performance.getEntriesByName('probation-jargon:scan').find((m) => m.detail?.kind === 'full');
  const end = full.startTime + full.duration;
  const longest = (from, to) => Math.max(0, ...window.__benchLongTasks.filter((t) => t.start < to && t.start + t.duration > from).map((t) => t.duration));
  const size = (name) => CSS.highlights.get(name)?.size ?? 0;
  return {
    ms: full.duration,
    scanStart: full.startTime,
    scanEnd: end,
    loadEventEnd: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? null,
    textNodes: full.detail.textNodes,
    occurrences: full.detail.occurrences,
    matches: size('probation-jargon') + size('probation-jargon-renamed'),
    unknownAcronyms: size('probation-jargon-unknown'),
    longestTask: longest(0, end),
    longestTaskInScan: longest(full.startTime, end),
  };
}

/** Our content script's first full pass on a fresh load, and the JS heap afterwards. */
export function runOurs(context, url) {
  return inTab(context, url, async (page) => {
    await waitForFullScan(page);
    const result = await page.evaluate(readFullScan);
    return { ...result, heap: await heapUsage(page) };
  });
}

/** Runs a page-world function, stopping it with Runtime.terminateExecution after `capMs`. */
async function capped(page, fn, arg, capMs) {
  const cdp = await page.context().newCDPSession(page);
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; cdp.send('Runtime.terminateExecution').catch(() => {}); }, capMs);
  try {
    return await page.evaluate(fn, arg);
  } catch (error) {
    if (timedOut) return { timedOut: true, ms: capMs };
    throw error;
  } finally {
    clearTimeout(timer);
    await cdp.detach().catch(() => {});
  }
}

/**
 * A peer on a fresh load of the page where the extension does not run: heap before (no extension),
 * then the timed run, capped (`script`, mark.js, is added first when given), then heap after.
 */
export function runPeer(context, url, fn, arg, { capMs, script }) {
  return inTab(context, url, async (page) => {
    await idle(page);
    const heap = await heapUsage(page);
    if (script) await page.addScriptTag({ content: script });
    const run = await capped(page, fn, arg, capMs);
    if (run.timedOut) return { ...run, heap };
    await settle(page);
    const longestTask = await page.evaluate((from) =>
      Math.max(0, ...window.__benchLongTasks.filter((t) => t.start + t.duration > from).map((t) => t.duration)), run.t0);
    return { ms: run.ms, matches: run.matches, longestTask, heap, heapAfter: await heapUsage(page) };
  });
}

/**
 * On a loaded page, appends each batch of paragraphs in turn and times it: mode 'ours' (www.gov.uk:
 * our next 'mutation' pass), 'floor' (example.org: the floor over the page, then over each batch), or
 * 'page' (example.org, nothing highlighted: what the page itself takes to show the paragraphs).
 */
export function runIncremental(context, url, batches, { mode, pattern }) {
  return inTab(context, url, async (page) => {
    if (mode === 'ours') await waitForFullScan(page);
    else await idle(page);
    await page.addScriptTag({ content: INSTALL });
    if (mode === 'floor') await page.evaluate(floor, { pattern, name: 'bench-floor' });
    await settle(page);
    const out = [];
    for (const { n, html } of batches) {
      const before = mode === 'ours' ? await page.evaluate(() => performance.getEntriesByName('probation-jargon:scan').at(-1).detail.occurrences) : 0;
      const r = await page.evaluate(appendAndPaint, { html, mode, pattern });
      if (mode === 'ours') {
        const pass = await page.evaluate((i) => {
          const e = performance.getEntriesByName('probation-jargon:scan')[i];
          return { ms: e.duration, kind: e.detail.kind, occurrences: e.detail.occurrences };
        }, r.scanIndex);
        out.push({ n, ms: pass.ms, kind: pass.kind, added: pass.occurrences - before, paintedMs: r.paintedMs });
      } else out.push({ n, ms: r.floorMs, added: r.floorMatches, paintedMs: r.paintedMs });
      await settle(page);
    }
    return out;
  });
}

// One Chromium with the built extension; each measurement on a fresh tab. Documents are served at
// https://www.gov.uk/bench/<size> (the extension runs) and https://example.org/bench/<size> (it does not).
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appendAndPaint, floor, INSTALL, naiveAnchor } from './peers.mjs';

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

/**
 * Installed before any page script, on web pages: a main-world animation-frame loop that finds the first
 * frame showing a probation-jargon highlight the reader can see. Each frame it looks for ranges new in
 * the highlights (reading the registry forces no layout) and hands their elements to an
 * IntersectionObserver, which answers from the layout the frame does anyway; the first frame counts
 * when one of the elements first seen in it was in the viewport. Times are when the frame's callbacks run.
 */
const FIRST_VIEW = `(() => {
  if (location.protocol !== 'https:') return;
  const s = window.__benchView = { firstSeen: null, firstVisible: null };
  const seen = new Map();
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) {
      const t = seen.get(e.target);
      if (e.isIntersecting && t !== undefined && (s.firstVisible === null || t < s.firstVisible)) s.firstVisible = t;
    }
  });
  // performance.now() in the callback, not its argument: a frame's argument is when the frame was begun,
  // which can be long before its callbacks run when parsing held the main thread.
  const loop = () => {
    const ts = performance.now();
    if (typeof CSS !== 'undefined' && CSS.highlights) {
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('probation-jargon')) continue;
        for (const r of h) {
          const el = r.startContainer.parentElement;
          if (el && !seen.has(el)) { seen.set(el, ts); io.observe(el); s.firstSeen ??= ts; }
        }
      }
    }
    if (s.firstVisible === null) requestAnimationFrame(loop);
    else io.disconnect();
  };
  requestAnimationFrame(loop);
})();`;

/**
 * Installed before any page script: tells the benchmark (through a binding) when the extension's first
 * full pass has ended, so it waits for that event instead of evaluating a poll in the page every 50 ms:
 * each poll is a task in the page while the pass runs, and the first one also injects Playwright's own
 * script (10-15 ms on a 1 MB page), which the pass's wall time then included and the peers' did not.
 */
const SCAN_DONE = `(() => {
  if (location.protocol !== 'https:') return;
  try {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntries().some((e) => e.name === 'probation-jargon:scan' && e.detail?.kind === 'full')) return;
      observer.disconnect();
      window.__benchScanDone?.();
    }).observe({ type: 'measure' });
  } catch {}
})();`;

// Per page: resolves when its SCAN_DONE binding is called.
const scanDone = new WeakMap();
function scanDoneOf(page) {
  let waiter = scanDone.get(page);
  if (waiter === undefined) {
    let resolve;
    const promise = new Promise((r) => { resolve = r; });
    waiter = { promise, resolve };
    scanDone.set(page, waiter);
  }
  return waiter;
}

/** Launches Chromium with dist/chrome (or `extension`), serving `documents` (a Map of path to HTML) on both hosts. */
export async function launch(documents, { extension = EXTENSION } = {}) {
  if (!existsSync(EXECUTABLE)) throw new Error(`Chromium is not installed at ${EXECUTABLE} (apt-get install chromium)`);
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error(`${extension} holds no built extension: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), 'probation-lens-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  await context.addInitScript({ content: LONG_TASKS });
  await context.addInitScript({ content: FIRST_VIEW });
  await context.exposeBinding('__benchScanDone', ({ page }) => { if (page) scanDoneOf(page).resolve(); });
  await context.addInitScript({ content: SCAN_DONE });
  await context.route((url) => url.protocol === 'https:' || url.protocol === 'http:', (route) => {
    const url = new URL(route.request().url());
    const body = HOSTS.has(url.host) ? documents.get(url.pathname) : undefined;
    return body === undefined ? route.abort() : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const probe = context.pages()[0] ?? await context.newPage();
  const cdp = await context.newCDPSession(probe);
  const { product } = await cdp.send('Browser.getVersion');
  await cdp.detach();
  return {
    context,
    extensionId,
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
export async function heapUsage(page) {
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

/** Waits for the extension's first full pass on the page, then for it to paint (and the first-view probe to answer). */
async function waitForFullScan(page) {
  // The event first (nothing runs in the page meanwhile), then a check that is at once true, or, should the
  // event have come from an earlier document of this tab, the poll as before.
  let timer;
  await Promise.race([scanDoneOf(page).promise, new Promise((resolve) => { timer = setTimeout(resolve, LOAD_TIMEOUT); })]);
  clearTimeout(timer);
  await page.waitForFunction(() => performance.getEntriesByName('probation-jargon:scan').some((m) => m.detail?.kind === 'full'),
    null, { timeout: LOAD_TIMEOUT, polling: 50 });
  await settle(page);
  await page.waitForFunction(() => window.__benchView?.firstVisible != null, null, { timeout: 5000, polling: 50 }).catch(() => undefined);
}

/** Reads the extension's first full pass, its matches and the longest tasks (page world). */
function readFullScan() {
  const full = performance.getEntriesByName('probation-jargon:scan').find((m) => m.detail?.kind === 'full');
  const end = full.startTime + full.duration;
  const dcl = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? null;
  // The first pass begins with what the reader sees ('view', a build without it starts with 'full').
  const first = performance.getEntriesByName('probation-jargon:scan')[0];
  const view = performance.getEntriesByName('probation-jargon:scan').find((m) => m.detail?.kind === 'view');
  // When the pass painted what is in view: its first-view mark, or (a build without one) its end.
  const registered = performance.getEntriesByName('probation-jargon:first-view')[0]?.startTime ?? end;
  const probe = window.__benchView ?? {};
  const longest = (from, to) => Math.max(0, ...window.__benchLongTasks.filter((t) => t.start < to && t.start + t.duration > from).map((t) => t.duration));
  const size = (name) => CSS.highlights.get(name)?.size ?? 0;
  return {
    ms: full.duration,
    // Our own JavaScript in the first pass (its slices and the first view, without the page's work between them).
    busy: full.detail.busy + (view?.detail?.busy ?? 0),
    scanStart: full.startTime,
    scanEnd: end,
    loadEventEnd: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? null,
    textNodes: full.detail.textNodes,
    occurrences: full.detail.occurrences,
    // Every occurrence the pass found, of every kind: on a page this size only those near the
    // viewport are in CSS.highlights (see the README), so the registry cannot count them.
    matches: full.detail.occurrences,
    painted: size('probation-jargon') + size('probation-jargon-renamed') + size('probation-jargon-unknown'),
    longestTask: longest(0, end),
    longestTaskInScan: longest(full.startTime, end),
    // From DOMContentLoaded: the pass's start, the first highlights registered, the first frame showing one in view.
    dcl,
    startAfterDcl: dcl === null ? null : first.startTime - dcl,
    registeredAfterDcl: dcl === null ? null : registered - dcl,
    firstFrameAfterDcl: dcl === null || probe.firstVisible == null ? null : probe.firstVisible - dcl,
    // The wait for the browser's own next frame after the highlights were registered: not ours to win.
    frameWait: probe.firstVisible == null ? null : Math.max(0, probe.firstVisible - registered),
    // When the whole page has been read, from DOMContentLoaded.
    fullEndAfterDcl: dcl === null ? null : end - dcl,
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

/** Runs `fn(arg)` in a fresh tab of one of the extension's pages (popup.html: it has the extension's APIs). */
export async function inExtension(browser, fn, arg) {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`, { waitUntil: 'load' });
    return await page.evaluate(fn, arg);
  } finally {
    await page.close();
  }
}

/**
 * Fills the database through the background's own calls: a backup with the notes (importData, as
 * the options page imports a file), then the look-ups one call at a time (recordLookup, as the popup
 * records them; 25 at once). Returns what the background reports back.
 */
export function seed(browser, { backup, lookups, page }) {
  return inExtension(browser, async ({ backup, lookups, page }) => {
    const call = async (name, args) => {
      const reply = await chrome.runtime.sendMessage({ probationLens: name, args });
      if (!reply || 'error' in reply) throw new Error(`${name}: ${reply?.error ?? 'no answer'}`);
      return reply.ok;
    };
    const imported = backup ? await call('importData', { text: backup, kind: 'backup' }) : null;
    if (imported && !imported.ok) throw new Error(`import: ${imported.problems.join('; ')}`);
    for (let i = 0; i < lookups.length; i += 25) await Promise.all(lookups.slice(i, i + 25).map((term) => call('recordLookup', { term, page })));
    const history = await call('lookupHistory', { limit: 8 });
    return { imported: imported?.summary ?? null, notes: (await call('listNotes', { limit: 100_000 })).length, frequent: history.frequent };
  }, { backup, lookups, page });
}

/**
 * Page world: resolves when the next probation-card:show mark after `before` appears, with the time
 * from the last pointermove to the mark (the card is in the DOM) and to the frame after the first frame
 * that began with the card in it (the card has been painted), as appendAndPaint counts. Polls every frame.
 */
async function waitForCard({ before, timeout }) {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const t0 = performance.now();
  do {
    await frame();
    if (performance.now() - t0 > timeout) return { missed: true };
  } while (performance.getEntriesByName('probation-card:show').length <= before);
  await frame();
  const painted = performance.now();
  const mark = performance.getEntriesByName('probation-card:show')[before];
  const move = window.__benchLastMove;
  return { shownMs: mark.startTime - move, paintedMs: painted - move, byKeyboard: mark.detail?.byKeyboard ?? null };
}

/**
 * Page world: the frame cost of a change like the card's without the card: `samples` times, a text
 * change inside a shadow root of our own (fixed, top left), timed to the start of the second frame after it.
 */
async function shadowChangeToPainted({ samples }) {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const pause = (ms) => new Promise((r) => setTimeout(r, ms));
  let host = document.getElementById('bench-shadow-probe');
  if (!host) {
    host = document.createElement('div');
    host.id = 'bench-shadow-probe';
    host.style.cssText = 'position:fixed;left:0;top:0;font:12px sans-serif';
    host.attachShadow({ mode: 'open' });
    document.documentElement.append(host);
    await pause(300);
  }
  const out = [];
  for (let i = 0; i < samples; i++) {
    await frame();
    const t0 = performance.now();
    host.shadowRoot.textContent = `probe ${i}`;
    await frame();
    await frame();
    out.push(performance.now() - t0);
    await pause(50);
  }
  return out;
}

/** The same change on the page where the extension does not run (nothing highlighted). */
export function runShadowChange(context, url, { samples }) {
  return inTab(context, url, async (page) => {
    await idle(page);
    return page.evaluate(shadowChangeToPainted, { samples });
  });
}

/**
 * Hover-to-card on a loaded page: `hovers` terms spread over the page, one at a time: scroll it to the
 * middle of the view, move the mouse onto it in one step, wait for its card, move off it and press Escape.
 * Times are from the pointermove's timeStamp (a page listener records it), so they include the
 * extension's deliberate show delay (SHOW_DELAY_MS in src/content/cards.ts). Then 10 shadowChangeToPainted
 * samples on the same page, for the frame cost of any such change with our highlights painted.
 */
export function runHover(context, url, { hovers }) {
  return inTab(context, url, async (page) => {
    await waitForFullScan(page);
    const count = await page.evaluate((n) => {
      window.__benchLastMove = null;
      addEventListener('pointermove', (e) => { window.__benchLastMove = e.timeStamp; }, { capture: true, passive: true });
      const ranges = [...(CSS.highlights.get('probation-jargon') ?? [])].filter((r) => r.toString().length >= 3);
      window.__benchHover = Array.from({ length: Math.min(n, ranges.length) }, (_, i) => ranges[Math.floor(((i + 0.5) * ranges.length) / n)]);
      return window.__benchHover.length;
    }, hovers);
    const out = [];
    for (let i = 0; i < count; i++) {
      const point = await page.evaluate((i) => {
        const range = window.__benchHover[i];
        range.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const b = range.getClientRects()[0];
        return b ? { x: b.left + b.width / 2, y: (b.top + b.bottom) / 2 } : null;
      }, i);
      if (!point) continue;
      await settle(page);
      const before = await page.evaluate(() => performance.getEntriesByName('probation-card:show').length);
      await page.mouse.move(point.x, point.y);
      out.push(await page.evaluate(waitForCard, { before, timeout: 3000 }));
      await page.mouse.move(2, point.y); // the left margin: no text
      await page.keyboard.press('Escape');
    }
    await settle(page);
    return { hovers: out, shadowChange: await page.evaluate(shadowChangeToPainted, { samples: 10 }) };
  });
}

/** Asks the content script of the tab on `url` to place its notes again, as the background does after a change elsewhere. */
async function notesChanged(browser, url) {
  const worker = browser.context.serviceWorkers()[0];
  const send = async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    await chrome.tabs.sendMessage(tab.id, { probationLens: 'notesChanged', args: { source: u } }, { frameId: 0 });
  };
  if (worker) {
    try {
      return await worker.evaluate(send, url);
    } catch {
      // The worker was stopped and started again: ask from an extension page instead.
    }
  }
  return inExtension(browser, send, url);
}

/**
 * Placing a page's notes: the content script's probation-note:anchor measure on a fresh load (with
 * the first full scan running beside it), then once more on the settled page, after a notesChanged call.
 */
export function runAnchor(browser, url) {
  return inTab(browser.context, url, async (page) => {
    const read = (i) => page.evaluate((i) => {
      const m = performance.getEntriesByName('probation-note:anchor')[i];
      return { ms: m.duration, start: m.startTime, end: m.startTime + m.duration, notes: m.detail.notes, found: m.detail.found };
    }, i);
    const measures = (n) => page.waitForFunction((n) => performance.getEntriesByName('probation-note:anchor').length >= n, n, { timeout: LOAD_TIMEOUT, polling: 50 });
    await measures(1);
    const onLoad = await read(0);
    await waitForFullScan(page);
    const scan = await page.evaluate(readFullScan);
    await idle(page);
    await notesChanged(browser, url);
    await page.bringToFront();
    await measures(2);
    return { onLoad, settled: await read(1), scan: { start: scan.scanStart, end: scan.scanEnd } };
  });
}

/** The naive peer (peers.mjs naiveAnchor) for the same quotes, on the same page where the extension does not run. */
export function runAnchorPeer(context, url, { quotes, starts }) {
  return inTab(context, url, async (page) => {
    await idle(page);
    const r = await page.evaluate(naiveAnchor, { quotes, starts, name: 'bench-notes' });
    return { ms: r.ms, found: r.found, elsewhere: r.elsewhere };
  });
}

/**
 * Installed before the popup's own script: records, on the page's clock (0 = navigation start), when
 * the search box has the focus (it accepts typing) and when the look-up history has been rendered (its
 * lists, the empty hint or an error); ready is the later of the two, painted the start of the second
 * frame after it. Then, when the harness chooses the Notes tab (notesAsked), when the Notes panel's
 * lists have rendered ("On this page" and "All notes", each a list or a hint: the panel is rendered
 * when first chosen). Checked on every DOM change and focus change.
 */
const POPUP_PROBE = `(() => {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/popup.html')) return;
  const s = window.__benchPopup = { search: null, history: null, notes: null, notesAsked: null, ready: null, painted: null, noteItems: 0, historyItems: 0 };
  const check = () => {
    const now = performance.now();
    const box = document.getElementById('lookup-query');
    if (s.search === null && box && document.activeElement === box && !box.disabled && !box.readOnly) s.search = now;
    const lookup = document.querySelector('.lookup');
    if (s.history === null && lookup?.querySelector(':scope > .history, :scope > p.hint:not(#lookup-hint), :scope > [role="alert"]')) {
      s.history = now;
      s.historyItems = lookup.querySelectorAll('.history li').length;
    }
    const notes = document.querySelector('.notes-panel');
    if (s.notes === null && notes && notes.querySelectorAll(':scope > ul.notes, :scope > p.hint, :scope > [role="alert"]').length >= 2) {
      s.notes = now;
      s.noteItems = notes.querySelectorAll('li.note').length;
    }
    if (s.ready === null && s.search !== null && s.history !== null) {
      s.ready = Math.max(s.search, s.history);
      requestAnimationFrame(() => requestAnimationFrame(() => { s.painted = performance.now(); }));
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  document.addEventListener('focusin', check, true);
})();`;

/**
 * The popup (popup.html in a fresh tab) from navigation start until it is ready (POPUP_PROBE), and the
 * longest task until then (LONG_TASKS runs in extension pages too): typing waits for it.
 */
export async function runPopup(browser) {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript({ content: POPUP_PROBE });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    await page.waitForFunction(() => window.__benchPopup?.painted != null, null, { timeout: LOAD_TIMEOUT, polling: 50 });
    await settle(page);
    // The reader then chooses the Notes tab: from that click until its lists are rendered.
    await page.evaluate(() => {
      window.__benchPopup.notesAsked = performance.now();
      document.getElementById('tab-notes').click();
    });
    await page.waitForFunction(() => window.__benchPopup.notes != null, null, { timeout: LOAD_TIMEOUT, polling: 50 });
    await settle(page);
    return await page.evaluate(() => {
      const s = window.__benchPopup;
      const longest = (from, to) => Math.max(0, ...(window.__benchLongTasks ?? []).filter((t) => t.start < to && t.start + t.duration > from).map((t) => t.duration));
      return { ...s, notes: s.notes - s.notesAsked, longestTask: longest(0, s.painted), longestTaskNotes: longest(s.notesAsked, s.notes + 50) };
    });
  } finally {
    await page.close();
  }
}

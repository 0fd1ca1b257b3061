// npm run bench: our full scan against the floor and mark.js on GOV.UK-style documents of 100 KB,
// 1 MB and 5 MB, in one Chromium, alternating over several rounds; then hover-to-card, placing 500
// notes on a 400 KB page against a naive indexOf anchorer, and the popup's time to interactive with
// 10,000 notes and 5,000 look-ups against an empty database (a second Chromium); prints medians, writes JSON.
// Flags: --rounds N (default 5), --smoke (100 KB only, 1 round, small note counts, under half a minute), --out FILE,
// --only-scan (the full pass and the start only: no incremental, hover, notes or popup), --baseline DIR (another
// build of the extension, e.g. the commit before a change, run side by side as "before" in the same rounds).
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch, runAnchor, runAnchorPeer, runHover, runIncremental, runOurs, runPeer, runPopup, runShadowChange, seed } from './measure.mjs';
import { formatCore, runCore } from './core.mjs';
import { formatPdf, runPdf } from './pdf.mjs';
import { anchoringHelpers, backupFile, lookupTerms, otherNotes, pageNotes, pickPassages } from './notes.mjs';
import { documentStats, extraParagraphs, policyDocument } from './pages.mjs';
import { floor, MARK_LIMITERS, markKeywords, markRegExp } from './peers.mjs';
import { formatReport, median, percentile } from './report.mjs';
import { combinedPattern, loadGlossary } from './terms.mjs';

const { values } = parseArgs({ options: {
  rounds: { type: 'string' }, smoke: { type: 'boolean' }, out: { type: 'string' }, 'only-scan': { type: 'boolean' }, baseline: { type: 'string' },
  // Quicker runs while working: some sizes only (e.g. --sizes 1mb), and without mark.js per keyword (minutes per round).
  sizes: { type: 'string' }, 'skip-keywords': { type: 'boolean' },
} });
const smoke = values.smoke === true;
const onlyScan = values['only-scan'] === true;
const baselineDir = values.baseline;
const rounds = smoke ? 1 : Number(values.rounds ?? 5);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a whole number of at least 1');
const out = values.out ?? (smoke ? join(tmpdir(), 'probation-lens-bench-smoke.json') : fileURLToPath(new URL('results.json', import.meta.url)));
// A peer run is stopped after this long and reported as ">60 s"; it is not repeated in later rounds.
const CAP_MS = 60_000;
const BATCHES = [1, 10, 100];
const METHODS = ['ours', 'floor', 'markRegExp', ...(values['skip-keywords'] ? [] : ['markKeywords']), ...(baselineDir ? ['before'] : [])];
// Pages opened at a URL fragment (scrolled on load), read by ours and the baseline.
const FRAGMENT = 'section-40';
// Hovers per round on the hover page; notes on the notes page; the popup's database.
const HOVERS = smoke ? 5 : 30;
const NOTES = smoke ? { bytes: 100_000, label: '100 KB', notes: 50 } : { bytes: 400_000, label: '400 KB', notes: 500 };
const POPUP = smoke ? { notes: 50, lookups: 100 } : { notes: 10_000, lookups: 5_000 };
// The card's deliberate delay after the pointer comes to rest on a term (read from the source, for the report).
const SHOW_DELAY_MS = Number(readFileSync(new URL('../src/content/cards.ts', import.meta.url), 'utf8').match(/SHOW_DELAY_MS = (\d+)/)?.[1] ?? NaN);

const started = Date.now();
// Other work on the machine skews timings; the load average at both ends is kept with the results.
const loadAtStart = loadavg()[0];
const log = (line) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

const glossary = await loadGlossary();
const pattern = combinedPattern(glossary.forms);
const keywords = [...new Set(glossary.forms.map((f) => f.text))];
const markScript = readFileSync(new URL('../node_modules/mark.js/dist/mark.min.js', import.meta.url), 'utf8');

const sizes = (smoke ? [{ label: '100 KB', bytes: 100_000 }] : [
  { label: '100 KB', bytes: 100_000 }, { label: '1 MB', bytes: 1_000_000 }, { label: '5 MB', bytes: 5_000_000 },
]).map((s) => ({ ...s, path: `/bench/${s.label.replace(' ', '').toLowerCase()}` }))
  .filter((s) => values.sizes === undefined || values.sizes.split(',').includes(s.path.slice('/bench/'.length)));
if (sizes.length === 0) throw new Error('--sizes takes a list of 100kb, 1mb and 5mb');
const incrementalSize = sizes.find((s) => s.label === '1 MB') ?? sizes[0];
const documents = new Map(sizes.map((s) => [s.path, policyDocument(glossary, s.bytes)]));
const batches = BATCHES.map((n) => ({ n, html: extraParagraphs(glossary, n, 100 + n) }));
// The notes page has its own address, so no scan above runs beside placing notes.
const notesPath = `/bench/notes-${NOTES.label.replace(' ', '').toLowerCase()}`;
const notesUrl = `https://www.gov.uk${notesPath}`;
documents.set(notesPath, documents.get(`/bench/${NOTES.label.replace(' ', '').toLowerCase()}`) ?? policyDocument(glossary, NOTES.bytes));
const hoverSize = incrementalSize;

const browser = await launch(documents);
const { context } = browser;
// The popup's peer: the same extension in a second Chromium whose database stays empty.
const emptyBrowser = onlyScan ? null : await launch(new Map());
// The baseline build, in a Chromium of its own, on the same documents.
const baseline = baselineDir ? await launch(documents, { extension: baselineDir }) : null;
const run = {
  ours: (s) => runOurs(context, `https://www.gov.uk${s.path}`),
  before: (s) => runOurs(baseline.context, `https://www.gov.uk${s.path}`),
  floor: (s) => runPeer(context, `https://example.org${s.path}`, floor, { pattern, name: 'bench-floor' }, { capMs: CAP_MS }),
  markRegExp: (s) => runPeer(context, `https://example.org${s.path}`, markRegExp, { pattern }, { capMs: CAP_MS, script: markScript }),
  markKeywords: (s) => runPeer(context, `https://example.org${s.path}`, markKeywords, { keywords, limiters: MARK_LIMITERS }, { capMs: CAP_MS, script: markScript }),
};

const samples = Object.fromEntries(sizes.map((s) => [s.label, Object.fromEntries(METHODS.map((m) => [m, []]))]));
// The larger pages opened at #section-40: ours (and the baseline) only; a peer's first highlight is its full time.
const fragmentSizes = sizes.filter((s) => s.bytes >= 1_000_000);
const fragmentMethods = ['ours', ...(baseline ? ['before'] : [])];
const fragment = Object.fromEntries(fragmentSizes.map((s) => [s.label, Object.fromEntries(fragmentMethods.map((m) => [m, []]))]));
const incremental = { ours: [], floor: [], page: [] };
const hover = [];
const shadowChange = { ours: [], page: [] };
const notes = { ours: [], peer: [] };
const popup = { full: [], empty: [] };
let seeded;
let quotes;
let starts;
try {
  // Notes on the notes page, as the extension describes a reader's selection there (its own page text
  // and describe()), more on other pages up to POPUP.notes, and POPUP.lookups look-ups; all through the background.
  if (!onlyScan) {
    const page = await context.newPage();
    await page.goto(`https://example.org${notesPath}`, { waitUntil: 'load' });
    await page.addScriptTag({ content: await anchoringHelpers() });
    const { passages } = await page.evaluate(pickPassages, { n: NOTES.notes, seed: 3 });
    await page.close();
    quotes = passages.map((p) => p.quote.exact);
    starts = passages.map((p) => p.position.start);
    const all = [...pageNotes(notesUrl, passages), ...otherNotes(Math.max(0, POPUP.notes - passages.length), passages)];
    const t0 = Date.now();
    seeded = await seed(browser, { backup: backupFile(all), lookups: lookupTerms(glossary, POPUP.lookups), page: `https://www.gov.uk${hoverSize.path}` });
    log(`seeded ${seeded.notes} notes (${passages.length} on ${notesPath}) and ${POPUP.lookups} look-ups in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  for (let round = 0; round < rounds; round++) {
    // Rotate the order each round, so no method always runs first (on a cold browser) or last.
    const order = METHODS.map((_, i) => METHODS[(i + round) % METHODS.length]);
    for (const s of sizes) {
      for (const method of order) {
        const earlier = samples[s.label][method];
        if (earlier.some((x) => x.timedOut)) continue;
        const sample = await run[method](s);
        earlier.push(sample);
        log(`round ${round + 1}/${rounds} ${s.label} ${method}: ${sample.timedOut ? `stopped at ${CAP_MS / 1000} s` : `${sample.ms.toFixed(1)} ms, ${sample.matches} matches`}${sample.firstFrameAfterDcl != null ? `, started ${sample.startAfterDcl.toFixed(1)} ms and first frame in view ${sample.firstFrameAfterDcl.toFixed(1)} ms after DOMContentLoaded` : ''}`);
      }
    }
    for (const s of fragmentSizes) {
      for (const method of round % 2 ? [...fragmentMethods].reverse() : fragmentMethods) {
        const sample = await runOurs(method === 'ours' ? context : baseline.context, `https://www.gov.uk${s.path}#${FRAGMENT}`);
        fragment[s.label][method].push(sample);
        log(`round ${round + 1}/${rounds} ${s.label}#${FRAGMENT} ${method}: started ${sample.startAfterDcl?.toFixed(1)} ms, first frame in view ${sample.firstFrameAfterDcl?.toFixed(1)} ms after DOMContentLoaded`);
      }
    }
    if (onlyScan) continue;
    const url = (host) => `https://${host}${incrementalSize.path}`;
    const modes = [['ours', 'www.gov.uk'], ['floor', 'example.org'], ['page', 'example.org']];
    for (const [mode, host] of modes.map((_, i) => modes[(i + round) % modes.length])) {
      incremental[mode].push(await runIncremental(context, url(host), batches, { mode, pattern }));
      log(`round ${round + 1}/${rounds} incremental ${mode}: ${incremental[mode].at(-1).map((b) => `${b.n}: ${b.ms?.toFixed(1) ?? '–'} ms, painted ${b.paintedMs.toFixed(0)} ms`).join('; ')}`);
    }
    const { hovers, shadowChange: withHighlights } = await runHover(context, `https://www.gov.uk${hoverSize.path}`, { hovers: HOVERS });
    hover.push(hovers);
    shadowChange.ours.push(...withHighlights);
    shadowChange.page.push(...await runShadowChange(context, `https://example.org${hoverSize.path}`, { samples: 10 }));
    const shown = hovers.filter((h) => !h.missed);
    log(`round ${round + 1}/${rounds} hover ${hoverSize.label}: ${shown.length}/${hovers.length} cards, median ${median(shown.map((h) => h.shownMs))?.toFixed(1)} ms to the DOM, ${median(shown.map((h) => h.paintedMs))?.toFixed(1)} ms to painted; a shadow-root change to painted ${median(withHighlights).toFixed(1)} ms (${median(shadowChange.page.slice(-10)).toFixed(1)} ms without the extension)`);
    for (const method of round % 2 ? ['peer', 'ours'] : ['ours', 'peer']) {
      const r = method === 'ours' ? await runAnchor(browser, notesUrl) : await runAnchorPeer(context, `https://example.org${notesPath}`, { quotes, starts });
      notes[method].push(r);
      log(`round ${round + 1}/${rounds} notes ${method}: ${method === 'ours'
        ? `settled ${r.settled.ms.toFixed(1)} ms (${r.settled.found}/${r.settled.notes} found), on load ${r.onLoad.ms.toFixed(1)} ms`
        : `${r.ms.toFixed(1)} ms (${r.found}/${quotes.length} found, ${r.elsewhere} of them elsewhere)`}`);
    }
    for (const which of round % 2 ? ['empty', 'full'] : ['full', 'empty']) {
      const r = await runPopup(which === 'full' ? browser : emptyBrowser);
      popup[which].push(r);
      log(`round ${round + 1}/${rounds} popup ${which}: ready at ${r.ready.toFixed(1)} ms (search ${r.search.toFixed(0)}, history ${r.history.toFixed(0)}, then the Notes tab in ${r.notes.toFixed(0)} ms), longest task ${r.longestTask.toFixed(0)} ms, ${r.noteItems} notes listed`);
    }
  }
} finally {
  await browser.close();
  await emptyBrowser?.close();
  await baseline?.close();
}

const pick = (list, key) => median(list.map((x) => (x.timedOut && key === 'ms' ? Infinity : x[key])));
const startMedians = (list) => Object.fromEntries(['startAfterDcl', 'registeredAfterDcl', 'firstFrameAfterDcl', 'frameWait', 'fullEndAfterDcl'].map((k) => [k, pick(list, k)]));
const full = Object.fromEntries(sizes.map((s) => {
  const bySize = samples[s.label];
  const medians = Object.fromEntries(METHODS.map((m) => [m, {
    ms: pick(bySize[m], 'ms'), matches: pick(bySize[m], 'matches'), longestTask: pick(bySize[m], 'longestTask'),
    ...(m === 'ours' || m === 'before' ? {
      longestTaskInScan: pick(bySize[m], 'longestTaskInScan'), busy: pick(bySize[m], 'busy'), textNodes: pick(bySize[m], 'textNodes'), painted: pick(bySize[m], 'painted'),
      ...startMedians(bySize[m]),
    } : {}),
  }]));
  return [s.label, { rounds: Math.max(...METHODS.map((m) => bySize[m].length)), samples: bySize, medians }];
}));
const memory = Object.fromEntries(sizes.map((s) => {
  const heaps = (methods, key = 'heap') => methods.flatMap((m) => (samples[s.label][m] ?? []).map((x) => x[key]).filter(Boolean));
  const usage = (list) => ({ js: pick(list, 'js'), embedder: pick(list, 'embedder') });
  const withExtension = usage(heaps(['ours']));
  const without = usage(heaps(['floor', 'markRegExp', 'markKeywords']));
  const before = usage(heaps(['before']));
  const diff = (a, b) => (a.js === null || b.js === null ? { js: null, embedder: null } : { js: a.js - b.js, embedder: a.embedder - b.embedder });
  const added = { ours: diff(withExtension, without), ...(baseline ? { before: diff(before, without) } : {}) };
  for (const m of ['floor', 'markRegExp']) added[m] = diff(usage(heaps([m], 'heapAfter')), without);
  return [s.label, { withExtension, without, added }];
}));
const perBatch = (list) => Object.fromEntries(BATCHES.map((n) => {
  const rows = list.map((r) => r.find((b) => b.n === n));
  return [n, { ms: pick(rows, 'ms'), added: pick(rows, 'added'), paintedMs: pick(rows, 'paintedMs'), kind: rows[0]?.kind }];
}));

// The pure core in Node (search per keystroke, re-anchoring an edited passage): bench/core.mjs.
const core = await runCore({ rounds, glossary });
// The PDF viewer on the 220-page PDF (smoke: the 4-page one) against pdf.js's own viewer: bench/pdf.mjs, its own Chromium.
const pdf = onlyScan ? null : await runPdf({ rounds, smoke, log });
const results = {
  machine: {
    cpu: readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? cpus()[0]?.model ?? 'unknown',
    cores: cpus().length, chromium: browser.chromium, node: process.version, date: new Date().toISOString(),
    loadAverage: { start: loadAtStart, end: loadavg()[0] },
  },
  config: { smoke, rounds, capMs: CAP_MS, batches: BATCHES, methodsOrder: 'rotated each round', termForms: keywords.length, pattern, onlyScan, baseline: baselineDir ?? null },
  documents: sizes.map((s) => ({ label: s.label, path: s.path, ...documentStats(documents.get(s.path), pattern) })),
  full,
  // The start: from DOMContentLoaded to our pass's start, to the first highlights registered and to the first
  // frame showing one in view; on fresh loads of each size and on the larger pages opened at #section-40.
  start: {
    fragment: FRAGMENT,
    pages: [
      ...sizes.map((s) => ({ label: s.label, medians: Object.fromEntries(fragmentMethods.map((m) => [m, startMedians(samples[s.label][m])])),
        peers: { floor: full[s.label].medians.floor.ms, markRegExp: full[s.label].medians.markRegExp.ms } })),
      ...fragmentSizes.map((s) => ({ label: `${s.label} #${FRAGMENT}`, samples: fragment[s.label], medians: Object.fromEntries(fragmentMethods.map((m) => [m, startMedians(fragment[s.label][m])])),
        peers: { floor: full[s.label].medians.floor.ms, markRegExp: full[s.label].medians.markRegExp.ms } })),
    ],
  },
  memory,
  ...(onlyScan ? {} : { incremental: { label: incrementalSize.label, batches: BATCHES, samples: incremental, medians: { ours: perBatch(incremental.ours), floor: perBatch(incremental.floor), page: perBatch(incremental.page) } },
  hover: (() => {
    const all = hover.flat();
    const shown = all.filter((h) => !h.missed);
    const stats = (key) => ({ median: median(shown.map((h) => h[key])), p95: percentile(shown.map((h) => h[key]), 95) });
    const spread = (list) => ({ median: median(list), p95: percentile(list, 95) });
    return { label: hoverSize.label, hoversPerRound: HOVERS, showDelayMs: SHOW_DELAY_MS, hovers: all.length, missed: all.length - shown.length,
      samples: hover, medians: { shownMs: stats('shownMs'), paintedMs: stats('paintedMs') },
      shadowChange: { samples: shadowChange, ours: spread(shadowChange.ours), page: spread(shadowChange.page) } };
  })(),
  notes: {
    label: NOTES.label, path: notesPath, notes: quotes.length, samples: notes,
    medians: {
      settled: median(notes.ours.map((r) => r.settled.ms)), onLoad: median(notes.ours.map((r) => r.onLoad.ms)),
      onLoadEnd: median(notes.ours.map((r) => r.onLoad.end)), scanEnd: median(notes.ours.map((r) => r.scan.end)),
      found: median(notes.ours.map((r) => r.settled.found)), peer: median(notes.peer.map((r) => r.ms)), peerFound: median(notes.peer.map((r) => r.found)),
      peerElsewhere: median(notes.peer.map((r) => r.elsewhere)),
    },
  },
  popup: {
    notes: seeded.notes, lookups: POPUP.lookups, samples: popup,
    medians: Object.fromEntries(['full', 'empty'].map((k) => [k, Object.fromEntries(['search', 'history', 'notes', 'ready', 'painted', 'longestTask', 'longestTaskNotes', 'noteItems', 'historyItems']
      .map((key) => [key, median(popup[k].map((r) => r[key]))]))])),
  } }),
  core,
  ...(pdf ? { pdf } : {}),
  durationSeconds: Math.round((Date.now() - started) / 1000),
};
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${formatReport(results)}\n\n${formatCore(core)}\n${pdf ? `\n${formatPdf(pdf)}\n` : ''}`);
log(`wrote ${out}`);

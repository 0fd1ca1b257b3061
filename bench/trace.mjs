// node bench/trace.mjs [--size 1mb] [--runs 3]: where the wall time of the extension's first full pass
// goes, from a Chromium trace of fresh loads of a bench page: the renderer main thread's tasks inside the
// pass (the 'full' scan measure), split into our script, garbage collection, style, layout, paint and the
// rest of the browser's work, and the time the thread was idle. The wall time beyond our busy time is
// what the browser did between our slices, or time nobody used.
import { parseArgs } from 'node:util';
import { launch } from './measure.mjs';
import { policyDocument } from './pages.mjs';
import { loadGlossary } from './terms.mjs';

const { values } = parseArgs({ options: { size: { type: 'string' }, runs: { type: 'string' }, hash: { type: 'string' } } });
const SIZES = { '100kb': 100_000, '1mb': 1_000_000, '5mb': 5_000_000 };
const size = values.size ?? '1mb';
const runs = Number(values.runs ?? 3);
const glossary = await loadGlossary();
const path = `/bench/${size}`;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'toplevel'].join(',');

/** Reads a trace stream to its end. */
async function readStream(cdp, handle) {
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return JSON.parse(text).traceEvents ?? JSON.parse(text);
}

/** The name a task's time is charged to: the kind of the first child that names it. */
function bucketOf(name) {
  if (/GC|Scavenge|MarkCompact|Sweep/i.test(name)) return 'gc';
  if (name === 'FunctionCall' || name === 'EvaluateScript' || name === 'v8.callFunction' || name === 'TimerFire' || name === 'FireAnimationFrame' || name === 'EventDispatch' || name === 'v8.run' || name === 'V8.Execute') return 'script';
  if (name === 'UpdateLayoutTree' || name === 'RecalculateStyles' || name === 'ParseAuthorStyleSheet') return 'style';
  if (name === 'Layout' || name === 'UpdateLayerTree' || name === 'PrePaint' || name === 'IntersectionObserverController::computeIntersections') return 'layout';
  if (name === 'Paint' || name === 'PaintImage' || name === 'Layerize' || name === 'CompositeLayers' || name === 'Commit' || name === 'UpdateLayer') return 'paint';
  if (name === 'ParseHTML') return 'parse';
  return null;
}

const browser = await launch(new Map([[path, policyDocument(glossary, SIZES[size])]]));
const totals = new Map();
try {
  for (let i = 0; i < runs; i++) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
    await page.goto(`https://www.gov.uk${path}${values.hash ? `#${values.hash}` : ''}`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('probation-jargon:scan').some((m) => m.detail?.kind === 'full'), null, { polling: 20 });
    const scan = await page.evaluate(() => {
      const m = performance.getEntriesByName('probation-jargon:scan').find((e) => e.detail?.kind === 'full');
      return { ms: m.duration, busy: m.detail.busy };
    });
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    const { stream } = await done;
    const events = await readStream(cdp, stream);
    if (process.env.TRACE_DUMP) (await import("node:fs")).writeFileSync(process.env.TRACE_DUMP, JSON.stringify(events));
    // The pass: the user-timing measure's begin and end on the page's main thread.
    const marks = events.filter((e) => e.name === 'probation-jargon:scan' && e.cat.includes('user_timing'));
    const begins = marks.filter((e) => e.ph === 'b');
    const ends = marks.filter((e) => e.ph === 'e');
    // The full pass is the last of the first pass's two measures (view, then full).
    const b = begins[1] ?? begins[0];
    const e = ends.filter((x) => x.ts >= b.ts).sort((p, q) => p.ts - q.ts)[0];
    const from = b.ts;
    const to = e.ts;
    const main = events.find((x) => x.name === 'thread_name' && x.args?.name === 'CrRendererMain' && x.pid === b.pid);
    const tid = main?.tid;
    const onMain = events.filter((x) => x.pid === b.pid && x.tid === tid && x.ph === 'X' && x.ts < to && x.ts + (x.dur ?? 0) > from);
    const tasks = onMain.filter((x) => x.name === 'RunTask' || x.name === 'ThreadControllerImpl::RunTask');
    const row = new Map();
    const add = (k, v) => row.set(k, (row.get(k) ?? 0) + v);
    let taskTime = 0;
    let longest = 0;
    for (const t of tasks) {
      const ts = Math.max(t.ts, from);
      const te = Math.min(t.ts + t.dur, to);
      taskTime += te - ts;
      longest = Math.max(longest, t.dur);
      add('tasks (count)', 1000);
      // Children of the task, charged by kind (only the outermost of each nesting).
      const kids = onMain.filter((x) => x !== t && x.ts >= t.ts && x.ts + x.dur <= t.ts + t.dur && bucketOf(x.name) !== null);
      kids.sort((p, q) => p.ts - q.ts || q.dur - p.dur);
      let until = -1;
      let charged = 0;
      for (const k of kids) {
        if (k.ts < until && bucketOf(k.name) !== 'gc') continue;
        const ks = Math.max(k.ts, from);
        const ke = Math.min(k.ts + k.dur, to);
        if (ke <= ks) continue;
        const bucket = bucketOf(k.name);
        add(bucket, ke - ks);
        if (bucket === 'gc' && k.ts < until) add('script', -(ke - ks));
        else charged += ke - ks;
        until = Math.max(until, k.ts + k.dur);
      }
      add('other browser work', te - ts - charged);
    }
    add('idle (no task)', to - from - taskTime);
    process.stderr.write(`run ${i + 1}: pass ${scan.ms.toFixed(1)} ms, busy ${scan.busy.toFixed(1)} ms, ${tasks.length} tasks, longest ${(longest / 1000).toFixed(1)} ms\n`);
    for (const [k, v] of row) totals.set(k, (totals.get(k) ?? 0) + v / 1000);
    totals.set('pass (wall)', (totals.get('pass (wall)') ?? 0) + scan.ms);
    totals.set('busy (our slices)', (totals.get('busy (our slices)') ?? 0) + scan.busy);
    await cdp.detach();
    await page.close();
  }
} finally {
  await browser.close();
}
process.stdout.write(`main thread inside the full pass, ${size}${values.hash ? ` #${values.hash}` : ''}, mean of ${runs} loads (ms)\n`);
for (const [k, v] of totals) process.stdout.write(`${(v / runs).toFixed(1).padStart(8)}  ${k}\n`);

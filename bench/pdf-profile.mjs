// node bench/pdf-profile.mjs [--runs 2] [--peer] [--top 25]: a CPU profile (CDP, sampled every 250 µs) of the PDF
// viewer's main thread while it opens the 220-page PDF and the lens reads it (bench/pdf.mjs's set-up; --peer: pdf.js's
// own viewer with no lens, for the same time). A task is a run of samples with no idle sample between them; prints
// the longest tasks with the functions of most self time in each, and the top self time over the whole run. Writes
// the last profile to the temp folder (open it in Chromium's DevTools, Performance panel).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fixturePdf, PDF_URLS } from '../test/e2e/support/pdf-fixtures.mjs';
import { launch, PEER } from './pdf.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string' }, top: { type: 'string' }, peer: { type: 'boolean' }, tasks: { type: 'string' } } });
const runs = Number(values.runs ?? 2);
const top = Number(values.top ?? 25);
const url = PDF_URLS.large;
const bytes = await fixturePdf('large');
const browser = await launch(url, bytes);
const name = (f) => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
const total = new Map();
let last;
try {
  for (let i = 0; i < runs; i++) {
    const page = await browser.context.newPage();
    // The viewer at its own address (the redirect would move the tab to another process, away from the profiler):
    // first with no document, so the profile starts in the viewer's renderer; then the document, in the same page.
    const viewer = values.peer ? `${PEER}peer.html` : `chrome-extension://${new URL(browser.context.serviceWorkers()[0].url()).host}/pdf/viewer.html`;
    await page.goto(values.peer ? 'https://example.org/bench/pdf/none' : viewer);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    await page.goto(values.peer ? viewer : `${viewer}?file=${encodeURIComponent(url)}`);
    if (values.peer) await page.waitForTimeout(4000);
    else await page.waitForFunction(() => performance.getEntriesByName('probation-jargon:pdf-document').length > 0, null, { polling: 50, timeout: 120_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
    const { profile } = await cdp.send('Profiler.stop');
    last = profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    // Tasks: runs of samples with no (idle) sample between.
    const tasks = [];
    let current = null;
    let at = profile.startTime;
    for (let s = 0; s < profile.samples.length; s++) {
      at += profile.timeDeltas[s];
      const dt = (profile.timeDeltas[s + 1] ?? 250) / 1000;
      const f = byId.get(profile.samples[s]).callFrame;
      if (f.functionName === '(idle)') { current = null; continue; }
      if (current === null) tasks.push(current = { start: at / 1000, ms: 0, self: new Map() });
      current.ms += dt;
      const key = name(f);
      current.self.set(key, (current.self.get(key) ?? 0) + dt);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
    tasks.sort((a, b) => b.ms - a.ms);
    process.stdout.write(`\nrun ${i + 1}: ${tasks.length} tasks; longest ${Number(values.tasks ?? 5)}:\n`);
    for (const t of tasks.slice(0, Number(values.tasks ?? 5))) {
      process.stdout.write(`  task of ${t.ms.toFixed(1)} ms at +${(t.start - profile.startTime / 1000).toFixed(0)} ms\n`);
      for (const [k, ms] of [...t.self].sort((a, b) => b[1] - a[1]).slice(0, 8)) process.stdout.write(`    ${ms.toFixed(1).padStart(7)} ms  ${k}\n`);
    }
    await cdp.detach();
    await page.close();
  }
} finally {
  await browser.close();
}
process.stdout.write(`\nself time over the whole run, mean of ${runs}:\n`);
for (const [k, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${(ms / runs).toFixed(1).padStart(8)} ms  ${k}\n`);
const file = join(tmpdir(), `probation-lens-pdf${values.peer ? '-peer' : ''}.cpuprofile`);
writeFileSync(file, JSON.stringify(last));
process.stderr.write(`wrote ${file}\n`);

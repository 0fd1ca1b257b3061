// node bench/profile.mjs [--size 1mb] [--runs 3]: a CPU profile of the extension's first full pass on
// a fresh load of a bench page (sampled every 250 µs), summed by function over `runs` loads, with the
// time spent in garbage collection. Prints the top functions by self time; writes the last profile to
// the temp folder (open it in Chromium's DevTools, Performance panel).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from './measure.mjs';
import { policyDocument } from './pages.mjs';
import { loadGlossary } from './terms.mjs';

const { values } = parseArgs({ options: { size: { type: 'string' }, runs: { type: 'string' }, top: { type: 'string' } } });
const SIZES = { '100kb': 100_000, '1mb': 1_000_000, '5mb': 5_000_000 };
const size = values.size ?? '1mb';
const runs = Number(values.runs ?? 3);
const glossary = await loadGlossary();
const path = `/bench/${size}`;
const browser = await launch(new Map([[path, policyDocument(glossary, SIZES[size])]]));
const self = new Map();
let total = 0;
let last;
try {
  for (let i = 0; i < runs; i++) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    await page.goto(`https://www.gov.uk${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('probation-jargon:scan').some((m) => m.detail?.kind === 'full'), null, { polling: 20 });
    const { profile } = await cdp.send('Profiler.stop');
    const scan = await page.evaluate(() => {
      const m = performance.getEntriesByName('probation-jargon:scan').find((e) => e.detail?.kind === 'full');
      return { start: m.startTime, end: m.startTime + m.duration, busy: m.detail.busy };
    });
    last = profile;
    // The page runs no script of its own: every JS sample until the pass ended is the extension's (or GC).
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (let s = 0; s < profile.samples.length; s++) {
      const node = byId.get(profile.samples[s]);
      const f = node.callFrame;
      if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
      const dt = (profile.timeDeltas[s + 1] ?? 250) / 1000;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + dt);
      total += dt;
    }
    process.stderr.write(`run ${i + 1}: pass ${(scan.end - scan.start).toFixed(1)} ms, busy ${scan.busy.toFixed(1)} ms\n`);
    await cdp.detach();
    await page.close();
  }
} finally {
  await browser.close();
}
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top ?? 40));
process.stdout.write(`self time inside the full pass, ${size}, mean of ${runs} loads (sampled ${(total / runs).toFixed(1)} ms per load)\n`);
for (const [name, ms] of top) process.stdout.write(`${(ms / runs).toFixed(2).padStart(8)} ms  ${name}\n`);
const file = join(tmpdir(), `probation-lens-${size}.cpuprofile`);
writeFileSync(file, JSON.stringify(last));
process.stderr.write(`wrote ${file}\n`);

// Medians and the markdown tables (copy-pasteable into the README).

/** The median of numbers; Infinity stands for a run stopped at the cap. */
export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** The p-th percentile by nearest rank (p95 of 150 samples is the 143rd smallest). */
export function percentile(values, p) {
  const v = values.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
}

const ms = (x, capMs) => x === null ? '–' : x === Infinity ? `>${capMs / 1000} s` : x < 0.1 ? '<0.1' : x < 10 ? x.toFixed(1) : Math.round(x).toLocaleString('en-GB');
// Page clocks tick in 0.1 ms steps, so a ratio over a time under 0.1 ms means nothing.
const ratio = (a, b, capMs = 60_000) => {
  if (a === null || b === null || a === Infinity || b < 0.1) return '–';
  if (b === Infinity) return `<${(a / capMs).toFixed(2)}×`;
  const r = a / b;
  return `${r < 1 ? r.toFixed(2) : r.toFixed(1)}×`;
};
const task = (x) => x === null ? '–' : x === 0 ? '<50' : Math.round(x).toString();
const count = (x) => x === null ? '–' : Math.round(x).toString();
const mb = (bytes) => bytes === null ? '–' : (bytes / 1048576).toFixed(1);

const table = (header, rows) => [
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');

/** The printed report: full pass, incremental, memory, hover, notes, popup, documents and the machine. */
export function formatReport(results) {
  const cap = results.config.capMs;
  const full = table(
    ['size', 'ours (ms)', 'floor (ms)', 'ours/floor', 'ours busy (ms)', 'busy/floor', 'mark.js RegExp (ms)', 'ours/mark.js RegExp', 'mark.js per keyword (ms)',
      'ours/mark.js keyword', 'longest task ours (ms)', 'longest task in our scan (ms)', 'matches ours/floor/mark.js RegExp/mark.js keyword', 'rounds'],
    results.documents.map((d) => {
      const m = results.full[d.label].medians;
      return [d.label, ms(m.ours.ms, cap), ms(m.floor.ms, cap), ratio(m.ours.ms, m.floor.ms), ms(m.ours.busy, cap), ratio(m.ours.busy, m.floor.ms), ms(m.markRegExp.ms, cap),
        ratio(m.ours.ms, m.markRegExp.ms), ms(m.markKeywords?.ms ?? null, cap), ratio(m.ours.ms, m.markKeywords?.ms ?? null, cap),
        task(m.ours.longestTask), task(m.ours.longestTaskInScan),
        [m.ours.matches, m.floor.matches, m.markRegExp.matches, m.markKeywords?.matches ?? null].map(count).join(' / '), results.full[d.label].rounds];
    }),
  );
  const hasBefore = results.documents.some((d) => results.full[d.label].medians.before);
  const beforeAfter = !hasBefore ? null : table(
    ['size', 'before (ms)', 'ours (ms)', 'ours/before', 'before busy (ms)', 'ours busy (ms)', 'busy ours/before', 'busy/floor before', 'busy/floor ours',
      'before/mark.js RegExp', 'ours/mark.js RegExp', 'longest task in the scan before / ours (ms)', 'added JS heap before / ours (MB)'],
    results.documents.map((d) => {
      const m = results.full[d.label].medians;
      const heap = results.memory[d.label].added;
      return [d.label, ms(m.before.ms, cap), ms(m.ours.ms, cap), ratio(m.ours.ms, m.before.ms), ms(m.before.busy, cap), ms(m.ours.busy, cap), ratio(m.ours.busy, m.before.busy),
        ratio(m.before.busy, m.floor.ms), ratio(m.ours.busy, m.floor.ms), ratio(m.before.ms, m.markRegExp.ms), ratio(m.ours.ms, m.markRegExp.ms),
        `${task(m.before.longestTaskInScan)} / ${task(m.ours.longestTaskInScan)}`, `${mb(heap.before?.js ?? null)} / ${mb(heap.ours.js)}`];
    }),
  );
  const st = results.start;
  const startCells = (x) => x ? [ms(x.startAfterDcl, cap), ms(x.registeredAfterDcl, cap), ms(x.firstFrameAfterDcl, cap), ms(x.frameWait, cap),
    ms(x.firstFrameAfterDcl === null || x.frameWait === null ? null : x.firstFrameAfterDcl - x.frameWait, cap), ms(x.fullEndAfterDcl, cap)] : ['–', '–', '–', '–', '–', '–'];
  const start = !st ? null : table(
    ['page', 'scan start (ms)', 'highlights in view registered (ms)', 'first frame showing one in view (ms)', 'of which the wait for the browser\'s frame (ms)', 'first frame less that wait (ms)', 'whole page read (ms)',
      ...(hasBefore ? ['before: scan start (ms)', 'before: registered (ms)', 'before: first frame (ms)', 'before: frame wait (ms)', 'before: less the wait (ms)', 'before: whole page read (ms)'] : []),
      'floor, full (ms)', 'mark.js RegExp, full (ms)'],
    st.pages.map((p) => [p.label, ...startCells(p.medians.ours), ...(hasBefore ? startCells(p.medians.before) : []), ms(p.peers.floor, cap), ms(p.peers.markRegExp, cap)]),
  );
  const inc = results.incremental;
  if (!inc) {
    const m = results.machine;
    return [
      `### First full pass (medians${results.config.smoke ? ', smoke run' : ''})`, '', full, '',
      ...(beforeAfter ? ['### Before and after, side by side in this run', '', beforeAfter, ''] : []),
      ...(start ? ['### From DOMContentLoaded to highlights on screen (medians; the peers start after load, so their only time is their full time)', '', start, ''] : []),
      `Machine: ${m.cpu}, ${m.cores} cores, ${m.chromium} (headless), Node ${m.node}; load average ${m.loadAverage.start.toFixed(1)} at the start, ${m.loadAverage.end.toFixed(1)} at the end; ${m.date}.`,
    ].join('\n');
  }
  const incremental = table(
    ['paragraphs appended', 'ours (ms)', 'floor (ms)', 'ours/floor', 'matches added ours/floor', 'our pass',
      'append to painted: ours (ms)', 'floor (ms)', 'page alone (ms)'],
    inc.batches.map((n) => {
      const [o, f, p] = ['ours', 'floor', 'page'].map((k) => inc.medians[k][n]);
      return [n, ms(o.ms, cap), ms(f.ms, cap), ratio(o.ms, f.ms), `${count(o.added)} / ${count(f.added)}`, o.kind,
        ms(o.paintedMs, cap), ms(f.paintedMs, cap), ms(p.paintedMs, cap)];
    }),
  );
  const memory = table(
    ['size', 'JS heap with extension (MB)', 'JS heap without (MB)', 'added JS heap: ours (MB)', 'floor (MB)', 'mark.js RegExp (MB)',
      'added Blink heap: ours (MB)', 'floor (MB)', 'mark.js RegExp (MB)'],
    results.documents.map((d) => {
      const m = results.memory[d.label];
      const { ours, floor, markRegExp } = m.added;
      return [d.label, mb(m.withExtension.js), mb(m.without.js), mb(ours.js), mb(floor.js), mb(markRegExp.js),
        mb(ours.embedder), mb(floor.embedder), mb(markRegExp.embedder)];
    }),
  );
  const hv = results.hover;
  const delay = hv.showDelayMs;
  const over = (x) => (x === null || !Number.isFinite(delay) ? '–' : ms(x - delay, cap));
  const hover = table(
    ['hover to card', 'median (ms)', 'p95 (ms)', `median over the ${delay} ms show delay (ms)`, 'p95 over the delay (ms)', 'hovers (missed)'],
    [['card in the DOM (probation-card:show)', hv.medians.shownMs], ['card painted (start of the second frame after)', hv.medians.paintedMs]].map(([what, m]) =>
      [what, ms(m.median, cap), ms(m.p95, cap), over(m.median), over(m.p95), `${hv.hovers} (${hv.missed})`]).concat(
      [['for comparison, no card: a text change in a shadow root to painted, on this page', hv.shadowChange.ours],
        ['the same, same page without the extension', hv.shadowChange.page]].map(([what, m]) =>
        [what, ms(m.median, cap), ms(m.p95, cap), '', '', `${m === hv.shadowChange.ours ? hv.shadowChange.samples.ours.length : hv.shadowChange.samples.page.length} changes`])),
  );
  const nt = results.notes;
  const nm = nt.medians;
  const found = `${count(nm.found)} / ${count(nm.peerFound)} (${count(nm.peerElsewhere)})`;
  const notes = table(
    [`placing ${nt.notes} notes on the ${nt.label} page`, 'ours (ms)', 'naive indexOf (ms)', 'ours/naive', 'found ours/naive (naive: at another occurrence)', 'rounds'],
    [
      ['settled page (after a notesChanged call)', ms(nm.settled, cap), ms(nm.peer, cap), ratio(nm.settled, nm.peer), found, nt.samples.ours.length],
      [`fresh load, beside the first scan (notes placed at ${ms(nm.onLoadEnd, cap)} ms, first scan done at ${ms(nm.scanEnd, cap)} ms)`,
        ms(nm.onLoad, cap), ms(nm.peer, cap), ratio(nm.onLoad, nm.peer), found, nt.samples.ours.length],
    ],
  );
  const pp = results.popup;
  const { full: pf, empty: pe } = pp.medians;
  const popup = table(
    ['popup database', 'search box focused (ms)', 'look-up history rendered (ms)', 'ready (ms)', 'ready/empty',
      'painted (ms)', 'longest task until painted (ms)', 'Notes tab chosen to lists rendered (ms)', 'longest task then (ms)', 'notes listed', 'rounds'],
    [[`${pp.notes.toLocaleString('en-GB')} notes, ${pp.lookups.toLocaleString('en-GB')} look-ups`, pf, pp.samples.full.length], ['empty', pe, pp.samples.empty.length]]
      .map(([what, m, n]) => [what, ms(m.search, cap), ms(m.history, cap), ms(m.ready, cap), ratio(m.ready, pe.ready),
        ms(m.painted, cap), task(m.longestTask), ms(m.notes, cap), task(m.longestTaskNotes), count(m.noteItems), n]),
  );
  const docs = table(['size', 'HTML bytes', 'words', 'term forms (floor pattern)', 'words per term', 'distinct forms'],
    results.documents.map((d) => [d.label, d.bytes.toLocaleString('en-GB'), d.words.toLocaleString('en-GB'),
      d.terms.toLocaleString('en-GB'), d.wordsPerTerm, d.distinctForms]));
  const m = results.machine;
  return [
    `### First full pass (medians${results.config.smoke ? ', smoke run' : ''})`, '', full, '',
    ...(beforeAfter ? ['### Before and after, side by side in this run', '', beforeAfter, ''] : []),
    ...(start ? ['### From DOMContentLoaded to highlights on screen (medians; the peers start after load, so their only time is their full time)', '', start, ''] : []),
    `### Incremental: paragraphs appended to the loaded ${inc.label} page`, '', incremental, '',
    '### Memory (after a full garbage collection)', '', memory, '',
    `### Hover to card: ${hv.label} page, from the pointermove onto a term`, '', hover, '',
    '### Notes: placing a page\'s notes (probation-note:anchor) against a naive indexOf anchorer', '', notes, '',
    '### Popup: from navigation start to interactive (popup.html in a tab)', '', popup, '',
    '### Documents', '', docs, '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.chromium} (headless), Node ${m.node}; load average ${m.loadAverage.start.toFixed(1)} at the start, ${m.loadAverage.end.toFixed(1)} at the end; ${m.date}.`,
  ].join('\n');
}

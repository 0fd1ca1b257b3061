// The benchmark's smoke run: it must run and print its tables. Timings are never asserted.
// Run with `node --test bench/smoke.test.mjs` after `npm run build` (needs Debian's Chromium).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

test('npm run bench --smoke runs and prints its tables', () => {
  const dir = mkdtempSync(join(tmpdir(), 'probation-lens-bench-test-'));
  try {
    const out = join(dir, 'results.json');
    const run = spawnSync(process.execPath, [fileURLToPath(new URL('run.mjs', import.meta.url)), '--smoke', '--out', out], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^\| size \| ours \(ms\) \| floor \(ms\) \|/m);
    assert.match(run.stdout, /^\| 100 KB \| [^|]+ \| [^|]+ \|/m);
    assert.match(run.stdout, /^\| 100 \| /m, 'the incremental table has its 100-paragraph row');
    const results = JSON.parse(readFileSync(out, 'utf8'));
    const medians = results.full['100 KB'].medians;
    for (const method of ['ours', 'floor', 'markRegExp', 'markKeywords']) {
      assert.equal(typeof medians[method].ms, 'number', `${method} has a time`);
      assert.ok(medians[method].matches > 0, `${method} found terms`);
    }
    assert.match(run.stdout, /^### From DOMContentLoaded to highlights on screen/m, 'the start table');
    assert.equal(typeof results.start.pages[0].medians.ours.startAfterDcl, 'number', 'the scan start after DOMContentLoaded');
    assert.equal(typeof results.start.pages[0].medians.ours.firstFrameAfterDcl, 'number', 'the first frame showing a highlight in view');
    assert.match(run.stdout, /^\| card in the DOM \(probation-card:show\) \| [^|]+ \|/m, 'the hover table');
    assert.ok(results.hover.hovers > results.hover.missed, 'some hover showed a card');
    assert.equal(typeof results.hover.medians.shownMs.median, 'number');
    assert.match(run.stdout, /^\| settled page \(after a notesChanged call\) \| [^|]+ \|/m, 'the notes table');
    assert.ok(results.notes.medians.found > 0, 'our anchoring placed notes');
    assert.ok(results.notes.medians.peerFound > 0, 'the naive anchorer placed notes');
    assert.match(run.stdout, /^\| empty \| [^|]+ \|/m, 'the popup table');
    assert.ok(results.popup.medians.full.noteItems > 0, 'the seeded popup lists notes');
    assert.equal(results.popup.medians.empty.noteItems, 0, 'the empty popup lists none');
    assert.match(run.stdout, /^\| page 1 highlighted \(ours\) \/ text layer \(pdf\.js\), from navigation \(ms\) \| [^|]+ \|/m, 'the PDF table');
    assert.equal(typeof results.pdf.medians.ours.highlightedMs, 'number', 'the PDF viewer highlighted page 1');
    assert.equal(typeof results.pdf.medians.peer.textLayerMs, 'number', "pdf.js's own viewer rendered page 1's text layer");
    assert.equal(results.pdf.samples.ours[0].pages, 4, 'the lens read the whole document');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

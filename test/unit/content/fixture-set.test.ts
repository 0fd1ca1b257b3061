// @vitest-environment jsdom
/**
 * The labelled fixture set: every page under test/fixtures/pages (and the demo page) is scanned as the
 * content script scans it, and what is marked is compared with the hand labels beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN } from '../../../src/core/builtin';
import { compileMatcher } from '../../../src/core/matcher';
import { PHRASE_FALSE_FRIENDS } from '../../../src/core/phrases-data';
import { OccurrenceIndex, type Occurrence } from '../../../src/content/occurrences';
import { PageModel } from '../../../src/content/page-model';
import { startScanner, type Scanner } from '../../../src/content/scanner';
import { installHighlightApi } from '../support/dom';

interface Expected {
  occurrences: { text: string; kind: string; term: string }[];
  mustNotMatch: string[];
}

// Paths from the project root: under jsdom, import.meta.url is not a file URL.
const FIXTURES = resolve('test/fixtures');
const PAGES = [
  'demo-policy',
  ...readdirSync(resolve(FIXTURES, 'pages')).filter((f) => f.endsWith('.html')).map((f) => `pages/${f.replace(/\.html$/, '')}`),
];
const matcher = compileMatcher(BUILTIN, PHRASE_FALSE_FRIENDS);
const totals = { expected: 0, found: 0, correct: 0 };

/** Length of the longest common subsequence: occurrences matched in order, so position matters. */
function lcs(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, () => 0);
  for (const x of a) {
    const row = [0];
    b.forEach((y, j) => row.push(x === y ? (prev[j] ?? 0) + 1 : Math.max(prev[j + 1] ?? 0, row[j] ?? 0)));
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** Where each text node starts in the document's text, for locating lookalikes. */
function textOffsets(): { text: string; start: Map<Text, number> } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const start = new Map<Text, number>();
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    start.set(n as Text, text.length);
    text += (n as Text).data;
  }
  return { text, start };
}

let scanner: Scanner | undefined;
let index: OccurrenceIndex | undefined;
beforeEach(() => installHighlightApi());
afterEach(() => {
  scanner?.stop();
  index?.dispose();
  vi.unstubAllGlobals();
});

async function scanPage(name: string): Promise<readonly Occurrence[]> {
  const html = readFileSync(resolve(FIXTURES, `${name}.html`), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  index = new OccurrenceIndex(document);
  scanner = startScanner(document, new PageModel(matcher, BUILTIN, index));
  await scanner.ready;
  return index.inOrder();
}

describe('the labelled fixture set', () => {
  it('has at least six pages besides the demo', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(7);
  });

  it.each(PAGES)('%s: marks what a reader expects, and no lookalike', async (name) => {
    const expected = JSON.parse(readFileSync(resolve(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
    const found = await scanPage(name);
    const want = expected.occurrences.map((o) => `${o.kind}:${o.text}`);
    // The label's kind is the highlight: a quieter look (spelled, page) has its own.
    const got = found.map((o) => `${o.look ?? o.kind}:${o.range.toString()}`);
    const correct = lcs(want, got);
    totals.expected += want.length;
    totals.found += got.length;
    totals.correct += correct;
    const missing = want.filter((w) => !got.includes(w));
    const extra = got.filter((g) => !want.includes(g));
    console.log(`${name}: ${correct}/${want.length} expected found, ${got.length - correct} extra` +
      (missing.length ? `; missing ${[...new Set(missing)].join(', ')}` : '') + (extra.length ? `; extra ${[...new Set(extra)].join(', ')}` : ''));

    const { text, start } = textOffsets();
    for (const lookalike of expected.mustNotMatch) {
      const at = text.indexOf(lookalike);
      expect(at, `"${lookalike}" is on the page`).toBeGreaterThanOrEqual(0);
      for (let i = at; i >= 0; i = text.indexOf(lookalike, i + 1)) {
        const touching = found.filter((o) => {
          const s = (start.get(o.node) ?? 0) + o.start;
          return s < i + lookalike.length && s + (o.end - o.start) > i;
        });
        expect(touching.map((o) => o.range.toString()), `nothing marked in "${lookalike}"`).toEqual([]);
      }
    }
  });

  afterAll(() => {
    const precision = totals.correct / Math.max(totals.found, 1);
    const recall = totals.correct / Math.max(totals.expected, 1);
    console.log(`fixture set: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} over ${PAGES.length} pages (${totals.expected} labelled occurrences)`);
    expect(recall).toBeGreaterThanOrEqual(0.98);
    expect(precision).toBeGreaterThanOrEqual(0.99);
  });
});

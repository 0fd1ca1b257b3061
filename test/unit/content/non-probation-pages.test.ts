// @vitest-environment jsdom
/**
 * Precision on GOV.UK pages that are not about probation (tax, budget, immigration, passports, a prison
 * statement), written in GOV.UK's markup with the publishing components that sit inside <main>: no
 * probation-jargon (solid or spelled-out) or renamed highlight on them but the probation jargon their labels
 * name, nothing on the lookalikes (NS&I, PAYE, "serial offenders" ...), and how densely each page is
 * underlined (printed for the closing note).
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentWordCount, expectedOf, FIXTURES, scanFixture, type ScannedPage } from '../support/fixture-scan';
import { installHighlightApi } from '../support/dom';

const PAGES = readdirSync(resolve(FIXTURES, 'everyday')).filter((f) => f.endsWith('.html')).map((f) => `everyday/${f.replace(/\.html$/, '')}`);
// The registered highlights by the label kind they stand for (test/fixtures/LABELLING.md).
const KIND_OF: Readonly<Record<string, string>> = {
  'probation-jargon': 'jargon', 'probation-jargon-spelled': 'spelled', 'probation-jargon-renamed': 'renamed',
  'probation-jargon-page': 'page', 'probation-jargon-unknown': 'unknown',
};
// The highlights that say "this is probation's jargon": the solid underline, its spelled-out look, renamed.
const PROBATION_KINDS = ['jargon', 'spelled', 'renamed'];

let registry: Map<string, Set<Range>>;
let page: ScannedPage | undefined;
const rows: string[] = [];
beforeEach(() => {
  registry = installHighlightApi();
});
afterEach(() => {
  page?.stop();
  page = undefined;
  vi.unstubAllGlobals();
});

/** Every registered probation-jargon* range, in document order, with the label kind of its highlight. */
function painted(): { kind: string; range: Range; label: string }[] {
  const all: { kind: string; range: Range; label: string }[] = [];
  for (const [name, ranges] of registry) {
    const kind = KIND_OF[name];
    if (kind === undefined) continue;
    for (const range of ranges) all.push({ kind, range, label: `${kind}:${range.toString()}` });
  }
  return all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
}

/** Where each text node of the body starts in its text, for finding lookalikes. */
function bodyText(): { text: string; offsetOf: (r: Range) => number } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const start = new Map<Node, number>();
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    start.set(n, text.length);
    text += (n as Text).data;
  }
  return { text, offsetOf: (r) => (start.get(r.startContainer) ?? 0) + r.startOffset };
}

describe('GOV.UK pages that are not about probation', () => {
  it('has tax, budget, immigration, passport and prison pages', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(5);
  });

  it.each(PAGES)('%s: no probation highlight but the probation jargon it holds, nothing on a lookalike', async (name) => {
    page = await scanFixture(name);
    const expected = expectedOf(name);
    const all = painted();
    const words = contentWordCount(document);
    const count = (kinds: readonly string[]) => all.filter((a) => kinds.includes(a.kind)).length;
    rows.push(`| ${name.replace('everyday/', '')} | ${words} | ${all.length} | ${(1000 * all.length / words).toFixed(1)} | ` +
      `${(1000 * count(PROBATION_KINDS) / words).toFixed(1)} | ${Object.values(KIND_OF).map((k) => count([k])).join(' / ')} |`);

    const labels = expected.occurrences.map((o) => `${o.kind}:${o.text}`);
    expect(all.filter((a) => PROBATION_KINDS.includes(a.kind)).map((a) => a.label), 'probation highlights')
      .toEqual(labels.filter((l) => PROBATION_KINDS.includes(l.split(':')[0] ?? '')));
    expect(all.map((a) => a.label), 'every highlight, as labelled').toEqual(labels);

    const { text, offsetOf } = bodyText();
    for (const lookalike of expected.mustNotMatch) {
      const at = text.indexOf(lookalike);
      expect(at, `"${lookalike}" is on the page`).toBeGreaterThanOrEqual(0);
      for (let i = at; i >= 0; i = text.indexOf(lookalike, i + 1)) {
        const touching = all.filter((a) => offsetOf(a.range) < i + lookalike.length && offsetOf(a.range) + a.range.toString().length > i);
        expect(touching.map((a) => a.label), `nothing marked in "${lookalike}"`).toEqual([]);
      }
    }
  });

  afterAll(() => {
    console.log('underlines on non-probation GOV.UK pages\n| page | words | underlines | per 1,000 words | probation ones per 1,000 words | ' +
      `${Object.values(KIND_OF).join(' / ')} |\n${rows.join('\n')}`);
  });
});

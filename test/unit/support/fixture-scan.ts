/**
 * Loads a fixture page into jsdom's document and scans it as the content script does (the real matcher,
 * page model and scanner), for the labelled fixture tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILTIN } from '../../../src/core/builtin';
import { compileMatcher } from '../../../src/core/matcher';
import { PHRASE_FALSE_FRIENDS } from '../../../src/core/phrases-data';
import { OccurrenceIndex, type Occurrence } from '../../../src/content/occurrences';
import { PageModel } from '../../../src/content/page-model';
import { startScanner, type Scanner } from '../../../src/content/scanner';
import { contentRoot, createSkipTest } from '../../../src/content/skip';

// Paths from the project root: under jsdom, import.meta.url is not a file URL.
/** The fixtures folder. */
export const FIXTURES = resolve('test/fixtures');

/** What a labelled page's expected.json holds (see test/fixtures/LABELLING.md). */
export interface Expected {
  occurrences: { text: string; kind: string; term: string }[];
  mustNotMatch: string[];
}

const matcher = compileMatcher(BUILTIN, PHRASE_FALSE_FRIENDS);

/** A page scanned: its occurrences in order, and how to stop. */
export interface ScannedPage {
  readonly occurrences: readonly Occurrence[];
  stop(): void;
}

/** Replaces the document with the fixture `name` (from test/fixtures, without .html) and scans it to the end. */
export async function scanFixture(name: string): Promise<ScannedPage> {
  const html = readFileSync(resolve(FIXTURES, `${name}.html`), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  const index = new OccurrenceIndex(document);
  const scanner: Scanner = startScanner(document, new PageModel(matcher, BUILTIN, index));
  await scanner.ready;
  return {
    occurrences: index.inOrder(),
    stop: () => {
      scanner.stop();
      index.dispose();
    },
  };
}

/** The expected results beside a fixture page. */
export function expectedOf(name: string): Expected {
  return JSON.parse(readFileSync(resolve(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
}

/** The words of the page's content (what the scanner reads: main, without chrome), counted. */
export function contentWordCount(doc: Document): number {
  const root = contentRoot(doc);
  if (root === null) return 0;
  const skipped = createSkipTest(root);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let words = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent === null || skipped(parent)) continue;
    words += (n as Text).data.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  }
  return words;
}

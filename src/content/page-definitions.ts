/**
 * Reads the acronyms a page defines: in running text ("Modern Probation Theory (MPT)"), in
 * <abbr title> elements, and in glossary annexes (definition lists, or tables under a heading
 * or caption that says glossary, abbreviations, acronyms or terms).
 */
import { findDefinitions, pairDefinition } from '../core/definitions';

/** An acronym as this page defines it. */
export interface PageDefinition {
  readonly short: string;
  readonly long: string;
  /** The sentence that defines it in running text, shown on the card; empty for markup, which says no more than the long form. */
  readonly sentence: string;
  readonly source: 'text' | 'abbr' | 'annex';
}

const BLOCK = 'p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, blockquote, figcaption, caption, summary, div, section, article, main, body';
const ANNEX_HEADING = /glossary|abbreviation|acronym|\bterms\b/i;
const MAX_SENTENCE = 300;

/** The nearest block element around a node, whose text is read as one for definitions. */
export function blockOf(node: Node): Element | null {
  return node.parentElement?.closest(BLOCK) ?? null;
}

/** The sentence around a span of text, trimmed to a readable length. */
export function sentenceAround(text: string, start: number, end: number): string {
  // Only the last MAX_SENTENCE characters can matter; a search of everything before would make a
  // long paragraph with many definitions quadratic.
  const offset = Math.max(0, start - MAX_SENTENCE);
  const before = text.slice(offset, start);
  const lastStop = before.search(/[.!?]\s+[^.!?]*$/);
  const from = lastStop === -1 ? offset : offset + lastStop + 1;
  const after = text.slice(end, end + MAX_SENTENCE + 1);
  const nextStop = /[.!?](\s|$)/.exec(after);
  const to = Math.min(nextStop ? end + nextStop.index + 1 : text.length, end + MAX_SENTENCE);
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** Definitions in the running text of one block; brackets holding just a short form in `known` are passed over (see findDefinitions). */
export function definitionsInBlock(block: Element, known?: ReadonlySet<string>): PageDefinition[] {
  const text = block.textContent ?? '';
  if (!text.includes('(')) return [];
  return findDefinitions(text, known).map((d) => ({ short: d.short, long: d.long, sentence: sentenceAround(text, d.start, d.end), source: 'text' as const }));
}

function pair(short: string | null | undefined, long: string | null | undefined, source: PageDefinition['source']): PageDefinition | null {
  const d = pairDefinition((short ?? '').trim(), (long ?? '').replace(/\s+/g, ' ').trim());
  return d ? { short: d.short, long: d.long, sentence: '', source } : null;
}

/** Whether a table is a glossary annex, by its caption, header or the heading before it. */
function isAnnexTable(table: HTMLTableElement): boolean {
  if (ANNEX_HEADING.test(table.caption?.textContent ?? '') || ANNEX_HEADING.test(table.tHead?.textContent ?? '')) return true;
  let prev = table.previousElementSibling;
  for (let i = 0; prev !== null && i < 3; i++, prev = prev.previousElementSibling) {
    if (/^H[1-6]$/.test(prev.tagName)) return ANNEX_HEADING.test(prev.textContent ?? '');
  }
  return false;
}

/** Definitions given by markup: abbr titles, definition lists and glossary tables. */
export function definitionsInMarkup(root: Element): PageDefinition[] {
  const found: PageDefinition[] = [];
  const add = (d: PageDefinition | null) => { if (d) found.push(d); };
  // The first definition of a form wins (PageModel.define), and a page repeats its abbr elements
  // hundreds of times: a form already paired is not paired again.
  const paired = new Set<string>();
  for (const abbr of root.querySelectorAll('abbr[title]')) {
    const short = abbr.textContent ?? '';
    if (paired.has(short)) continue;
    const d = pair(short, abbr.getAttribute('title'), 'abbr');
    if (d) paired.add(short);
    add(d);
  }
  for (const dt of root.querySelectorAll('dl > dt, dl > div > dt')) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') add(pair(dt.textContent, dd.textContent, 'annex'));
  }
  for (const table of root.querySelectorAll('table')) {
    if (!isAnnexTable(table)) continue;
    for (const row of table.tBodies[0]?.rows ?? table.rows) {
      const [a, b] = row.cells;
      if (a && b?.tagName === 'TD') add(pair(a.textContent, b.textContent, 'annex'));
    }
  }
  return found;
}

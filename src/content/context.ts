/**
 * The context a term is read in, shared by the highlight and the card so that both weigh it the same: the
 * passage around an occurrence, and the page as a whole (its title, headings and the meanings of its terms).
 */
import { wordsOfWhole } from '../core/renamed-context';
import type { GlossaryEntry } from '../shared/types';

/** How far around a term its passage reaches, in characters each side. */
const NEARBY = 300;
// The text a sense is chosen from: the paragraph-like element around the term, never a whole section.
const PASSAGE = 'p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, blockquote, figcaption, caption';

/** The text around characters start..end of a text node, within its paragraph-like element. */
export function passageAround(node: Text, start: number, end: number): string {
  const block = node.parentElement?.closest(PASSAGE)?.textContent ?? node.data;
  const at = Math.max(0, block.indexOf(node.data));
  return block.slice(Math.max(0, at + start - NEARBY), at + end + NEARBY);
}

/**
 * The content words of a page as a whole: its title and headings, and the meaning of each of its
 * single-sense glossary terms (core/renamed-context's wordsOfWhole, as for a PDF).
 */
export function wordsOfPage(doc: Document, glossary: readonly GlossaryEntry[], entries: Iterable<number>): Set<string> {
  const headings = [...doc.querySelectorAll('h1, h2, h3')].map((h) => h.textContent ?? '');
  return wordsOfWhole([doc.title, ...headings], glossary, entries);
}

/** Turns an occurrence on the page into the card that explains it. */
import { cardModel, type CardModel } from '../core/card-model';
import { contentWords } from '../core/senses';
import type { GlossaryEntry } from '../shared/types';
import type { Occurrence } from './occurrences';
import type { PageModel } from './page-model';

const NEARBY = 300;
// The text a sense is chosen from: the paragraph-like element around the term, never a whole section.
const PASSAGE = 'p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, blockquote, figcaption, caption';

/**
 * A describer bound to one page. The context shared by every card is the page's title and headings
 * and the meanings of the other terms on it: a page about prison wings and ROTL talks about prisons.
 */
export function createDescriber(
  doc: Document, glossary: readonly GlossaryEntry[], page: PageModel, occurrences: () => readonly Occurrence[], personalFrom = glossary.length,
  teamFrom = personalFrom,
): (o: Occurrence) => CardModel {
  let pageWords: Set<string> | undefined;
  const wordsOfPage = (): Set<string> => {
    const entries = new Set(occurrences().map((o) => o.entry).filter((e) => e >= 0));
    const meanings = [...entries].map((e) => glossary[e]?.senses.length === 1 ? glossary[e]?.senses[0]?.expansion : '');
    const headings = [...doc.querySelectorAll('h1, h2, h3')].map((h) => h.textContent ?? '');
    return contentWords([doc.title, ...headings, ...meanings].join(' ').slice(0, 50_000));
  };
  return (o) => {
    pageWords ??= wordsOfPage();
    const block = o.node.parentElement?.closest(PASSAGE)?.textContent ?? o.node.data;
    const at = Math.max(0, block.indexOf(o.node.data));
    const nearby = block.slice(Math.max(0, at + o.start - NEARBY), at + o.end + NEARBY);
    const entry = o.entry >= 0 ? glossary[o.entry] : undefined;
    const defined = page.definitions.get(entry?.term ?? o.token) ?? page.definitions.get(o.token);
    return cardModel({
      token: o.token,
      written: o.node.data.slice(o.start, o.end),
      ...(entry ? { entry } : {}),
      ...(defined ? { page: defined } : {}),
      ...(o.entry >= personalFrom ? { personal: true } : o.entry >= teamFrom ? { team: true } : {}),
      nearby,
      pageWords,
    });
  };
}

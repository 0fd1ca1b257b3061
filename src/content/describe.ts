/** Turns an occurrence on the page into the card that explains it. */
import { cardModel, type CardModel } from '../core/card-model';
import type { GlossaryEntry } from '../shared/types';
import { passageAround } from './context';
import type { Occurrence } from './occurrences';
import type { PageModel } from './page-model';

/**
 * A describer bound to one page. The context shared by every card is the page's title and headings
 * and the meanings of the other terms on it (the page model's, so a card weighs it as the highlight did).
 */
export function createDescriber(
  glossary: readonly GlossaryEntry[], page: PageModel, personalFrom = glossary.length, teamFrom = personalFrom,
): (o: Occurrence) => CardModel {
  return (o) => {
    const pageWords = page.pageWords();
    const nearby = passageAround(o.node, o.start, o.end);
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

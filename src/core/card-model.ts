/**
 * What a definition card says, as data: a pure function of the glossary entry, the page's own
 * definition and the words around the term, so every combination is tested without a browser.
 */
import type { Category, GlossaryEntry, Renamed, Replaces } from '../shared/types';
import { aboutProbation, rankSenses } from './senses';

/** One meaning shown on the card. */
export interface CardSense {
  readonly expansion: string;
  readonly category?: Category;
  readonly definition?: string;
  /** Where a built-in meaning was checked: "MoJ acronyms list (2026)". */
  readonly source?: string;
}

/** Everything the card shows. */
export interface CardModel {
  /** The term as the glossary or the page writes it: "SFO", "MPT". */
  readonly title: string;
  /** The text as written where the reader met it, when different: "SFOs". */
  readonly written?: string;
  /** Where the meaning comes from. */
  readonly source: 'glossary' | 'team' | 'personal' | 'page' | 'unknown';
  /** The most likely meaning first; empty for an unknown acronym. */
  readonly senses: readonly CardSense[];
  /** The sentence or annex row that defines it on this page. */
  readonly definedBy?: string;
  readonly renamed?: Renamed;
  /** A current name: the older names it replaced. */
  readonly replaces?: Replaces;
}

/** What the page says about a term, if anything. */
export interface PageSaid {
  readonly long: string;
  readonly sentence: string;
}

/**
 * A renamed phrase written in lower case: an everyday word of English (offender), not a name of probation's
 * own, so it is renamed (and highlighted as renamed) only where the text is about probation.
 */
export const everydayRenamed = (entry: GlossaryEntry): boolean =>
  entry.renamed !== undefined && entry.phrase === true && entry.term === entry.term.toLowerCase();

/** Builds the card for a term met on a page. */
export function cardModel(args: {
  readonly token: string;
  readonly written: string;
  readonly entry?: GlossaryEntry;
  readonly page?: PageSaid;
  /** Text around the term, for choosing among senses. */
  readonly nearby: string;
  /** Content words of the page as a whole. */
  readonly pageWords?: ReadonlySet<string>;
  /** The entry is the reader's own. */
  readonly personal?: boolean;
  /** The entry is the organisation's (the team glossary set by policy). */
  readonly team?: boolean;
}): CardModel {
  const { token, written, entry, page } = args;
  const title = entry?.term ?? token;
  // An everyday word that probation renamed ("offender") is renamed only where probation is meant: "serial
  // offenders" on a tax page, or offenders in a prison statement, are not people on probation. A name of
  // probation's own (NPS, Offender Manager) says what it is called now wherever it appears.
  const renamed = entry?.renamed && (!everydayRenamed(entry) || aboutProbation(args.nearby, args.pageWords)) ? entry.renamed : undefined;
  const base = { title, ...(written !== title ? { written } : {}), ...(renamed ? { renamed } : {}), ...(entry?.replaces ? { replaces: entry.replaces } : {}) };
  const ranked = entry ? rankSenses(entry.senses, args.nearby, args.pageWords) : [];
  if (page) {
    // The page's own definition outranks the glossary on that page; glossary senses that say
    // something else follow as other meanings.
    const same = (e: string) => e.toLowerCase().replace(/[^a-z]/g, '') === page.long.toLowerCase().replace(/[^a-z]/g, '');
    const match = ranked.find((s) => same(s.expansion));
    const first: CardSense = {
      expansion: page.long, ...(match?.category ? { category: match.category } : {}), ...(match?.definition ? { definition: match.definition } : {}),
      ...(match?.source ? { source: match.source } : {}),
    };
    return { ...base, source: 'page', senses: [first, ...ranked.filter((s) => s !== match)], ...(page.sentence ? { definedBy: page.sentence } : {}) };
  }
  if (entry) return { ...base, source: args.personal ? 'personal' : args.team ? 'team' : 'glossary', senses: ranked };
  return { ...base, source: 'unknown', senses: [] };
}

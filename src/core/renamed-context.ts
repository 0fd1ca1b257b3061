/**
 * When an everyday word probation renamed ("offender") is shown as renamed: one rule for web pages
 * (src/content/page-model.ts) and PDFs (core/document-terms.ts), and the words of a page or a document as a
 * whole that it is weighed against. "Serial offenders" on a tax page, or offenders in a prison statement, are
 * not people on probation; a name of probation's own (NPS, Offender Manager) is renamed wherever it appears.
 * Pure.
 */
import { everydayRenamed } from './card-model';
import { aboutProbation, contentWords } from './senses';
import type { GlossaryEntry } from '../shared/types';

/** The glossary entries that are everyday renamed words (see everydayRenamed), by index. */
export function everydayEntries(glossary: readonly GlossaryEntry[]): ReadonlySet<number> {
  return new Set(glossary.flatMap((entry, i) => (everydayRenamed(entry) ? [i] : [])));
}

/**
 * The content words of a page or a document as a whole: its title and headings, and the meaning of each of
 * its single-sense glossary terms (a page about prison wings and ROTL talks about prisons).
 */
export function wordsOfWhole(titles: readonly string[], glossary: readonly GlossaryEntry[], entries: Iterable<number>): Set<string> {
  const meanings: string[] = [];
  for (const e of entries) {
    const senses = glossary[e]?.senses;
    if (senses?.length === 1 && senses[0]) meanings.push(senses[0].expansion);
  }
  return contentWords([...titles, ...meanings].join(' ').slice(0, 50_000));
}

/**
 * Whether a renamed glossary match is shown as renamed: always for probation's own names; for an everyday
 * word only where the page or document as a whole (`wholeIsAbout`, asked only then) or the passage around
 * it is about probation.
 */
export function showsRenamed(entry: number, everyday: ReadonlySet<number>, wholeIsAbout: () => boolean, passage: () => string): boolean {
  return !everyday.has(entry) || wholeIsAbout() || aboutProbation(passage());
}

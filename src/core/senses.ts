/**
 * Picks the most likely sense of an ambiguous term from the words around it and the page's other
 * terms: PO near "prison wing" is a Prison Officer; near "supervision" a Probation Officer.
 */
import type { Sense } from '../shared/types';

const STOP = new Set(
  'the of and a an in on for to by or with from at as is are be its their this that which who what it his her hm his majesty s'.split(' '),
);

/** Lower-case content words of a text, for overlap scoring. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (w.length > 2 && !STOP.has(w)) words.add(w.length > 4 ? w.replace(/(ies|es|s)$/u, '') : w);
  }
  return words;
}

function overlap(cues: Set<string>, context: Set<string>): number {
  let n = 0;
  for (const c of cues) if (context.has(c)) n++;
  return n;
}

/**
 * Orders senses by how well their words (expansion, definition and category) match the text near
 * the term (counted twice) and the page as a whole; ties keep the glossary's order, which puts the
 * usual probation sense first.
 */
export function rankSenses(senses: readonly Sense[], nearby: string, page: ReadonlySet<string> = new Set()): Sense[] {
  if (senses.length < 2) return [...senses];
  const near = contentWords(nearby);
  const scored = senses.map((sense, order) => {
    const cues = contentWords(`${sense.expansion} ${sense.definition ?? ''}`);
    return { sense, order, score: 2 * overlap(cues, near) + overlap(cues, page as Set<string>) };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((s) => s.sense);
}

/**
 * Words that put a passage in probation's world: a prison statement or a tax page uses none of them. Prison
 * words (licence, recall, parole) are left out: a prison statement uses them without being about probation.
 */
const PROBATION_CUES = contentWords('probation practitioner supervision supervised supervising unpaid MAPPA PDU OASys Delius nDelius');

/**
 * Whether the text near a term or the page as a whole (its title, headings and the meanings of its other
 * terms, as for rankSenses) is about probation: one probation cue in either is enough.
 */
export function aboutProbation(nearby: string, page: ReadonlySet<string> = new Set()): boolean {
  return overlap(PROBATION_CUES, contentWords(nearby)) + overlap(PROBATION_CUES, page as Set<string>) > 0;
}

/**
 * Whether two long forms name the same thing: at least half the content words of the shorter are in the
 * other ("HM Prison and Probation Service" and "His Majesty's Prison and Probation Service" do; "Making Tax
 * Digital" and "Mid-Transfer Date" do not).
 */
export function sameMeaning(a: string, b: string): boolean {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size === 0 || y.size === 0) return a.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') === b.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const shared = overlap(x, y);
  return shared > 0 && 2 * shared >= Math.min(x.size, y.size);
}

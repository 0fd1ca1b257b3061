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

import type { GlossaryEntry, TermMatch } from '../shared/types';
import { formsOf } from './glossary';

/** Finds glossary terms in plain text; compiled once per glossary, then reused for every text node. */
export interface Matcher {
  /** All non-overlapping occurrences in `text`, in order. */
  find(text: string): TermMatch[];
}

/** Written forms that look like a term but are not one ("PO Box"); they consume the text so nothing inside matches. */
export const FALSE_FRIENDS: readonly string[] = ['PO Box', 'PO BOX', 'PO Boxes'];

const NOT_A_TERM = -1;
// An ending that still names the term: plural (SFOs), possessive (SFO's, PSO’s), plural possessive (SFOs’).
const ENDING = "(?:s['’]|['’]s|s)?";
const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';
const CAPS_WORD = /^\p{Lu}[\p{Lu}\p{N}]+$/u;

function escapeForm(form: string): string {
  // Spaces inside a form ("HMI Probation") tolerate any run of whitespace, as pages wrap lines anywhere.
  return form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+');
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Compiles one case-sensitive regular expression for every form of every entry, longest form first. */
export function compileMatcher(entries: readonly GlossaryEntry[]): Matcher {
  const byForm = new Map<string, number>();
  const common = new Set<number>();
  entries.forEach((entry, index) => {
    if (entry.lookupOnly) return;
    if (entry.commonWord) common.add(index);
    for (const form of formsOf(entry)) byForm.set(normaliseSpace(form), index);
  });
  for (const form of FALSE_FRIENDS) byForm.set(form, NOT_A_TERM);
  if (byForm.size === 0) return { find: () => [] };

  const alternatives = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeForm);
  const pattern = new RegExp(
    `(?<!${LETTER_OR_DIGIT})(${alternatives.join('|')})${ENDING}(?!${LETTER_OR_DIGIT})`,
    'gu',
  );

  const isCapsWord = (word: string | undefined): boolean =>
    word !== undefined && CAPS_WORD.test(word) && !byForm.has(word);

  /** A common word among other words in capitals is part of shouted text, not an abbreviation. */
  const inShoutedText = (text: string, start: number, end: number): boolean => {
    const before = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
    const after = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)/u.exec(text.slice(end, end + 40))?.[1];
    return isCapsWord(before) || isCapsWord(after);
  };

  return {
    find(text: string): TermMatch[] {
      const found: TermMatch[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const form = m[1] ?? '';
        const entry = byForm.get(/\s/.test(form) ? normaliseSpace(form) : form);
        if (entry === undefined || entry === NOT_A_TERM) continue;
        const start = m.index;
        const end = start + m[0].length;
        if (common.has(entry) && inShoutedText(text, start, end)) continue;
        found.push({ start, end, entry });
      }
      return found;
    },
  };
}

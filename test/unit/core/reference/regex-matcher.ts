// The matcher and token finder as they were before the single-pattern rewrite (three Unicode
// patterns per text): kept as the oracle that matcher-equivalence.test.ts compares the new one with.

import type { GlossaryEntry, TermMatch } from '../../../../src/shared/types';
import { formsOf } from '../../../../src/core/glossary';

/** Finds glossary terms in plain text; compiled once per glossary, then reused for every text node. */
export interface Matcher {
  /** All non-overlapping occurrences in `text`, in order. */
  find(text: string): TermMatch[];
  /** Whether a written form (as found, ending removed) is a glossary form. */
  isForm(word: string): boolean;
}

/** Forms that look like a term but are not one ("PO Box"); they consume the text so nothing inside matches. */
export const FALSE_FRIENDS: readonly string[] = ['PO Box', 'PO BOX', 'PO Boxes'];

const NOT_A_TERM = -1;
// An ending that still names the term: plural (SFOs), possessive (SFO's, PSO’s), plural possessive (SFOs’).
const ENDING = "(?:s['’]|['’]s|s)?";
const EDGE = '[\\p{L}\\p{N}]';
const CAPS_WORD = /^\p{Lu}[\p{Lu}\p{N}]+$/u;
const HYPHENS = /[-‐‑‒–—]/g;

function escape(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Phrases tolerate any run of whitespace between words and any hyphen or dash (or a space) for a hyphen. */
function phrasePattern(form: string): string {
  return form.split(/\s+/).map((word) => escape(word).replace(HYPHENS, '[-‐‑‒–—\\s]?')).join('\\s+');
}

/** The key a phrase is looked up by: lower case, with spaces and hyphens dropped ("multi agency" = "Multi-Agency"). */
function phraseKey(text: string): string {
  return text.toLowerCase().replace(/[\s\-‐‑‒–—]+/g, '');
}

function alternation(forms: Iterable<string>, toPattern: (form: string) => string): string {
  return [...forms].sort((a, b) => b.length - a.length).map(toPattern).join('|');
}

/** Keeps the earliest, then longest, of overlapping matches; drops false friends last. */
function resolveOverlaps(matches: TermMatch[]): TermMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMatch[] = [];
  let end = -1;
  for (const m of matches) {
    if (m.start < end) continue;
    kept.push(m);
    end = m.end;
  }
  return kept.filter((m) => m.entry !== NOT_A_TERM);
}

/**
 * Compiles the glossary into two regular expressions: abbreviations case-sensitive, phrases in any
 * case. Each lists its forms longest first, so the longest form wins at any position.
 */
export function compileMatcher(entries: readonly GlossaryEntry[], phraseFalseFriends: readonly string[] = []): Matcher {
  const abbreviations = new Map<string, number>();
  // Phrases are looked up by a loose key but matched by their written forms.
  const phrases = new Map<string, number>();
  const phraseForms = new Set<string>();
  const common = new Set<number>();
  // Spelled-out forms of abbreviations ("home detention curfew" for HDC) match as phrases and are marked
  // spelled (added with issue 12, for the quieter style); a look-up-only entry keeps its spelled forms.
  const spelledKeys = new Set<string>();
  entries.forEach((entry, index) => {
    if (entry.commonWord) common.add(index);
    for (const form of entry.lookupOnly ? [] : formsOf(entry)) {
      if (entry.phrase) {
        phrases.set(phraseKey(form), index);
        phraseForms.add(form);
      } else abbreviations.set(form.replace(/\s+/g, ' '), index);
    }
    for (const form of entry.spelled ?? []) {
      if (phrases.has(phraseKey(form))) continue;
      phrases.set(phraseKey(form), index);
      phraseForms.add(form);
      if (!entry.phrase) spelledKeys.add(phraseKey(form));
    }
  });
  for (const form of FALSE_FRIENDS) abbreviations.set(form, NOT_A_TERM);
  if (phrases.size > 0) {
    for (const form of phraseFalseFriends) {
      phrases.set(phraseKey(form), NOT_A_TERM);
      phraseForms.add(form);
    }
  }

  const wrap = (body: string, flags: string): RegExp | null =>
    // An ampersand glued to a word on either side makes the letters part of a name ("NS&I"): added with issue 12.
    body === '' ? null : new RegExp(`(?<!${EDGE}|${EDGE}&)(${body})${ENDING}(?!${EDGE}|&${EDGE})`, flags);
  const abbreviationPattern = wrap(alternation(abbreviations.keys(), (f) => escape(f).replace(/ +/g, '\\s+')), 'gu');
  const phrasePatternAll = wrap(alternation(phraseForms, phrasePattern), 'giu');

  const isCapsWord = (word: string | undefined): boolean =>
    word !== undefined && CAPS_WORD.test(word) && !abbreviations.has(word);

  /** A common word among other words in capitals is part of shouted text, not an abbreviation. */
  const inShoutedText = (text: string, start: number, end: number): boolean => {
    const before = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
    const after = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)/u.exec(text.slice(end, end + 40))?.[1];
    return isCapsWord(before) || isCapsWord(after);
  };

  const collect = (pattern: RegExp | null, text: string, lookup: (form: string) => number | undefined, into: TermMatch[], spelled = false): void => {
    if (pattern === null) return;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const entry = lookup(m[1] ?? '');
      if (entry === undefined) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (common.has(entry) && inShoutedText(text, start, end)) continue;
      into.push(spelled && spelledKeys.has(phraseKey(m[1] ?? '')) ? { start, end, entry, spelled: true } : { start, end, entry });
    }
  };

  return {
    find(text: string): TermMatch[] {
      const found: TermMatch[] = [];
      collect(abbreviationPattern, text, (f) => abbreviations.get(/\s/.test(f) ? f.replace(/\s+/g, ' ') : f), found);
      collect(phrasePatternAll, text, (f) => phrases.get(phraseKey(f)), found, true);
      return resolveOverlaps(found);
    },
    isForm(word: string): boolean {
      return abbreviations.has(word);
    },
  };
}

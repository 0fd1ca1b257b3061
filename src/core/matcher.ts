import type { GlossaryEntry, TermMatch } from '../shared/types';
import { readToken, TOKEN_PATTERN, type Candidate } from './candidates';
import { formsOf } from './glossary';
import { isWordChar, WORD_CHARS } from './text-classes';

/** What one pass over a text finds. */
export interface TextScan {
  /** Glossary terms, in order, not overlapping. */
  readonly matches: TermMatch[];
  /** Acronym-shaped tokens the glossary does not know, in order, not overlapping the terms. */
  readonly candidates: Candidate[];
}

/** Finds glossary terms in plain text; compiled once per glossary, then reused for every text node. */
export interface Matcher {
  /** All non-overlapping occurrences in `text`, in order. */
  find(text: string): TermMatch[];
  /** Terms and unknown acronym-shaped tokens together, in one pass over `text`. */
  scan(text: string): TextScan;
  /** Whether a written form (as found, ending removed) is a glossary form. */
  isForm(word: string): boolean;
}

/** Forms that look like a term but are not one ("PO Box"); they consume the text so nothing inside matches. */
export const FALSE_FRIENDS: readonly string[] = ['PO Box', 'PO BOX', 'PO Boxes'];

const NOT_A_TERM = -1;
// An ending that still names the term: plural (SFOs), possessive (SFO's, PSO’s), plural possessive (SFOs’).
const ENDING = "(?:s['’]|['’]s|s)?";
const EDGE = `[${WORD_CHARS}]`;
const CAPS_WORD = /^\p{Lu}[\p{Lu}\p{N}]+$/u;
const HYPHEN = /^[-‐‑‒–—]$/;

function escape(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Phrases match in any case, tolerate any run of whitespace between words and any hyphen or dash (or
 * a space, or nothing) for a hyphen.
 */
function phrasePattern(form: string): string {
  return form.split(/\s+/).map((word) => [...word].map((ch) => (HYPHEN.test(ch) ? '[-‐‑‒–—\\s]?' : anyCase(ch))).join('')).join('\\s+');
}

/** The key a phrase is looked up by: lower case, with spaces and hyphens dropped ("multi agency" = "Multi-Agency"). */
function phraseKey(text: string): string {
  return text.toLowerCase().replace(/[\s\-‐‑‒–—]+/g, '');
}

/**
 * The nearest word (letters and digits) within 40 characters before `at` (direction -1) or after it
 * (direction 1), across anything else; undefined when there is none.
 */
function nearestWord(text: string, at: number, direction: -1 | 1): string | undefined {
  const limit = direction < 0 ? Math.max(0, at - 40) : Math.min(text.length, at + 40);
  if (direction < 0) {
    let end = at;
    while (end > limit && !isWordChar(text, end - 1)) end--;
    let begin = end;
    while (begin > limit && isWordChar(text, begin - 1)) begin--;
    return begin < end ? text.slice(begin, end) : undefined;
  }
  let begin = at;
  while (begin < limit && !isWordChar(text, begin)) begin++;
  let end = begin;
  while (end < limit && isWordChar(text, end)) end++;
  return begin < end ? text.slice(begin, end) : undefined;
}

/** A letter as a class of its upper and lower case, so a pattern without flags matches it in any case. */
function anyCase(ch: string): string {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper || lower.length !== 1 || upper.length !== 1) return escape(ch);
  return `[${lower}${upper}]`;
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
  const spelledKeys = new Set<string>();
  entries.forEach((entry, index) => {
    if (entry.commonWord) common.add(index);
    // A look-up-only term is never matched as written; its spelled-out forms still are.
    for (const form of entry.lookupOnly ? [] : formsOf(entry)) {
      if (entry.phrase) {
        phrases.set(phraseKey(form), index);
        phraseForms.add(form);
      } else abbreviations.set(form.replace(/\s+/g, ' '), index);
    }
    // Written out ("home detention curfew"), an abbreviation matches as a phrase, in a quieter style.
    for (const form of entry.spelled ?? []) {
      const key = phraseKey(form);
      if (phrases.has(key)) continue;
      phrases.set(key, index);
      phraseForms.add(form);
      if (!entry.phrase) spelledKeys.add(key);
    }
  });
  for (const form of FALSE_FRIENDS) abbreviations.set(form, NOT_A_TERM);
  if (phrases.size > 0) {
    for (const form of phraseFalseFriends) {
      phrases.set(phraseKey(form), NOT_A_TERM);
      phraseForms.add(form);
    }
  }

  // One pattern for everything: every form, longest first (abbreviations as written, phrases in any
  // case), each with its ending and a word edge after it; then, last, the start of an unknown token.
  // Without the 'u' flag V8 can skip ahead to the characters a term can start with: about six times
  // faster than two Unicode patterns and a third for tokens. The terms begin at a word edge (a
  // one-character look-behind): inside a word, where most characters are, the hundreds of alternatives
  // (the phrases' any-case letters start with nearly every letter) are then never tried, which halved
  // the pattern's time on the benchmark's pages. A term's letters inside a longer word were never a term:
  // the token branch still reads such a word when it has two capitals, as the term's hit did.
  const forms = [
    ...[...abbreviations.keys()].map((f) => ({ f, p: escape(f).replace(/ +/g, '\\s+') })),
    ...[...phraseForms].map((f) => ({ f, p: phrasePattern(f) })),
  ].sort((a, b) => b.f.length - a.f.length).map((x) => x.p);
  const termBranch = forms.length > 0 ? `(?<!${EDGE})(${forms.join('|')})${ENDING}(?!${EDGE}|&${EDGE})|` : '';
  const pattern = new RegExp(`${termBranch}${TOKEN_PATTERN}`, 'g');

  // Most neighbours are small words ("the", "and"): a word whose second character is an ASCII small letter
  // is not in capitals, known without the Unicode pattern.
  const isCapsWord = (word: string | undefined): boolean => {
    if (word === undefined || word.length < 2) return false;
    const second = word.charCodeAt(1);
    if (second >= 97 && second <= 122) return false;
    return CAPS_WORD.test(word) && !abbreviations.has(word);
  };

  /** A common word among other words in capitals is part of shouted text, not an abbreviation. */
  const inShoutedText = (text: string, start: number, end: number): boolean =>
    isCapsWord(nearestWord(text, start, -1)) || isCapsWord(nearestWord(text, end, 1));

  const entryOf = (form: string): number | undefined => {
    const exact = abbreviations.get(form);
    if (exact !== undefined) return exact;
    const spaced = form.replace(/\s+/g, ' ');
    return (spaced === form ? undefined : abbreviations.get(spaced)) ?? phrases.get(phraseKey(form));
  };
  const isForm = (word: string): boolean => abbreviations.has(word);

  const scan = (text: string): TextScan => {
    const matches: TermMatch[] = [];
    const candidates: Candidate[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const form = m[1];
      // Glued by an ampersand to a word, the letters are part of a name or code ("NS&I"), not a term.
      if (form === undefined || isWordChar(text, start - 1) || (text.charCodeAt(start - 1) === 38 && isWordChar(text, start - 2))) {
        // A token, or a term's letters inside a longer word: read the whole word as a token.
        const read = readToken(text, start, isForm);
        if (read.candidate) candidates.push(read.candidate);
        pattern.lastIndex = read.next;
        continue;
      }
      const entry = entryOf(form);
      if (entry === undefined || entry === NOT_A_TERM) continue;
      if (common.has(entry) && inShoutedText(text, start, end)) continue;
      if (spelledKeys.size > 0 && !abbreviations.has(form) && spelledKeys.has(phraseKey(form))) matches.push({ start, end, entry, spelled: true });
      else matches.push({ start, end, entry });
    }
    return { matches, candidates };
  };

  return { scan, find: (text) => scan(text).matches, isForm };
}

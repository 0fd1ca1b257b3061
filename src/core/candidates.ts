/**
 * Acronym-shaped tokens that the glossary does not know, minus the capitals that are not jargon:
 * shouted text, emphasis, initials in names, roman numerals, state codes, everyday abbreviations,
 * codes and hashes. What is left is either defined by the page or, if it recurs, flagged as unknown.
 */

import { isAcronymShaped } from './definitions';
import { isWordChar, UPPER_CHARS, WORD_CHARS } from './text-classes';

/** One acronym-shaped token in a text. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  /** The token without a plural or possessive ending: "PM" for "PMs". */
  readonly token: string;
  /** Everyday capitals (emphasis, shouting, initials...): jargon only if the page defines the token. */
  readonly ordinary: boolean;
}

// Words in capitals that are emphasis or everyday abbreviations, never probation jargon.
const ORDINARY = new Set((
  'SO NOT NO YES ALL AND THE OR OK NEW NOW ONLY MUST NEVER ALWAYS VERY REALLY BUT FOR OF TO IN ON AT BY IS IT ' +
  'BE DO WE US YOU HE SHE THEY MY ME AN AS IF UP GO NB PS PPS RE CC BCC ETA FYI ASAP TBC TBA AKA ' +
  'UK GB EU USA UN NHS BBC ITV TV PC ID PDF HTML URL FAQ AM PM BST GMT CEO MP MPS GOV COVID ICT IT HR CV DIY ' +
  'VAT PIN ATM SMS GP QC KC CBE OBE MBE PhD MSc BA MA BSc LLB HMRC IQ WHO ' +
  // Government and everyday abbreviations and codes (tax, budget, transport pages): HM as in HM Treasury.
  'HM PAYE NATO MOT RPI CPI GDP CO2 HS1 HS2 IR35 NI NICs'
).split(' '));
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI IA IL IN KS KY LA ME MD MI MN MO MS MT NC ND NE NH NJ NM NV NY OH OK OR PA RI SC SD TN TX UT VA VT WA WI WV WY DC'.split(' '),
);
const ROMAN = /^(?=[IVXLCDM]{2,}$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const CAPS_WORD = /^[\p{Lu}\p{N}]{2,}$/u;

/**
 * Whether a bare token may be flagged: acronym-shaped, and stricter than a defined short form, since
 * nobody vouches for it: at most 8 characters, letters with digits only at the end (no codes like X7K9).
 */
export function isCandidateShaped(token: string): boolean {
  return token.length <= 8 && /^\p{L}+\p{N}{0,4}$/u.test(token) && isAcronymShaped(token);
}

/** Removes a plural or possessive ending: "PMs" and "MO's" give "PM" and "MO"; "CPS" stays. */
export function stripEnding(token: string): string {
  const m = /^(.*\p{Lu}.*?)(?:['’]s|s)$/u.exec(token);
  return m && m[1] && isCandidateShaped(m[1]) && /\p{Lu}$/u.test(m[1]) ? m[1] : token;
}

/** Whether a token is an everyday capital that is never jargon, whatever its context. */
export function isOrdinaryToken(token: string): boolean {
  return ORDINARY.has(token) || US_STATES.has(token) || ROMAN.test(token);
}

// Neighbouring words, skipping single letters and digits ("ANNEX B: RISK"), at most two of them, each
// after one to three other characters, within 40 characters. Read backwards by hand: a pattern
// anchored at the end of the text would be tried from every position before it.
function wordBefore(text: string, start: number): string | undefined {
  const limit = Math.max(0, start - 40);
  let nearest: string | undefined;
  let at = start;
  for (let n = 0; n < 3; n++) {
    // The gap is counted in characters: a surrogate pair (an emoji) is one.
    let end = at;
    let gap = 0;
    while (end > limit && gap <= 3 && !isWordChar(text, end - 1)) {
      end -= end - 2 >= limit && /[\uDC00-\uDFFF]/.test(text.charAt(end - 1)) && /[\uD800-\uDBFF]/.test(text.charAt(end - 2)) ? 2 : 1;
      gap++;
    }
    if (gap === 0 || gap > 3 || end <= limit) return nearest;
    let begin = end;
    while (begin > limit && isWordChar(text, begin - 1)) begin--;
    const word = text.slice(begin, end);
    if (word.length > 1) return word;
    nearest ??= word;
    at = begin;
  }
  return nearest;
}

function wordAfter(text: string, end: number): string | undefined {
  const limit = Math.min(text.length, end + 40);
  // One to three other characters, counted in characters (an emoji is one), then a word; two single
  // letters or digits on the way are stepped over, each followed by one to three other characters.
  const gapAfter = (at: number): number => {
    let i = at;
    let gap = 0;
    while (i < limit && gap <= 3 && !isWordChar(text, i)) {
      i += /[\uD800-\uDBFF]/.test(text.charAt(i)) && /[\uDC00-\uDFFF]/.test(text.charAt(i + 1)) && i + 1 < limit ? 2 : 1;
      gap++;
    }
    return gap >= 1 && gap <= 3 ? i : -1;
  };
  let at = gapAfter(end);
  let first: string | undefined;
  for (let n = 0; at !== -1 && at < limit && n < 3; n++) {
    let stop = at;
    while (stop < limit && isWordChar(text, stop)) stop++;
    if (stop === at) break;
    const word = text.slice(at, stop);
    if (word.length > 1) return word;
    first ??= word;
    at = gapAfter(stop);
  }
  return first;
}

/** Whether the token stands in shouted text ("RISK OF SERIOUS HARM") or between parts of a name ("George EP Box"). */
function ordinaryInContext(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  if ((before && CAPS_WORD.test(before) && /\p{Lu}{2}/u.test(before)) || (after && CAPS_WORD.test(after) && /\p{Lu}{2}/u.test(after))) return true;
  return before !== undefined && after !== undefined && CAPITALISED.test(before) && CAPITALISED.test(after) && text.slice(end, end + 1) === ' ';
}

// Tokens are words (letters and digits) with two capitals or more, found without the 'u' flag over
// generated classes: several times faster than \p{…} in the one big pattern the matcher builds.
const TWO_CAPITALS = /\p{Lu}[^]*\p{Lu}/u;
// Glued to these on the left ("D-OR", "Ph.D", "#ABC", "user@HOST"), a token is a code, not an acronym;
// on the right likewise, and a hyphen or dot counts only when a letter or digit follows it.
const GLUE_BEFORE = /[-‐‑.&/@#_]/;
const GLUE_AFTER = /[&/@_]/;
const JOIN_AFTER = /[-‐‑.]/;

/** The start of a token in a pattern without the 'u' flag: a capital, then a second one in the same word. */
export const TOKEN_PATTERN = `[${UPPER_CHARS}][${WORD_CHARS}]*?[${UPPER_CHARS}]`;
const TOKEN = new RegExp(TOKEN_PATTERN, 'g');


/** What reading the word around a hit gave: a candidate or nothing, and where the word ends. */
export interface TokenRead {
  readonly candidate: Candidate | null;
  /** The offset just past the word (and its possessive ending): no token or term starts before it. */
  readonly next: number;
}

/**
 * Reads the whole word around text[from] (where a hit starts inside a word) as a token: the word with two
 * capitals or more, not glued to a hyphen, dot or code punctuation, with an optional 's or ’s.
 * It is a candidate when `isKnown` does not know it and it is acronym-shaped.
 */
export function readToken(text: string, from: number, isKnown: (token: string) => boolean): TokenRead {
  let start = from;
  while (isWordChar(text, start - 1)) start--;
  let end = from;
  while (isWordChar(text, end)) end++;
  const next = end;
  const word = text.slice(start, end);
  if (!TWO_CAPITALS.test(word) || GLUE_BEFORE.test(text.charAt(start - 1))) return { candidate: null, next };
  const gluedAt = (i: number): boolean =>
    GLUE_AFTER.test(text.charAt(i)) || isWordChar(text, i) || (JOIN_AFTER.test(text.charAt(i)) && isWordChar(text, i + 1));
  // A possessive stays with the token when nothing is glued after it; otherwise it is left off.
  const possessive = /['’]/.test(text.charAt(end)) && text.charAt(end + 1) === 's' && !gluedAt(end + 2);
  if (!possessive && gluedAt(end)) return { candidate: null, next };
  const written = possessive ? end + 2 : end;
  if (isKnown(word)) return { candidate: null, next: written }; // the cheapest test first: most tokens are glossary terms
  const token = stripEnding(word);
  if (!isCandidateShaped(token) || isKnown(token)) return { candidate: null, next: written };
  const ordinary = isOrdinaryToken(token) || isOrdinaryToken(word) || ordinaryInContext(text, start, written);
  return { candidate: { start, end: written, token, ordinary }, next: written };
}

/**
 * Acronym-shaped tokens in `text` that are not glossary forms (by `isKnown`), each marked ordinary or
 * not. The matcher finds the same tokens in its own single pass; this is the pass on its own.
 */
export function findCandidates(text: string, isKnown: (token: string) => boolean): Candidate[] {
  const found: Candidate[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const read = readToken(text, m.index, isKnown);
    if (read.candidate) found.push(read.candidate);
    TOKEN.lastIndex = read.next;
  }
  return found;
}

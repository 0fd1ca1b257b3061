// The matcher and token finder as they were before the single-pattern rewrite (three Unicode
// patterns per text): kept as the oracle that matcher-equivalence.test.ts compares the new one with.

/**
 * Acronym-shaped tokens that the glossary does not know, minus the capitals that are not jargon:
 * shouted text, emphasis, initials in names, roman numerals, state codes, everyday abbreviations,
 * codes and hashes. What is left is either defined by the page or, if it recurs, flagged as unknown.
 */

import { isAcronymShaped } from '../../../../src/core/definitions';

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
  // Added with issue 12, as in src/core/candidates.ts: government and everyday abbreviations and codes.
  'HM PAYE NATO MOT RPI CPI GDP CO2 HS1 HS2 IR35 NI NICs'
).split(' '));
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI IA IL IN KS KY LA ME MD MI MN MO MS MT NC ND NE NH NJ NM NV NY OH OK OR PA RI SC SD TN TX UT VA VT WA WI WV WY DC'.split(' '),
);
const ROMAN = /^(?=[IVXLCDM]{2,}$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
// A token with two capitals or more: letters and digits, at a word start not glued to a hyphen or dot on
// either side (D-OR, Ph.D, GOV.UK). Asking for the second capital here keeps ordinary words out cheaply.
const TOKEN = /(?<![\p{L}\p{N}\-‐‑.&/@#_])[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*(?:['’]s)?(?![\p{L}\p{N}&/@_]|[-‐‑.][\p{L}\p{N}])/gu;
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

// Neighbouring words, skipping single letters and digits ("ANNEX B: RISK"), at most two of them.
function wordBefore(text: string, start: number): string | undefined {
  const words = text.slice(Math.max(0, start - 40), start).match(/[\p{L}\p{N}]+(?=[^\p{L}\p{N}]{1,3}(?:[\p{L}\p{N}][^\p{L}\p{N}]{1,3}){0,2}$)/gu);
  return words?.filter((w) => w.length > 1).pop() ?? words?.pop();
}

function wordAfter(text: string, end: number): string | undefined {
  const m = /^[^\p{L}\p{N}]{1,3}(?:[\p{L}\p{N}][^\p{L}\p{N}]{1,3}){0,2}([\p{L}\p{N}]{2,})/u.exec(text.slice(end, end + 40))
    ?? /^[^\p{L}\p{N}]{1,3}([\p{L}\p{N}]+)/u.exec(text.slice(end, end + 40));
  return m?.[1];
}

/** Whether the token stands in shouted text ("RISK OF SERIOUS HARM") or between parts of a name ("George EP Box"). */
function ordinaryInContext(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  if ((before && CAPS_WORD.test(before) && /\p{Lu}{2}/u.test(before)) || (after && CAPS_WORD.test(after) && /\p{Lu}{2}/u.test(after))) return true;
  return before !== undefined && after !== undefined && CAPITALISED.test(before) && CAPITALISED.test(after) && text.slice(end, end + 1) === ' ';
}

/**
 * Acronym-shaped tokens in `text` that are not glossary forms (by `isKnown`), each marked ordinary or
 * not. Runs one regular expression over the text; everything else is per token.
 */
export function findCandidates(text: string, isKnown: (token: string) => boolean): Candidate[] {
  const found: Candidate[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const written = m[0];
    const bare = written.replace(/['’]s$/u, '');
    if (isKnown(bare)) continue; // the cheapest test first: most tokens are glossary terms
    const token = stripEnding(bare);
    if (!isCandidateShaped(token) || isKnown(token)) continue;
    const end = m.index + written.length;
    const ordinary = isOrdinaryToken(token) || isOrdinaryToken(bare) || ordinaryInContext(text, m.index, end);
    found.push({ start: m.index, end, token, ordinary });
  }
  return found;
}

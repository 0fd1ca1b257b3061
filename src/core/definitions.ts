/** An acronym defined by the text itself. */
export interface FoundDefinition {
  /** The short form without a plural or possessive ending: "PM" for "PMs", "MO" for "MO's". */
  readonly short: string;
  /** The long form as written, trimmed: "Centralised Operational, Resettlement, Referral and Evaluation". */
  readonly long: string;
  /** Offsets (UTF-16) of the whole definition "long (SHORT)" or "SHORT (long)" in the text. */
  readonly start: number;
  readonly end: number;
}

// Bounds that keep every bracket's work constant, so deep nesting or a megabyte paragraph stays linear.
const MAX_BRACKET = 200;
const MAX_WINDOW = 400;
const MAX_TOKEN = 16;
const MAX_PAIR_LONG = 300;
const ALNUM = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const QUOTES = /^['"‘’“”]+|['"‘’“”]+$/gu;
const ACRONYM = /^[\p{L}\p{N}](?:[&-]?[\p{L}\p{N}])*$/u;
const ARTICLES = new Set(['the', 'a', 'an']);
// Words a long form may carry without an initial of their own ("Professional Qualification in Probation").
const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'with', 'at', 'by', 'or', '&']);

const isAlnum = (c: string | undefined): boolean => c !== undefined && ALNUM.test(c);
const isSpace = (c: string | undefined): boolean => c !== undefined && SPACE.test(c);
const unquote = (s: string): string => s.replace(QUOTES, '');

/** Whether a token is shaped like an acronym: 2–10 chars, at least 2 capitals and no fewer capitals than lower-case letters. */
export function isAcronymShaped(token: string): boolean {
  if (token.length < 2 || token.length > 10 || !ACRONYM.test(token)) return false;
  const capitals = token.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = token.match(/\p{Ll}/gu)?.length ?? 0;
  return capitals >= 2 && capitals >= lower;
}

/** The acronym a written token names, without a plural or possessive ending; null when it is not acronym-shaped. */
function acronymOf(token: string): string | null {
  const bare = unquote(token);
  const apostrophe = /^(.+?)(?:['’]s|s['’])$/u.exec(bare);
  if (apostrophe?.[1] && isAcronymShaped(apostrophe[1])) return apostrophe[1];
  // A trailing "s" is a plural only after a capital or digit: "PMs" is PM, but "OASys" is itself.
  if (/[\p{Lu}\p{N}]s$/u.test(bare) && isAcronymShaped(bare.slice(0, -1))) return bare.slice(0, -1);
  return isAcronymShaped(bare) ? bare : null;
}

/**
 * A long form starts a word: after a space, a hyphen or punctuation, not after an apostrophe ("Majesty's"
 * has no word "s"), and never at a function word ("Accident and Emergency (A&E)" is not "and Emergency").
 */
function startsName(text: string, i: number, lo: number): boolean {
  const before = text[i - 1];
  if (i > lo && (isAlnum(before) || before === "'" || before === '’')) return false;
  let end = i;
  while (end < text.length && end - i < 5 && isAlnum(text[end])) end++;
  return !FUNCTION_WORDS.has(text.slice(i, end).toLowerCase());
}

/**
 * Schwartz & Hearst's backward match: each letter or digit of `short`, last first, is found at the latest
 * place in text[lo, hi) before the previous one; the first must start a name word. Latest places give the
 * shortest long form. Returns the matched positions, first letter first, or null.
 */
function alignBackwards(text: string, lo: number, hi: number, short: string): number[] | null {
  const positions: number[] = [];
  let i = hi - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short.charAt(s).toLowerCase();
    if (!isAlnum(c)) continue;
    while (i >= lo && (text.charAt(i).toLowerCase() !== c || (s === 0 && !startsName(text, i, lo)))) i--;
    if (i < lo) return null;
    positions.unshift(i--);
  }
  return positions;
}

/**
 * The same backward match over word initials only: each letter or digit of `short` is the first letter of a
 * word (a run of letters and digits) in text[lo, hi), latest first, and the first starts a name word.
 * "European Economic Area (EEA)" gives European, Economic, Area, where the letter match stops at the "e"
 * of "Area" and reads "Economic Area". Returns the matched positions, or null when some letter is no initial.
 */
function alignInitials(text: string, lo: number, hi: number, short: string): number[] | null {
  const positions: number[] = [];
  let i = hi - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short.charAt(s).toLowerCase();
    if (!isAlnum(c)) continue;
    while (
      i >= lo &&
      (text.charAt(i).toLowerCase() !== c || (i > lo && isAlnum(text[i - 1])) || (s === 0 && !startsName(text, i, lo)))
    )
      i--;
    if (i < lo) return null;
    positions.unshift(i--);
  }
  return positions;
}

/** Word-count limit on a long form, as in Schwartz & Hearst: min(|A| + 5, 2|A|). */
const maxWords = (short: string): number => Math.min(short.length + 5, short.length * 2);

/** A long form that only repeats the short form ("Napo (NAPO)") defines nothing. */
function plausible(short: string, long: string): boolean {
  if (long.length <= short.length || !/\p{L}/u.test(long)) return false;
  return !long.split(/[^\p{L}\p{N}&-]+/u).includes(short);
}

/** The short form written inside a bracket: one acronym, optionally after an article or before a small number. */
function shortFormIn(content: string): string | null {
  const nested = content.indexOf('(');
  // "OASys (version 2)": the outer bracket still names OASys.
  const tokens = unquote((nested >= 0 ? content.slice(0, nested) : content).trim()).split(/\s+/);
  const [first, second] = tokens;
  if (first === undefined || tokens.length > 2) return null;
  if (second === undefined) return acronymOf(first);
  if (ARTICLES.has(first)) return acronymOf(second);
  const number = /^\d{1,2}$/.test(second) ? second : acronymOf(second);
  return isAcronymShaped(unquote(first)) && number ? `${unquote(first)} ${number}` : null;
}

/** "long form (SHORT)": the long form is sought in the words just before the bracket, within its clause. */
function longFirst(text: string, open: number, close: number): FoundDefinition | null {
  const short = shortFormIn(text.slice(open + 1, close));
  if (!short) return null;
  // The long form stays within its sentence and never reaches back over another bracket.
  let lo = Math.max(0, open - MAX_WINDOW);
  while (lo > 0 && lo < open && !isSpace(text[lo - 1])) lo++;
  for (let i = open - 1; i >= lo; i--) {
    const c = text[i];
    if (c === '(' || c === ')' || c === '[' || c === ']' || (c !== undefined && '.!?;:'.includes(c) && isSpace(text[i + 1]))) {
      lo = i + 1;
      break;
    }
  }
  // Only the last min(|A|+5, 2|A|) words may hold the long form.
  const limit = maxWords(short.replace(/ /g, ''));
  let words = 0;
  for (let i = open - 1; i >= lo; i--) {
    if (!isSpace(text[i]) && (i === lo || isSpace(text[i - 1])) && ++words === limit) {
      lo = i;
      break;
    }
  }
  // Initial letters are the usual spelling of a name; a letter from inside a word ("OASys") is the fallback.
  const positions = alignInitials(text, lo, open, short) ?? alignBackwards(text, lo, open, short);
  if (!positions) return null;
  let start = positions[0] ?? open;
  let end = positions[positions.length - 1] ?? open;
  while (start > lo && !isSpace(text[start - 1])) start--;
  // Words after the last matched letter are not part of the name: "Serious Further Offence review (SFO)".
  while (end < open && !isSpace(text[end])) end++;
  while (start < end && !isAlnum(text[start])) start++;
  while (end > start && !isAlnum(text[end - 1])) end--;
  // "Probation Delivery Unit’s (PDU’s)": the possessive belongs to the sentence, not to the name.
  const long = text.slice(start, end).replace(/\s+/g, ' ').replace(/['’]s$/u, '');
  return plausible(short, long) ? { short, long, start, end: close + 1 } : null;
}

/** "SHORT (long form)": needs an acronym just before the bracket and a long form that spells it. */
function shortFirst(text: string, open: number, close: number): FoundDefinition | null {
  let tokenEnd = open;
  while (tokenEnd > 0 && open - tokenEnd < 3 && isSpace(text[tokenEnd - 1])) tokenEnd--;
  let tokenStart = tokenEnd;
  while (tokenStart > 0 && tokenEnd - tokenStart <= MAX_TOKEN && !isSpace(text[tokenStart - 1])) tokenStart--;
  if (tokenStart > 0 && !isSpace(text[tokenStart - 1])) return null;
  const short = acronymOf(text.slice(tokenStart, tokenEnd));
  const raw = text.slice(open + 1, close);
  if (!short || raw.includes('(') || raw.includes(')')) return null;
  let words = unquote(raw.trim()).split(/\s+/);
  if (ARTICLES.has(words[0] ?? '')) words = words.slice(1);
  if (words.length < 2 || words.length > maxWords(short)) return null;
  const long = words.join(' ');
  // The long form is all of the bracket, so its first letter must be the short form's first letter.
  const positions = alignBackwards(long, 0, long.length, short);
  if (!positions || positions[0] !== 0 || !plausible(short, long)) return null;
  // A bracket after an acronym is often an aside ("NPS (now part of the Probation Service)"); a name is
  // written in capitals, or else each of its words gives a letter to the short form.
  let offset = 0;
  const named = words.every((word) => {
    const from = offset;
    offset += word.length + 1;
    if (FUNCTION_WORDS.has(word.toLowerCase()) || /^['"‘“]?[\p{Lu}\p{N}]/u.test(word)) return true;
    return positions.some((p) => p >= from && p < from + word.length);
  });
  return named ? { short, long, start: tokenStart, end: close + 1 } : null;
}

const UPPER = /\p{Lu}/u;

/** Whether text[from, to) holds two capital letters or more. */
function hasTwoCapitals(text: string, from: number, to: number): boolean {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c >= 65 && c <= 90 : UPPER.test(text.charAt(i))) {
      if (++n === 2) return true;
    }
  }
  return false;
}

/**
 * Definitions in a piece of text (a paragraph, list item, table cell...). Never throws; linear-ish time.
 * A bracket holding nothing but a short form in `known` is passed over: a reader of many blocks keeps the
 * first definition of each short form, and a document repeats "(SFO)" after its long form many times.
 */
export function findDefinitions(text: string, known?: ReadonlySet<string>): FoundDefinition[] {
  const found: FoundDefinition[] = [];
  const opens: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) opens.push(i);
    else if (c === 41) {
      // A stray ")" closes nothing; an unclosed "(" is simply never read.
      const open = opens.pop();
      if (open === undefined || i - open - 1 > MAX_BRACKET) continue;
      // Either way round, an acronym (two capitals at least) is inside the bracket or just before it:
      // most brackets in policy text ("see section 3", "(2021)") are passed over here, cheaply.
      if (!hasTwoCapitals(text, open + 1, i) && !hasTwoCapitals(text, Math.max(0, open - MAX_TOKEN - 4), open)) continue;
      // One word in the bracket cannot be a long form (shortFirst wants two): only longFirst could read it.
      if (known !== undefined && known.size > 0 && known.has(text.slice(open + 1, i).trim())) continue;
      const definition = longFirst(text, open, i) ?? shortFirst(text, open, i);
      if (definition) found.push(definition);
    }
  }
  // Inner brackets close first; report in reading order.
  return found.sort((a, b) => a.start - b.start);
}

/** A definition from a pair such as <abbr title> or a glossary annex row; null when `short` is not acronym-shaped or `long` is empty/implausible. */
export function pairDefinition(short: string, long: string): { short: string; long: string } | null {
  const acronym = acronymOf(short.trim());
  const meaning = long.replace(/\s+/g, ' ').trim();
  // An annex states the pairing outright, so no letter matching; only refuse what cannot be a meaning.
  if (!acronym || meaning.length > MAX_PAIR_LONG || meaning.toLowerCase() === acronym.toLowerCase()) return null;
  return plausible(acronym, meaning) ? { short: acronym, long: meaning } : null;
}

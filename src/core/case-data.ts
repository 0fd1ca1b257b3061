/**
 * The case-data guard: finds what looks like a person's case data in a note before it is saved, so a
 * practitioner who types a case reference into a private note is warned (or stopped, by policy). Pure:
 * a function of text. It errs towards silence on ordinary policy notes (meeting dates, section and page
 * numbers, years, statutory instrument numbers), so every pattern asks for the exact shape of an
 * identifier and a date counts only beside "DOB" or "born".
 */
import type { CaseDataMode } from '../shared/policy';

/** The kinds of case data the guard knows, in the order they are checked (an earlier kind wins an overlap). */
export const CASE_DATA_KINDS = ['prison-number', 'ni-number', 'pnc-number', 'cro-number', 'crn', 'date-of-birth', 'postcode'] as const;
/** One kind of case data. */
export type CaseDataKind = (typeof CASE_DATA_KINDS)[number];

export type { CaseDataMode };
/** Every mode, for checking a stored or managed value. */
export const CASE_DATA_MODES: readonly CaseDataMode[] = ['off', 'warn', 'block'];

/** One finding: its kind, the text as written, and where it is (UTF-16 offsets in the checked text). */
export interface CaseDataFinding {
  readonly kind: CaseDataKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
// A full date: 03/04/1987, 3.4.87, 3-4-1987, 1987-04-03, 3rd April 1987, April 3, 1987.
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{4}|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`;

// Each pattern has one group: the identifier itself (the rest is context that must be there).
const PATTERNS: Record<CaseDataKind, RegExp> = {
  // NOMIS prison number: a letter, four digits, two letters (A1234BC).
  'prison-number': /\b([A-Z]\d{4}[A-Z]{2})\b/g,
  // National Insurance number: two letters (not D, F, I, Q, U, V; O not second; not BG, GB, KN, NK, NT, TN, ZZ),
  // six digits, a letter A to D; written with or without spaces.
  'ni-number': /\b((?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D])\b/gi,
  // Police National Computer number: a year of two or four digits, a slash, four to seven digits, a check letter (12/345678A).
  'pnc-number': /(?<![\w/])((?:19|20)?\d{2}\/\d{4,7}[A-Z])\b/g,
  // Criminal Records Office number: serial, slash, two-digit year, check letter (123456/08X); or a
  // fingerprint-only "SF" number: year, slash, serial, check letter (SF95/12345T).
  'cro-number': /(?<![\w/])(\d{2,6}\/\d{2}[A-Z]|SF\d{2}\/\d{1,6}[A-Z])\b/g,
  // nDelius case reference number: a letter and six digits (X123456).
  crn: /\b([A-Z]\d{6})\b/g,
  // A full date within a few words after DOB, D.O.B., "date of birth" or "born".
  'date-of-birth': new RegExp(`\\b(?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth|born)(?:\\s+(?:on|in|is|was|:))?[\\s:,-]*(${DATE})`, 'gi'),
  // A full UK postcode: outward code, space optional, inward code (SW1A 1AA, M1 1AE, B33 8TH).
  postcode: /\b((?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2})\b/g,
};

/** Everything in text that looks like case data, in text order; an identifier is reported once, as its first kind. */
export function findCaseData(text: string): CaseDataFinding[] {
  const found: CaseDataFinding[] = [];
  const overlaps = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);
  for (const kind of CASE_DATA_KINDS) {
    const pattern = PATTERNS[kind];
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const value = m[1] ?? m[0];
      const start = m.index + m[0].lastIndexOf(value);
      const end = start + value.length;
      if (!overlaps(start, end)) found.push({ kind, text: value, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Where in a note a finding is. */
export type NoteField = 'body' | 'tags';

/** A finding in one field of a note. */
export type NoteCaseDataFinding = CaseDataFinding & { readonly field: NoteField };

/** What looks like case data in a note's text and tags (offsets in the tags are in the tags joined by ", "). */
export function noteCaseData(note: { readonly body: string; readonly tags?: readonly string[] }): NoteCaseDataFinding[] {
  return [
    ...findCaseData(note.body).map((f) => ({ ...f, field: 'body' as const })),
    ...findCaseData((note.tags ?? []).join(', ')).map((f) => ({ ...f, field: 'tags' as const })),
  ];
}

/** One note of a list that looks like it holds case data: its number in the list (from 1, as a reader counts) and what was found. */
export interface FlaggedNote<N> {
  readonly number: number;
  readonly note: N;
  readonly findings: readonly NoteCaseDataFinding[];
}

/** The notes of a list (an imported file's, in its order) that look like they hold case data. */
export function notesWithCaseData<N extends { readonly body: string; readonly tags?: readonly string[] }>(notes: readonly N[]): FlaggedNote<N>[] {
  return notes.flatMap((note, i) => {
    const findings = noteCaseData(note);
    return findings.length === 0 ? [] : [{ number: i + 1, note, findings }];
  });
}

/** Whether a value is a case-data mode. */
export function isCaseDataMode(value: unknown): value is CaseDataMode {
  return typeof value === 'string' && (CASE_DATA_MODES as readonly string[]).includes(value);
}

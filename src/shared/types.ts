/** Data shapes shared by every part of the extension. */

/** What kind of thing an abbreviation names; shown on the card. */
export type Category =
  | 'organisation'
  | 'role'
  | 'process'
  | 'system'
  | 'document'
  | 'legislation'
  | 'other';

/** One meaning of an abbreviation or phrase. */
export interface Sense {
  /** The long form, e.g. "Serious Further Offence". */
  readonly expansion: string;
  readonly category: Category;
  /** A plain-English explanation in one or two sentences, written by us. */
  readonly definition?: string;
}

/** A glossary term: the written form a reader meets, with every sense it can have. */
export interface GlossaryEntry {
  /** The canonical written form, e.g. "SFO", "OASys", "HMI Probation". */
  readonly term: string;
  /** Other spellings that mean the same, matched with the same case rules, e.g. "NAPO" for "Napo". */
  readonly variants?: readonly string[];
  /** Senses, most likely in probation policy first. */
  readonly senses: readonly Sense[];
  /**
   * The form is also an ordinary English word in capitals (ARMS, LED, TOM): it is not matched
   * when it stands among other words in capitals, as in a shouted heading.
   */
  readonly commonWord?: boolean;
  /** Kept for look-ups but never highlighted on its own: too often not jargon (SO in "SO fantastic"). */
  readonly lookupOnly?: boolean;
  /** A phrase of ordinary words ("Approved Premises", "offender"): matched in any letter case, across line breaks. */
  readonly phrase?: boolean;
  /** The term was replaced by a reform; the card says what it is now called. */
  readonly renamed?: Renamed;
}

/** What a renamed term is called now. */
export interface Renamed {
  /** The current name, e.g. "Probation Practitioner". */
  readonly now: string;
  /** When and why, in a few words, e.g. "since the 2021 unification of probation". */
  readonly note?: string;
}

/** One occurrence of a glossary term in a piece of text. */
export interface TermMatch {
  /** Offset of the first character, in UTF-16 code units. */
  readonly start: number;
  /** Offset just past the last character (plural or possessive endings included). */
  readonly end: number;
  /** Index of the entry in the glossary the matcher was compiled from. */
  readonly entry: number;
}

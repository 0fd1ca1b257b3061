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
  /** Where a built-in sense comes from, as the card shows it: "MoJ acronyms list (2026)". */
  readonly source?: string;
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
  /** A current name that replaced older ones ("Probation Practitioner"); the card says what it replaced. */
  readonly replaces?: Replaces;
  /**
   * The term written out ("home detention curfew" for HDC): matched like a phrase (any letter case, line
   * breaks, hyphen variants, plurals), and shown in a quieter style, with the abbreviation's card.
   */
  readonly spelled?: readonly string[];
}

/** What a current name replaced. */
export interface Replaces {
  /** The older names, e.g. "Offender Manager, Responsible Officer". */
  readonly old: string;
  /** When and why, in a few words. */
  readonly note?: string;
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
  /** Matched as the abbreviation written out ("home detention curfew"): painted in a quieter style. */
  readonly spelled?: true;
}

/** W3C Web Annotation TextQuoteSelector: the passage and 32 characters either side, not counting whitespace (anchoring's CONTEXT). */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** W3C Web Annotation TextPositionSelector: offsets in the page's main-content text. */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** What a note is attached to (the Web Annotation target). */
export interface NoteTarget {
  /** The canonical page URL (link rel=canonical, else the address without query or fragment). */
  readonly source: string;
  /** GOV.UK's content id (meta govuk:content-id), so a page that moves keeps its notes. */
  readonly contentId?: string;
  readonly quote: TextQuoteSelector;
  /** On a web page: offsets in its main-content text; on a PDF: in the whole document's joined text (src/core/pdf-anchoring.ts). */
  readonly position: TextPositionSelector;
  /** A PDF's fingerprint (pdf.js `fingerprints[0]`, lower-case hex): the note follows the same file to another address. */
  readonly fingerprint?: string;
  /** On a PDF: the page (from 1) the passage starts on. */
  readonly page?: number;
}

/** A private note on a passage. */
export interface Note {
  readonly id: string;
  readonly target: NoteTarget;
  /** The note's text, plain text only. */
  readonly body: string;
  readonly tags: readonly string[];
  /** The page's title when the note was made, for lists and search. */
  readonly pageTitle: string;
  /** ISO 8601 times. */
  readonly created: string;
  readonly modified: string;
}

/** How a note's passage was found on the page as it is now. */
export type AnchorState = 'exact' | 'changed' | 'orphan';

/** One opened look-up, for the history. */
export interface LookupRecord {
  readonly term: string;
  /** ISO 8601 time of the look-up. */
  readonly at: string;
  /** The page it was looked up on, when known. */
  readonly page?: string;
}

/** How often a term was looked up, and when last. */
export interface LookupCount {
  readonly term: string;
  readonly count: number;
  readonly last: string;
}

/** An underline under each term, or a tint behind it. */
export type HighlightStyle = 'underline' | 'background';

/** The reader's choices for how terms are painted (defaults and validation: src/core/display-settings.ts). */
export interface DisplaySettings {
  readonly highlightStyle: HighlightStyle;
  /** A hex colour from HIGHLIGHT_COLOURS. */
  readonly highlightColour: string;
  /** Terms whose most likely meaning is in one of these categories are not painted. */
  readonly hiddenCategories: readonly Category[];
}

/** Whether the export reminder shows, and why (decided by src/core/data-safety.ts). */
export type ExportReminder = { readonly kind: 'never' } | { readonly kind: 'stale'; readonly days: number };

/** Where a page's notes are filed: its address (canonical when the page gives one on its own origin) and GOV.UK's content id (src/core/page-identity.ts). */
export interface PageIdentity {
  readonly source: string;
  readonly contentId?: string;
  /** A PDF's fingerprint (src/pdf/notes-identity.ts): its notes are found by it at any address. */
  readonly fingerprint?: string;
}

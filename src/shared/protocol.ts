/**
 * Every message between the extension's contexts, declared once per direction.
 * Both ends are type-checked against these maps; messaging.ts carries them. Each background call also
 * has its rule in BACKGROUND_RULES below: the schema its arguments must pass (strict: sizes, types, no
 * unknown field) and who may make it. The background checks both before any handler runs.
 */
import * as v from 'valibot';
import { MAX_ADD_TERM } from './add-term';
import type { CaseDataMode, PolicyState } from './policy';
import type { Problem } from './problems';
import { categorySchema, chars, filledText, fingerprintSchema, glossaryEntrySchema, isoTime, issueField, MAX_SHORT, noteSchema, text } from './schemas';
import type { AnchorState, DisplaySettings, ExportReminder, GlossaryEntry, LookupCount, LookupRecord, Note, PageIdentity } from './types';

/** What the site switches report for one host. */
export interface SiteState {
  readonly host: string;
  /** Whether jargon is highlighted. */
  readonly enabled: boolean;
  /** Whether the reader's notes are shown: always with highlighting on; with it off, unless the reader hid them too. */
  readonly notes: boolean;
}

/** Calls handled by the background (from content scripts and extension pages). */
export interface BackgroundCalls {
  /** Whether highlighting is on for a host (on unless the user switched it off). */
  getSiteState(args: { host: string }): SiteState;
  /**
   * Switches highlighting on or off for a host, remembers it, and tells that host's open tabs. Off, the
   * notes stay unless hidden too (setSiteNotesHidden); on, everything is back.
   */
  setSiteEnabled(args: { host: string; enabled: boolean }): SiteState;
  /** With highlighting off for a host, hides the reader's notes there too (or shows them again), and tells its open tabs. */
  setSiteNotesHidden(args: { host: string; hidden: boolean }): SiteState;
  /**
   * The notes of a page, by canonical address or by GOV.UK content id; of a PDF, by its address or by its
   * fingerprint (the PDF viewer may ask only for the document it shows: src/background/callers.ts); oldest first.
   */
  notesForPage(args: { source: string; contentId?: string; fingerprint?: string }): Note[];
  /**
   * Creates or updates a note. With expectedModified, fails when the stored note was changed
   * elsewhere since (another tab), so no edit is lost silently.
   */
  saveNote(args: { note: Note; expectedModified?: string }): Note;
  /** Deletes a note and returns it, so the page can offer undo. */
  deleteNote(args: { id: string }): Note | null;
  /** Puts back a deleted note (undo). */
  restoreNote(args: { note: Note }): Note;
  /** Every note, newest first, for the popup's list and search. */
  listNotes(args: { limit?: number }): Note[];
  /** Records that a term's look-up result was opened. */
  recordLookup(args: { term: string; page?: string }): void;
  /** Recent and frequent look-ups, for the empty search box. */
  lookupHistory(args: { limit: number }): { recent: LookupRecord[]; frequent: LookupCount[] };
  /** Forgets every look-up. */
  clearLookups(args: Record<string, never>): void;
  /** The reader's own terms. */
  personalGlossary(args: Record<string, never>): GlossaryEntry[];
  /** Adds or changes a personal term (renaming it when previousTerm differs); every tab repaints. */
  savePersonalTerm(args: { entry: GlossaryEntry; previousTerm?: string }): GlossaryEntry;
  /**
   * Opens the options page in a new tab at the personal-glossary form with `term` filled in (the "Add a
   * definition" action of an unexplained abbreviation's card); nothing is saved until the reader saves it there.
   */
  openAddTerm(args: { term: string }): void;
  /** Removes a personal term; every tab repaints. */
  deletePersonalTerm(args: { term: string }): GlossaryEntry | null;
  /** The data in one of the export formats, ready to save as a file. */
  exportData(args: { format: ExportFormat }): { filename: string; mime: string; text: string };
  /**
   * Imports a file: a backup (merged: the newer version of a note wins, nothing is deleted) or a
   * glossary. Everything is checked first; a file with any problem changes nothing.
   */
  importData(args: { text: string; kind: ImportKind }): ImportOutcome;
  /**
   * Deletes every note, personal term and look-up. The confirmation is what the reader typed; it must be
   * the words of the message deleteConfirmationWords in the reader's language (see confirms), or the
   * call fails with the code not-confirmed.
   */
  deleteEverything(args: { confirmation: string }): void;
  /** The https origins the reader granted beyond the default sites, sorted. */
  addedSites(args: Record<string, never>): string[];
  /**
   * Starts the lens on an added site once the reader has granted its host permission (the popup or the
   * options page asks, in the click): registers its content script and starts it in open tabs. Fails
   * for an origin without the permission.
   */
  enableAddedSite(args: { origin: string }): { origin: string };
  /** Stops the lens on an added site: unregisters its script, clears open tabs and gives the permission back. */
  removeAddedSite(args: { origin: string }): { origin: string };
  /** How highlights look (style, colour, hidden categories); the defaults when nothing was chosen. */
  getDisplaySettings(args: Record<string, never>): DisplaySettings;
  /** Validates and saves a change to how highlights look, then tells every tab; returns the whole result. */
  setDisplaySettings(args: Partial<DisplaySettings>): DisplaySettings;
  /** What the options page warns about: data the browser deleted, an overdue backup, whether storage persists. */
  dataStatus(args: Record<string, never>): DataStatus;
  /** The reader has read the lost-data warning: stop showing it. */
  dismissStorageLoss(args: Record<string, never>): void;
  /** Hides the export reminder for 30 days. */
  dismissExportReminder(args: Record<string, never>): void;
  /** What the organisation set by policy (the valid parts) and every part of it that was ignored; extension pages only. */
  managedPolicy(args: Record<string, never>): PolicyState;
  /** The organisation's valid team glossary terms (empty when it set none), which pages match between built-in and personal. */
  teamGlossary(args: Record<string, never>): GlossaryEntry[];
  /** The case-data guard's mode as it applies, and whether the organisation set it (then the reader cannot change it). */
  caseDataGuard(args: Record<string, never>): { mode: CaseDataMode; locked: boolean };
  /** The reader's choice of guard mode; fails with set-by-organisation when policy set it. */
  setCaseDataGuard(args: { mode: CaseDataMode }): { mode: CaseDataMode; locked: boolean };
  /** Whether PDFs on GOV.UK and the justice sites open in our viewer (on unless switched off). */
  getPdfViewer(args: Record<string, never>): { on: boolean };
  /** Switches our PDF viewer on or off (the redirect rule is added or removed at once). */
  setPdfViewer(args: { on: boolean }): { on: boolean };
}

/**
 * Who may make a call:
 * - 'page': anything that acts for one web page or document: the content script of a tab, an extension page
 *   that acts for one document (the PDF viewer, a note frame inside a page), and the extension's own pages;
 * - 'extension': only the extension's own pages (popup, options): all notes, every site, all data, settings.
 * The background decides which a sender is in one place (src/background/callers.ts).
 * The note frame (note-frame.html, web-accessible, so any page can embed it) makes no background call: it
 * talks only to the content script that made it, over a MessagePort (src/shared/note-frame.ts). Should it
 * ever call, it is a 'page' caller acting for its tab (sender.tab), whatever address it was loaded with.
 */
export type CallerKind = 'page' | 'extension';

/** What a call's handler may rely on: its arguments passed `args`, and its sender is allowed by `from`. */
export interface CallRule<A> {
  readonly from: CallerKind;
  readonly args: v.GenericSchema<unknown, A>;
}

/** The arguments of a call of a protocol map. */
export type ArgsOf<F> = F extends (args: infer A) => unknown ? A : never;

const none = v.strictObject({});
const host = filledText(253);
const origin = filledText(MAX_SHORT);
const count = (max: number) => v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(max));
const EXPORT_FORMATS = ['backup', 'web-annotation', 'markdown', 'csv', 'glossary-csv', 'glossary-json'] as const satisfies readonly ExportFormat[];
const IMPORT_KINDS = ['backup', 'glossary-csv', 'glossary-json'] as const satisfies readonly ImportKind[];

/**
 * The rule of every background call: who may make it and the one schema its arguments must pass. The
 * type makes it complete (a call without a rule does not compile) and keeps each schema in step with
 * the call's arguments above.
 */
export const BACKGROUND_RULES: { readonly [K in keyof BackgroundCalls]: CallRule<ArgsOf<BackgroundCalls[K]>> } = {
  getSiteState: { from: 'page', args: v.strictObject({ host }) },
  setSiteEnabled: { from: 'extension', args: v.strictObject({ host, enabled: v.boolean() }) },
  setSiteNotesHidden: { from: 'extension', args: v.strictObject({ host, hidden: v.boolean() }) },
  notesForPage: { from: 'page', args: v.strictObject({ source: filledText(MAX_SHORT), contentId: v.optional(text(MAX_SHORT)), fingerprint: v.optional(fingerprintSchema) }) },
  saveNote: { from: 'page', args: v.strictObject({ note: noteSchema, expectedModified: v.optional(isoTime) }) },
  deleteNote: { from: 'page', args: v.strictObject({ id: filledText(MAX_SHORT) }) },
  restoreNote: { from: 'page', args: v.strictObject({ note: noteSchema }) },
  listNotes: { from: 'extension', args: v.strictObject({ limit: v.optional(count(100_000)) }) },
  recordLookup: { from: 'extension', args: v.strictObject({ term: chars(1000), page: v.optional(text(MAX_SHORT)) }) },
  lookupHistory: { from: 'extension', args: v.strictObject({ limit: count(100) }) },
  clearLookups: { from: 'extension', args: none },
  personalGlossary: { from: 'page', args: none },
  savePersonalTerm: { from: 'extension', args: v.strictObject({ entry: glossaryEntrySchema, previousTerm: v.optional(chars(100)) }) },
  // A content script asks for it from the card; it only opens our form, which saves nothing by itself.
  openAddTerm: { from: 'page', args: v.strictObject({ term: chars(MAX_ADD_TERM) }) },
  deletePersonalTerm: { from: 'extension', args: v.strictObject({ term: chars(100) }) },
  exportData: { from: 'extension', args: v.strictObject({ format: v.picklist(EXPORT_FORMATS) }) },
  // The file's size is the import's own problem (too-big, worded for the reader), so text has no limit here.
  importData: { from: 'extension', args: v.strictObject({ text: v.string(), kind: v.picklist(IMPORT_KINDS) }) },
  deleteEverything: { from: 'extension', args: v.strictObject({ confirmation: v.pipe(v.string(), v.maxLength(1000)) }) },
  addedSites: { from: 'extension', args: none },
  enableAddedSite: { from: 'extension', args: v.strictObject({ origin }) },
  removeAddedSite: { from: 'extension', args: v.strictObject({ origin }) },
  getDisplaySettings: { from: 'page', args: none },
  // The palette and the categories are checked again by the core (displaySettingsProblems): here, the shape.
  setDisplaySettings: {
    from: 'extension',
    args: v.strictObject({
      highlightStyle: v.optional(v.picklist(['underline', 'background'] as const)),
      highlightColour: v.optional(v.pipe(v.string(), v.maxLength(16))),
      hiddenCategories: v.optional(v.pipe(v.array(categorySchema), v.maxLength(20))),
    }),
  },
  dataStatus: { from: 'extension', args: none },
  dismissStorageLoss: { from: 'extension', args: none },
  dismissExportReminder: { from: 'extension', args: none },
  managedPolicy: { from: 'extension', args: none },
  // A page matches the organisation's terms and its note editor applies the guard's mode.
  teamGlossary: { from: 'page', args: none },
  caseDataGuard: { from: 'page', args: none },
  setCaseDataGuard: { from: 'extension', args: v.strictObject({ mode: v.picklist(['off', 'warn', 'block'] as const) }) },
  getPdfViewer: { from: 'extension', args: none },
  setPdfViewer: { from: 'extension', args: v.strictObject({ on: v.boolean() }) },
};

/** Data the browser deleted, noticed at a start of the background. */
export interface StorageLoss {
  /** When it was noticed. */
  readonly at: string;
  /** The database was deleted and created afresh, or its notes are gone while it stayed. */
  readonly reason: 'cleared' | 'notes-vanished';
  /** How many notes there were before. */
  readonly notes: number;
}

/** The data-safety state for the options page. */
export interface DataStatus {
  readonly loss?: StorageLoss;
  readonly reminder?: ExportReminder;
  /** Whether the browser keeps the data under storage pressure; null when it does not say. */
  readonly persisted: boolean | null;
}

/** The files the options page can export. */
export type ExportFormat = 'backup' | 'web-annotation' | 'markdown' | 'csv' | 'glossary-csv' | 'glossary-json';
/** The files the options page can import. */
export type ImportKind = 'backup' | 'glossary-csv' | 'glossary-json';
/**
 * Why an import changed nothing: a problem in the file (with its line and field), or a refusal that is
 * not the file's fault: the text did not arrive, the kind is unknown, or the storage is full.
 */
export type ImportProblem = Problem | { readonly code: 'unreadable' | 'unknown-kind' | 'storage-full' };
/** What an import did (counts the options page words), or every reason it did nothing. */
export type ImportOutcome =
  | { readonly ok: true; readonly kind: 'backup'; readonly added: number; readonly updated: number; readonly kept: number; readonly terms: number }
  | { readonly ok: true; readonly kind: 'glossary'; readonly terms: number }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

/**
 * Whether typed confirms deleting everything: the confirmation words (the message deleteConfirmationWords,
 * so a translation brings its own) with spaces around and letter case ignored. The options page checks
 * what the reader typed with it, and the background checks it again against its own copy of the message.
 */
export function confirms(typed: unknown, words: string): boolean {
  return typeof typed === 'string' && words.trim() !== '' && typed.trim().toLocaleLowerCase() === words.trim().toLocaleLowerCase();
}

/** What the content script found on its page, for the popup. */
export interface PageSummary {
  readonly enabled: boolean;
  /** Occurrences per term, in order of first appearance, with where the meaning comes from. */
  readonly terms: ReadonlyArray<{
    readonly term: string;
    readonly count: number;
    readonly kind: 'jargon' | 'renamed' | 'unknown';
    readonly source: 'built-in' | 'team' | 'personal' | 'page' | 'unknown';
    readonly expansion?: string;
  }>;
}

/** Calls handled by the content script of one tab (from the background and extension pages). */
export interface ContentCalls {
  /** Highlighting or the notes were switched for this page's site: clear or scan, hide or place the notes. */
  siteStateChanged(args: SiteState): void;
  /** Moves to the next (1) or previous (-1) term on the page, selects it and shows its card. */
  stepTerm(args: { direction: 1 | -1 }): void;
  /** Counts of the terms on this page. */
  pageSummary(args: Record<string, never>): PageSummary;
  /** Where this page's notes are filed (src/core/page-identity.ts), so the popup finds them as the page does. */
  pageIdentity(args: Record<string, never>): PageIdentity;
  /** Opens the note editor for the current selection (context menu, keyboard command). */
  addNoteFromSelection(args: Record<string, never>): void;
  /** Notes changed elsewhere (another tab): fetch and place them again. */
  notesChanged(args: { source: string }): void;
  /** The personal glossary changed: match the page again. */
  glossaryChanged(args: Record<string, never>): void;
  /** Scrolls to the next occurrence of a term after the current one, selects it and shows its card. */
  showTerm(args: { term: string }): boolean;
  /** How each of this page's notes was found on the page as it is now, by note id. */
  noteStates(args: Record<string, never>): Record<string, AnchorState>;
  /** Scrolls to a note's passage and opens its card; false when the note is not placed on this page. */
  showNote(args: { id: string }): boolean;
  /** How highlights look changed (options page): paint the page again with the new settings. */
  displaySettingsChanged(args: DisplaySettings): void;
}

/**
 * The calls our PDF viewer answers for its tab, under the names a content script answers them, so the
 * popup and the background reach a document in the viewer as they reach a web page (callTab). The viewer is
 * an extension page with no content script: messaging.ts carries these over runtime messaging, addressed to
 * the viewer's tab, or to every open viewer for a change every tab hears. (The notes' calls, such as
 * addNoteFromSelection, reach it by tabs.sendMessage, which Chromium and Firefox deliver to an extension page
 * in the tab: the e2e 'pdf notes' suite shows it.) Add a name
 * here and its rule to VIEWER_RULES to let the viewer answer it.
 */
export type ViewerCalls = Pick<ContentCalls, 'siteStateChanged' | 'stepTerm' | 'pageSummary' | 'showTerm' | 'glossaryChanged' | 'displaySettingsChanged'>;

/**
 * The one schema the arguments of each viewer call must pass where they arrive (the viewer checks them, and
 * that the sender is one of the extension's own pages or its background, before any handler runs).
 */
export const VIEWER_RULES: { readonly [K in keyof ViewerCalls]: v.GenericSchema<unknown, ArgsOf<ViewerCalls[K]>> } = {
  siteStateChanged: v.strictObject({ host, enabled: v.boolean(), notes: v.boolean() }),
  stepTerm: v.strictObject({ direction: v.picklist([1, -1] as const) }),
  pageSummary: none,
  showTerm: v.strictObject({ term: chars(1000) }),
  glossaryChanged: none,
  displaySettingsChanged: v.strictObject({
    highlightStyle: v.picklist(['underline', 'background'] as const),
    highlightColour: v.pipe(v.string(), v.maxLength(16)),
    hiddenCategories: v.pipe(v.array(categorySchema), v.maxLength(20)),
  }),
};

/** The envelope of a viewer call: `tab` is the viewer's tab, or null for every open viewer. */
export interface ViewerEnvelope {
  readonly probationLensViewer: string;
  readonly tab: number | null;
  readonly args: unknown;
}

/** The envelope every message travels in. */
export interface Envelope<Calls, K extends keyof Calls = keyof Calls> {
  readonly probationLens: K;
  readonly args: Calls[K] extends (args: infer A) => unknown ? A : never;
}

/**
 * What went wrong, carried across contexts beside the message, so the page can word it from
 * messages.json (the message itself is for developers):
 * - storage-full: the browser refused a write for lack of space and nothing was changed;
 * - term-invalid: a personal term has an empty field or clashes with a stored one (a form another term has); nothing was saved;
 * - not-granted: the reader has not granted the site's permission, so the lens cannot run there;
 * - not-confirmed: deleteEverything without the confirmation words; nothing was deleted;
 * - bad-request: a call's arguments are not valid (a fault in the extension, or a page it does not trust); the
 *   error names the field; nothing was changed;
 * - not-allowed: the sender may not make this call (a content script asked for what only the extension's own
 *   pages may do; see BACKGROUND_RULES); nothing was changed;
 * - note-conflict: the note was saved elsewhere (another tab) since the caller read it; nothing was changed;
 * - set-by-organisation: the organisation's policy decides this (a locked setting, or notes export switched off);
 * - case-data: the note looks like it holds case data and the case-data guard is set to block; nothing was saved.
 */
export type ErrorCode = 'storage-full' | 'term-invalid' | 'not-granted' | 'not-confirmed' | 'bad-request' | 'note-conflict' | 'not-allowed' | 'set-by-organisation' | 'case-data';

/** The code an error or reply carries, when it is one of ours. */
export function errorCodeOf(value: unknown): ErrorCode | undefined {
  const code = (value as { code?: unknown } | null)?.code;
  return ERROR_CODES.find((c) => c === code);
}

/** Every ErrorCode, for checking one that arrives in a message. */
export const ERROR_CODES: readonly ErrorCode[] = ['storage-full', 'term-invalid', 'not-granted', 'not-confirmed', 'bad-request', 'note-conflict', 'not-allowed', 'set-by-organisation', 'case-data'];

/** An error a background handler throws with a code; its message names the code and a detail for developers. */
export class CodedError extends Error {
  override readonly name = 'CodedError';
  /** For bad-request: the field at fault, as a path (entry.senses[0].definition). */
  readonly field: string | undefined;
  constructor(readonly code: ErrorCode, detail = '', field?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.field = field;
  }
}

/** A bad-request error naming the field at fault. */
export function badRequest(field: string): CodedError {
  return new CodedError('bad-request', field, field);
}

/**
 * The input as the schema reads it, or a bad-request error naming the first field at fault (under
 * `prefix`, e.g. "note"); the one way every boundary checks its input.
 */
export function validated<T>(schema: v.GenericSchema<unknown, T>, input: unknown, prefix = ''): T {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return result.output;
  throw badRequest(issueField(result.issues[0], prefix) || prefix || 'args');
}

/** A reply: a value, or an error that crossed contexts (with its code, and for bad-request the field, when it has them). */
export type Reply<T> = { readonly ok: T } | { readonly error: string; readonly code?: ErrorCode; readonly field?: string };

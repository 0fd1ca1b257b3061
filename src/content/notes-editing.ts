/**
 * Writing notes: the editor for a new note on the reader's selection or for an existing note. A new
 * note's id is minted once, when the editor opens, so saving again after a failure (or after a save
 * that was committed but not confirmed) writes the same note, never a second one.
 */
import { describe } from '../core/anchoring';
import type { CaseDataMode } from '../core/case-data';
import { t } from '../shared/i18n';
import type { Note, NoteTarget } from '../shared/types';
import { errorText } from '../ui/error-text';
import { extractPageText, offsetsOf } from './page-text';
import { pageIdentity } from './page-identity';
import type { NoteApi } from './notes-placing';
import type { LensUi } from './ui/host';

/** What the editor shows and where its two outcomes go. */
export interface EditorView {
  readonly quote: string;
  readonly initial: string;
  readonly editing: boolean;
  readonly error?: string;
  /** The case-data guard's mode, for the editor's check before it saves. */
  readonly guard?: CaseDataMode;
  readonly onSave: (body: string) => void;
  readonly onCancel: () => void;
}

/** What a new note on the reader's selection is attached to, and the title of what it is on. */
export interface NewNoteTarget {
  readonly target: NoteTarget;
  readonly pageTitle: string;
}

/** Describes a selection for a new note; null when it holds no text notes can be attached to. */
export type LocateSelection = (selection: Selection) => NewNoteTarget | null;

/** A web page's selection: offsets in its main-content text (page-text.ts), filed under its page identity. */
export function locateOnPage(doc: Document): LocateSelection {
  return (selection) => {
    const fresh = extractPageText(doc);
    const at = offsetsOf(fresh, selection.getRangeAt(0));
    if (!at || !fresh.text.slice(at.start, at.end).trim()) return null;
    const { source, contentId } = pageIdentity(doc);
    // describe() leaves out the spaces a double-click selection carries at its edges.
    const { quote, position } = describe(fresh.text, at.start, at.end);
    return { target: { source, ...(contentId ? { contentId } : {}), quote, position }, pageTitle: doc.title };
  };
}

/** Where the editor is shown: one at a time; null closes it. */
export type EditorSurface = (view: EditorView | null) => void;

/** Opening the editor. */
export interface NoteEditing {
  /** Opens the editor on an existing note. */
  edit(note: Note): void;
  /** Opens the editor for the current selection inside the main content; false when there is none. */
  addFromSelection(): boolean;
}

/**
 * Starts the editing part; `saved` re-reads the page's notes after a save. The editor closes when `signal` aborts.
 * The case-data guard's mode is asked for at the start and again at each opening, for the next one: the
 * editor opens at once, and a mode changed since only matters in block mode, which the background holds anyway.
 */
export function startEditing(
  doc: Document, ui: LensUi, surface: EditorSurface, api: Pick<NoteApi, 'saveNote' | 'caseDataGuard'>, saved: () => Promise<unknown>, signal: AbortSignal,
  locate: LocateSelection = locateOnPage(doc),
): NoteEditing {
  let open = false;
  let guard: CaseDataMode | undefined;
  const askGuard = (): void => {
    if (!api.caseDataGuard || signal.aborted) return;
    api.caseDataGuard({}).then((answer) => { guard = answer.mode; }, () => { /* keep the last mode; the background still holds block */ });
  };
  askGuard();
  let returnTo: Element | null = null;
  const close = (): void => {
    if (!open) return;
    open = false;
    surface(null);
    // Back to where the reader was before the editor took the focus.
    if (returnTo instanceof HTMLElement && returnTo.isConnected && !signal.aborted) returnTo.focus({ preventScroll: true });
    returnTo = null;
  };
  signal.addEventListener('abort', close, { once: true });

  /** Shows the editor; `write` makes the note to store from what the reader typed. */
  const show = (quote: string, initial: string, editing: boolean, write: (body: string) => { note: Note; expectedModified?: string }, afterSave?: () => void): void => {
    if (signal.aborted) return;
    if (!open) returnTo = doc.activeElement;
    open = true;
    let saving = false;
    const save = async (body: string): Promise<void> => {
      if (saving) return;
      saving = true;
      try {
        await api.saveNote(write(body));
      } catch (error) {
        if (open && !signal.aborted) render(body, errorText(error));
        return;
      } finally {
        saving = false;
      }
      if (signal.aborted) return;
      close();
      afterSave?.();
      ui.announce(t('noteSavedAnnouncement'));
      // The note is stored: a failure to show it again must not invite a second save.
      try { await saved(); } catch (error) { if (!signal.aborted) ui.announce(t('noteSavedNotShown', errorText(error))); }
    };
    const mode = guard;
    const render = (body: string, error?: string): void => surface({
      quote, initial: body, editing, ...(error ? { error } : {}), ...(mode !== undefined ? { guard: mode } : {}), onSave: (b) => void save(b), onCancel: close,
    });
    render(initial);
    askGuard();
  };

  return {
    edit(note) {
      show(note.target.quote.exact, note.body, true, (body) => ({ note: { ...note, body, modified: new Date().toISOString() }, expectedModified: note.modified }));
    },
    addFromSelection() {
      const selection = doc.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
      const located = locate(selection);
      if (located === null) return false;
      const { target, pageTitle } = located;
      const id = crypto.randomUUID();
      const created = new Date().toISOString();
      show(target.quote.exact, '', false, (body) => ({
        note: { id, body, tags: [], pageTitle, created, modified: new Date(Math.max(Date.now(), Date.parse(created))).toISOString(), target },
      }), () => doc.getSelection()?.removeAllRanges());
      return true;
    },
  };
}

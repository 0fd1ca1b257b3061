/**
 * Notes on the page, put together from their parts: placing (fetch and anchor), painting, editing,
 * deleting with undo, and the selection button. Each part takes the one AbortSignal of the notes and
 * frees what it made when it aborts: after stop() nothing runs and nothing renders. Note text is only
 * ever rendered inside the closed shadow root, and written in the note frame (notes-frame.ts).
 */
import { h } from 'preact';
import type { AnchorState, Note } from '../shared/types';
import type { HoverTarget } from './cards';
import { locateOnPage, startEditing, type EditorSurface, type LocateSelection } from './notes-editing';
import { startPainting } from './notes-paint';
import { startPlacing, type NoteApi, type NotePlacement, type Placed } from './notes-placing';
import { startSelectionButton } from './notes-selection';
import { startRemoval } from './notes-undo';
import type { LensUi } from './ui/host';
import { NoteCard, NoteEditor, OrphanList } from './ui/notes-ui';

export { NOTE_HIGHLIGHTS } from './notes-paint';
export type { NoteApi } from './notes-placing';

/** The card controller the notes show their cards through. */
interface CardControl { show(t: HoverTarget, byKeyboard: boolean): void; hide(): void }

const REFRESH_SETTLE_MS = 300;

/** Where the editor is shown, made for the notes' signal: the note frame on pages, the shadow root in unit tests. */
export type EditorPlace = (ui: LensUi, signal: AbortSignal) => EditorSurface;

/**
 * What the notes need to know about the document they are on: how its notes are fetched and placed, how a
 * selection becomes a new note's target, and where a selection may take a note. Web pages by default
 * (webDocument); the PDF viewer brings its own (src/pdf/notes.ts).
 */
export interface NoteDocument {
  place(signal: AbortSignal, onPlaced: (placed: readonly Placed[]) => void): NotePlacement;
  readonly locate: LocateSelection;
  accepts?(range: Range): boolean;
}

/** A web page: its main content's text (page-text.ts), filed under its page identity. */
export function webDocument(doc: Document, api: NoteApi): NoteDocument {
  return { place: (signal, onPlaced) => startPlacing(doc, api, signal, onPlaced), locate: locateOnPage(doc) };
}

/** The editor in the closed shadow root: the page cannot read it, but its key events pass through the page. */
export const editorInShadow: EditorPlace = (ui) => (view) => ui.show('editor', view === null ? null : h(NoteEditor, { key: `${view.editing}-${view.error ?? ''}`, ...view }));

/** Starts notes on a page; stop() (or `outer` aborting) ends every part. */
export function startNotes(
  doc: Document, ui: LensUi, api: NoteApi, card: CardControl, outer?: AbortSignal, editorPlace: EditorPlace = editorInShadow,
  on: NoteDocument = webDocument(doc, api),
) {
  const win = doc.defaultView as Window;
  const controller = new AbortController();
  outer?.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
  const { signal } = controller;
  let cursor = -1;
  let refreshTimer = 0;
  signal.addEventListener('abort', () => {
    win.clearTimeout(refreshTimer);
    if (ui.isOpen('orphans')) ui.show('orphans', null);
  }, { once: true });

  const paint = startPainting(signal);
  const placing = on.place(signal, (placed) => {
    paint(placed);
    const orphans = placed.filter((p) => p.state === 'orphan').map((p) => p.note);
    ui.show('orphans', orphans.length > 0 ? h(OrphanList, { notes: orphans, onDelete: (n: Note) => void removal.remove(n) }) : null);
  });
  const refresh = async (): Promise<void> => { await placing.refresh(); };
  const quietly = (): Promise<void> => refresh().catch(() => undefined);

  const editing = startEditing(doc, ui, editorPlace(ui, signal), api, refresh, signal, on.locate);
  const removal = startRemoval(win, ui, api, quietly, signal);
  const button = startSelectionButton(doc, ui, () => void addFromSelection(), signal, on.accepts?.bind(on));

  const addFromSelection = (): boolean => {
    if (signal.aborted || !editing.addFromSelection()) return false;
    button.hide();
    return true;
  };

  const showCard = (p: Placed, focus: boolean, error?: string): void => {
    if (signal.aborted) return;
    ui.show('card', h(NoteCard, {
      note: p.note, state: p.state, current: placing.text.slice(p.start, p.end), focus, ...(error ? { error } : {}),
      onEdit: () => { card.hide(); editing.edit(p.note); },
      onDelete: () => void removal.remove(p.note).then((failed) => (failed ? showCard(p, true, failed) : card.hide())),
    }), p.range?.getBoundingClientRect());
  };
  const target = (p: Placed): HoverTarget => ({ key: p, rect: () => p.range?.getBoundingClientRect() ?? new DOMRect(), show: (byKeyboard) => showCard(p, byKeyboard) });

  /** Opens a placed note's card at its passage, with the focus on Edit. */
  const reveal = (p: Placed): void => {
    p.range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    card.show(target(p), true);
  };

  void quietly();

  return {
    refresh,
    /** Refreshes once a burst of changes from elsewhere (another tab, an import) has settled. */
    changedElsewhere(): void {
      if (signal.aborted) return;
      win.clearTimeout(refreshTimer);
      refreshTimer = win.setTimeout(() => void quietly(), REFRESH_SETTLE_MS);
    },
    /** The noted passage under a caret position, if any, with its range for confirming the hit. */
    noteAt(node: Node, offset: number): (HoverTarget & { range: Range }) | undefined {
      const p = placing.at(node, offset);
      return p?.range ? { ...target(p), range: p.range } : undefined;
    },
    addFromSelection,
    /** Moves to the next noted passage and opens its card with the focus on Edit. */
    step(): void {
      const onPage = placing.placed.filter((p) => p.range !== null);
      if (onPage.length === 0) return;
      cursor = (cursor + 1) % onPage.length;
      reveal(onPage[cursor] as Placed);
    },
    /** How each note of the page was found, by id. */
    states: (): Record<string, AnchorState> => Object.fromEntries(placing.placed.map((p) => [p.note.id, p.state])),
    /** Shows one note at its passage; false when it is not on the page. */
    show(id: string): boolean {
      const p = placing.placed.find((x) => x.note.id === id && x.range !== null);
      if (p) reveal(p);
      return p !== undefined;
    },
    /** Stops every part: listeners, timers, highlights, surfaces and the page text are let go. */
    stop(): void {
      controller.abort();
    },
  };
}

/**
 * Notes in the PDF viewer: the same notes as on web pages (src/content/notes.ts: the Add note button,
 * Alt+Shift+N and the context menu, the editor in the note frame, the `probation-note` highlights, the
 * card on hover or by keyboard, Edit, Delete with Undo), on the PDF as a NoteDocument (notes-document.ts):
 * anchored in the whole document's text, filed by the document's address and fingerprint. The card of a
 * term inside a noted passage wins, as on pages: the lens's card shows there.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { EventBus } from 'pdfjs-dist/web/pdf_viewer.mjs';
import { startCards, type HoverTarget } from '../content/cards';
import { caretAt, pointOn } from '../content/hit-test';
import { startNotes, type NoteDocument } from '../content/notes';
import { frameEditorSurface } from '../content/notes-frame';
import type { NoteApi, NotePlacement } from '../content/notes-placing';
import { pageAt } from '../core/pdf-anchoring';
import { LensUi } from '../content/ui/host';
import { callBackground, handleCalls } from '../shared/messaging';
import type { ContentCalls } from '../shared/protocol';
import type { AnchorState } from '../shared/types';
import { pdfNoteDocument } from './notes-document';
import { pdfIdentity, type PdfIdentity } from './notes-identity';
import type { OpenDocument } from './viewer';

/** The notes on one open document; everything goes with stop(). */
export interface PdfNotes {
  /** Opens the editor on the selection, or (without one) moves to the next note: Alt+Shift+N and the context menu. */
  command(): void;
  /** How each note of the document was found, by id (the popup's Notes tab). */
  states(): Record<string, AnchorState>;
  /** Shows one note at its passage; false when it is not placed on a rendered page. */
  show(id: string): boolean;
  /** Notes changed elsewhere (another tab, an import): place them again. */
  changedElsewhere(): void;
  stop(): void;
}

const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** Whether a term's highlight covers the point: its card wins there. */
function onTerm(node: Node, offset: number): boolean {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('probation-jargon')) continue;
    for (const range of highlight) {
      if (range instanceof Range && range.isPointInRange(node, offset) && !(range.endContainer === node && range.endOffset === offset)) return true;
    }
  }
  return false;
}

/** Starts notes on the document on show. */
export function startPdfNotes(
  doc: Document, eventBus: EventBus, pdf: PDFDocumentProxy, identity: PdfIdentity, title: () => string, api: NoteApi,
): PdfNotes {
  const life = new AbortController();
  const ui = new LensUi(doc);
  const pdfDoc = pdfNoteDocument({ doc, eventBus, pdf, identity, title }, api, life.signal);
  let placement: NotePlacement | undefined;
  // The placement is kept, to turn to the page of a note whose page pdf.js has not rendered.
  const on: NoteDocument = { ...pdfDoc, place: (signal, onPlaced) => (placement = pdfDoc.place(signal, onPlaced)) };
  const targetAt = (x: number, y: number): HoverTarget | undefined => {
    const caret = caretAt(doc, x, y);
    if (caret === null || caret.node.nodeType !== Node.TEXT_NODE || onTerm(caret.node, caret.offset)) return undefined;
    const n = notes.noteAt(caret.node, caret.offset);
    return n !== undefined && pointOn(n.range, x, y) ? n : undefined;
  };
  const cards = startCards(doc, ui, targetAt);
  // The editor is the note frame, as on pages: one editor, wherever notes are written.
  const notes = startNotes(doc, ui, api, cards, life.signal, frameEditorSurface, on);
  const command = (): void => {
    if (!notes.addFromSelection()) notes.step();
  };
  doc.addEventListener('keydown', (e) => {
    // The manifest's chord, for browsers that hand it to the page.
    if (e.code !== 'KeyN' || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || isEditable(e.target)) return;
    e.preventDefault();
    command();
  }, { capture: true, signal: life.signal });

  return {
    command,
    states: () => notes.states(),
    show(id) {
      if (notes.show(id)) return true;
      const p = placement?.placed.find((x) => x.note.id === id && x.state !== 'orphan');
      const text = pdfDoc.text();
      if (p === undefined || text === undefined) return false;
      // Not rendered yet: turn to its page; once pdf.js has drawn it (and its notes are placed), show the note.
      const page = pageAt(text, p.start);
      const shown = ({ pageNumber }: { pageNumber: number }): void => {
        if (pageNumber !== page) return;
        eventBus.off('textlayerrendered', shown);
        if (!life.signal.aborted) notes.show(id);
      };
      eventBus.on('textlayerrendered', shown);
      life.signal.addEventListener('abort', () => eventBus.off('textlayerrendered', shown), { once: true });
      doc.querySelector(`#viewer .page[data-page-number="${page}"]`)?.scrollIntoView({ block: 'start' });
      return true;
    },
    changedElsewhere: () => notes.changedElsewhere(),
    stop() {
      life.abort();
      cards.stop();
      ui.dispose();
    },
  };
}

/** The background's note calls, as the viewer makes them. */
const backgroundNotes: NoteApi = {
  notesForPage: (args) => callBackground('notesForPage', args),
  saveNote: (args) => callBackground('saveNote', args),
  deleteNote: (args) => callBackground('deleteNote', args),
  restoreNote: (args) => callBackground('restoreNote', args),
  caseDataGuard: (args) => callBackground('caseDataGuard', args),
};

/** The viewer's notes: told of each document opened, and of whether the site's notes are shown. */
export interface ViewerNotes {
  /** A document is on show: its notes start once they are known to be shown on its site. */
  documentOpened(opened: OpenDocument): void;
  /**
   * Whether the reader shows their notes on the document's site (the popup's "Also hide my notes on this
   * site"): hidden, nothing of the notes runs (no highlight, no card, no Add note by button, key or menu);
   * shown again, they are placed again. Until told, they are hidden: a hidden site never shows them at load.
   */
  shown(on: boolean): void;
}

/**
 * Notes on every document the viewer opens, one at a time, while the site's notes are shown; and the calls a
 * tab's page answers about its notes (the popup's Notes tab, the keyboard command and the context menu),
 * answered for the document on show. `documentElement.dataset.notes` says "shown" or "hidden" once decided.
 */
export function notesForDocuments(doc: Document, eventBus: EventBus, api: NoteApi = backgroundNotes): ViewerNotes {
  let notes: PdfNotes | null = null;
  let identity: PdfIdentity | undefined;
  let opened: OpenDocument | null = null;
  let title = '';
  let on = false;
  handleCalls<Pick<ContentCalls, 'addNoteFromSelection' | 'noteStates' | 'showNote' | 'notesChanged' | 'pageIdentity'>>({
    addNoteFromSelection: () => notes?.command(),
    noteStates: () => notes?.states() ?? {},
    showNote: (args) => notes?.show(String(args.id)) ?? false,
    notesChanged: () => notes?.changedElsewhere(),
    // The popup files this tab's notes as the viewer does; a viewer with nothing open has no identity to give.
    pageIdentity: () => {
      if (identity === undefined) throw new Error('No document');
      return identity;
    },
  });
  /** Starts or stops the notes to match what is on show and whether its notes are shown. */
  const follow = (): void => {
    const wanted = on && opened !== null && identity !== undefined;
    if (!wanted && notes !== null) {
      notes.stop();
      notes = null;
    }
    if (wanted && notes === null && opened !== null && identity !== undefined) notes = startPdfNotes(doc, eventBus, opened.pdf, identity, () => title, api);
  };
  return {
    documentOpened(next) {
      notes?.stop();
      notes = null;
      // Another document may be on another site: hidden until its site's switch is known.
      on = false;
      delete doc.documentElement.dataset['notes'];
      opened = next;
      identity = pdfIdentity(next.url, next.pdf.fingerprints[0]);
      title = next.name;
      // The document's own title where it has one ("Target Operating Model"), for lists and search; else its file name.
      next.pdf.getMetadata().then((m) => {
        const own = (m.info as { Title?: unknown } | undefined)?.Title;
        if (opened === next && typeof own === 'string' && own.trim() !== '') title = own.trim();
      }, () => undefined);
    },
    shown(value) {
      on = value;
      doc.documentElement.dataset['notes'] = value ? 'shown' : 'hidden';
      follow();
    },
  };
}

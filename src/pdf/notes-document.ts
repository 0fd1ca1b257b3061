/**
 * A PDF as the notes see it (the NoteDocument of src/content/notes.ts): the whole document's text, from the
 * reader the lens shares (text-reader.ts: each page asked of pdf.js once, joined as text layers are), notes
 * fetched by the document's address and fingerprint and anchored in that text, and their ranges made on the
 * text layers pdf.js has rendered. A text layer rendered again (zoom, a far page shown again) gets its
 * ranges again. A new note is described in the same text from the reader's selection in the text layers.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { EventBus } from 'pdfjs-dist/web/pdf_viewer.mjs';
import type { Anchor } from '../core/anchoring';
import { describePassage, documentAnchorer, documentText, indexInJoined, pageText, spansOf, type DocumentText } from '../core/pdf-anchoring';
import { anchor as anchorIn } from '../core/anchoring';
import { spanInPieces } from '../core/text-join';
import type { NoteDocument } from '../content/notes';
import type { NewNoteTarget } from '../content/notes-editing';
import type { NoteApi, NotePlacement, Placed } from '../content/notes-placing';
import type { Note } from '../shared/types';
import type { PdfIdentity } from './notes-identity';
import { layerOf, readTextLayer, type LayerText } from './text-layer';
import { textOf } from './text-reader';

/** A rendered text layer read as the lens reads it (text-layer.ts), with its page. */
interface Layer extends LayerText {
  readonly page: number;
}

/** The page number of the text layer a node is in, or undefined. */
function pageOfNode(node: Node): number | undefined {
  const el = node.nodeType === Node.ELEMENT_NODE ? node as Element : node.parentElement;
  const page = el?.closest('.textLayer')?.closest<HTMLElement>('.page[data-page-number]');
  const n = Number(page?.dataset['pageNumber']);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** What the viewer tells the notes about the document on show. */
export interface PdfNoteSubject {
  readonly doc: Document;
  readonly eventBus: EventBus;
  readonly pdf: PDFDocumentProxy;
  readonly identity: PdfIdentity;
  /** The title notes are listed under: the document's own title, else its file name. */
  readonly title: () => string;
}

/** The PDF as a NoteDocument, with `ready` resolving once the whole document's text has been read. */
export function pdfNoteDocument(subject: PdfNoteSubject, api: Pick<NoteApi, 'notesForPage'>, signal: AbortSignal): NoteDocument & { readonly text: () => DocumentText | undefined } {
  const { doc, eventBus, pdf, identity } = subject;
  let text: DocumentText | undefined;
  // The document's text, from the reader the lens shares (text-reader.ts): each page asked of pdf.js once.
  const reading = textOf(pdf).all(signal).then((pages): DocumentText | undefined => {
    if (pages === undefined || signal.aborted) return undefined;
    text = documentText(pages);
    doc.documentElement.dataset['notesRead'] = 'true';
    return text;
  }, () => undefined);

  const layers = new Map<number, Layer>();
  /** A rendered page's layer, read once per render. */
  const layer = (page: number): Layer | undefined => {
    const element = layerOf(doc, page);
    if (element === null) return undefined;
    let l = layers.get(page);
    if (l === undefined || !l.nodes[0]?.isConnected) {
      l = { page, ...readTextLayer(element) };
      layers.set(page, l);
    }
    return l.nodes.length > 0 ? l : undefined;
  };

  /** Offsets of a page's own text in its layer's text: the same when pdf.js drew every item (nearly always); else the passage found there. */
  const inLayer = (t: DocumentText, l: Layer, start: number, end: number): { start: number; end: number } | undefined => {
    const own = pageText(t, l.page);
    if (l.joined.text === own) return { start, end };
    const found = anchorIn(l.joined.text, { type: 'TextQuoteSelector', exact: own.slice(start, end), prefix: own.slice(Math.max(0, start - 32), start), suffix: own.slice(end, end + 32) });
    return found.state === 'orphan' ? undefined : found;
  };

  /** One DOM range over the rendered parts of an anchored passage; null when none of its pages is rendered. */
  const rangeOf = (t: DocumentText, a: Anchor): Range | null => {
    let range: Range | null = null;
    for (const span of spansOf(t, a)) {
      const l = layer(span.page);
      const at = l && inLayer(t, l, span.start, span.end);
      const where = at && spanInPieces(l.joined, at.start, at.end);
      if (!l || !where) continue;
      if (range === null) {
        range = doc.createRange();
        range.setStart(l.nodes[where.startPiece] as Text, where.startOffset);
      }
      range.setEnd(l.nodes[where.endPiece] as Text, where.endOffset);
    }
    return range;
  };

  const place = (placedSignal: AbortSignal, onPlaced: (placed: readonly Placed[]) => void): NotePlacement => {
    let anchored: Array<{ note: Note; anchor: Anchor }> = [];
    let placed: Placed[] = [];
    let generation = 0;
    const current = (mine: number): boolean => mine === generation && !placedSignal.aborted;
    const build = (t: DocumentText): void => {
      placed = anchored
        .map(({ note, anchor: a }) => ({ note, state: a.state, start: a.start, end: a.end, range: a.state === 'orphan' ? null : rangeOf(t, a) }))
        .sort((x, y) => x.start - y.start);
      onPlaced(placed);
    };
    // Ranges die with their text layer: a page rendered again gets its notes' ranges again.
    const onRendered = ({ pageNumber }: { pageNumber: number }): void => {
      layers.delete(pageNumber);
      if (placedSignal.aborted || text === undefined || anchored.length === 0) return;
      if (anchored.some(({ anchor: a }) => spansOf(text as DocumentText, a).some((s) => s.page === pageNumber))) build(text);
    };
    eventBus.on('textlayerrendered', onRendered);
    placedSignal.addEventListener('abort', () => {
      generation++;
      eventBus.off('textlayerrendered', onRendered);
      anchored = [];
      placed = [];
      layers.clear();
    }, { once: true });

    return {
      get placed() { return placed; },
      get text() { return text?.text ?? ''; },
      async refresh() {
        if (placedSignal.aborted) return false;
        const mine = ++generation;
        const notes = await api.notesForPage({ source: identity.source, ...(identity.fingerprint ? { fingerprint: identity.fingerprint } : {}) });
        if (!current(mine)) return false;
        if (notes.length === 0 && anchored.length === 0) return true;
        const t = await reading;
        if (!current(mine) || t === undefined) return false;
        const started = performance.now();
        const find = documentAnchorer(t);
        anchored = notes.map((note) => ({ note, anchor: find(note.target.quote, note.target.position) }));
        build(t);
        performance.measure('probation-note:anchor', { start: started, detail: { notes: notes.length, found: placed.filter((p) => p.state !== 'orphan').length, pdf: true } });
        return true;
      },
      at(node, offset) {
        const page = pageOfNode(node);
        const l = page === undefined ? undefined : layer(page);
        const index = l?.nodes.indexOf(node as Text) ?? -1;
        if (text === undefined || l === undefined || index < 0) return undefined;
        const local = indexInJoined(l.joined, index, offset);
        const at = (text.starts[l.page - 1] as number) + local;
        return placed.find((p) => p.range !== null && p.start <= at && at <= p.end);
      },
    };
  };

  /** The document offset of a boundary point in a rendered text layer, the first character at or after it. */
  const offsetOf = (t: DocumentText, range: Range, edge: 'start' | 'end'): number | undefined => {
    // The text nodes the selection touches, in order; the first (start) or last (end) decides.
    const touched: Array<{ l: Layer; index: number; from: number; to: number }> = [];
    for (const element of doc.querySelectorAll('#viewer .textLayer')) {
      if (!range.intersectsNode(element)) continue;
      const page = pageOfNode(element);
      const l = page === undefined ? undefined : layer(page);
      if (!l) continue;
      l.nodes.forEach((node, index) => {
        if (!range.intersectsNode(node)) return;
        const from = node === range.startContainer ? range.startOffset : 0;
        const to = node === range.endContainer ? range.endOffset : node.data.length;
        if (to > from) touched.push({ l, index, from, to });
      });
    }
    const hit = edge === 'start' ? touched[0] : touched[touched.length - 1];
    if (hit === undefined) return undefined;
    const local = edge === 'start' ? indexInJoined(hit.l.joined, hit.index, hit.from) : indexInJoined(hit.l.joined, hit.index, hit.to);
    const own = pageText(t, hit.l.page);
    // A layer drawn differently from the page's text: the nearest we can say is the same offset in the page.
    return (t.starts[hit.l.page - 1] as number) + Math.min(local, own.length);
  };

  return {
    text: () => text,
    place,
    locate(selection): NewNoteTarget | null {
      if (text === undefined || selection.rangeCount === 0) return null;
      const range = selection.getRangeAt(0);
      const start = offsetOf(text, range, 'start');
      const end = offsetOf(text, range, 'end');
      if (start === undefined || end === undefined || end <= start) return null;
      const passage = describePassage(text, start, end);
      if (passage === null) return null;
      return {
        target: { source: identity.source, ...(identity.fingerprint ? { fingerprint: identity.fingerprint } : {}), quote: passage.quote, position: passage.position, page: passage.page },
        pageTitle: subject.title(),
      };
    },
    accepts(range) {
      return text !== undefined && doc.getElementById('viewer')?.contains(range.commonAncestorContainer) === true
        && [...doc.querySelectorAll('#viewer .textLayer')].some((l) => range.intersectsNode(l));
    },
  };
}

/**
 * The lens inside the PDF viewer: each rendered text layer is read as one joined text (core/text-join),
 * matched with the same matcher as web pages, and painted under the same CSS.highlights names with the same
 * kind decisions (core/term-kinds); hovering a term shows the same card. The whole document is read in idle
 * time (reading.ts) into one index of its terms (core/document-terms): the acronyms it defines anywhere (a
 * glossary annex on the last page explains a term on page 3), the ones nobody explains, and every use by page
 * and offset, which Alt+Shift+J/K and the popup's This page list move through, turning pages (navigation.ts).
 * A text layer rebuilt (zoom, a page released and shown again) is painted afresh.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { EventBus } from 'pdfjs-dist/web/pdf_viewer.mjs';
import { cardModel } from '../core/card-model';
import { DocumentTerms } from '../core/document-terms';
import type { DisplaySettings } from '../core/display-settings';
import { compileMatcher, type Matcher } from '../core/matcher';
import { PHRASE_FALSE_FRIENDS } from '../core/phrases-data';
import { ALL_HIGHLIGHT_NAMES, HIGHLIGHT_NAMES, entryKinds, highlightName, termSource } from '../core/term-kinds';
import { spanInPieces } from '../core/text-join';
import { startCards, type HoverTarget } from '../content/cards';
import { applyDisplayStyle } from '../content/display-style';
import { caretAt, pointOn } from '../content/hit-test';
import { LensUi } from '../content/ui/host';
import type { PageSummary } from '../shared/protocol';
import type { GlossaryEntry } from '../shared/types';
import { createPdfNavigator, type PaintedTerm } from './navigation';
import { readDocument } from './reading';
import { layerOf, readTextLayer } from './text-layer';
import { textOf } from './text-reader';

const NEARBY = 300;
/** How long a move waits for a page's text layer before it gives up. */
const PAGE_WAIT_MS = 20_000;

/** One term painted on a page, with what its card needs. */
interface PdfOccurrence extends PaintedTerm {
  readonly written: string;
  readonly nearby: string;
}

/** What the lens is built from and works with. */
export interface PdfLensOptions {
  readonly doc: Document;
  readonly eventBus: EventBus;
  readonly pdf: Pick<PDFDocumentProxy, 'numPages' | 'getPage'>;
  /** The document's title or file name: part of what it is about (a renamed everyday word's context). */
  readonly title: string;
  /** The built-in terms, then the organisation's (from teamFrom), then the reader's own (from personalFrom). */
  readonly glossary: readonly GlossaryEntry[];
  /** The glossary's matcher, when compiled already (content/lens.ts's lensMatcher); else compiled here. */
  readonly matcher?: Matcher;
  readonly personalFrom: number;
  readonly teamFrom: number;
  readonly display: DisplaySettings;
  /** Turns the viewer to a page (pdf.js then renders it and its text layer). */
  readonly goToPage: (page: number) => void;
  /** The unexplained acronym card's "Add a definition" action. */
  readonly addDefinition?: (term: string) => void;
}

/** The lens on one open document. */
export interface PdfLens {
  /** Moves to the next or previous term of the whole document (waits for it to be read). */
  step(direction: 1 | -1): Promise<void>;
  /** Moves to the next use of a term (the popup's This page list); false when it has none. */
  showTerm(term: string): Promise<boolean>;
  /** The terms of the whole document, once it has been read. */
  summary(): Promise<PageSummary>;
  stop(): void;
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Starts the lens on one open document; `stop` takes everything away. */
export function startPdfLens(options: PdfLensOptions): PdfLens {
  const { doc, eventBus, pdf, glossary, personalFrom, teamFrom, display } = options;
  const life = new AbortController();
  const matcher = options.matcher ?? compileMatcher(glossary, PHRASE_FALSE_FRIENDS);
  const terms = new DocumentTerms(glossary, entryKinds(glossary, new Set(display.hiddenCategories)), [options.title]);
  const style = applyDisplayStyle(doc, display);
  const highlights = new Map<string, Highlight>();
  for (const name of ALL_HIGHLIGHT_NAMES) {
    const h = new Highlight();
    if (name === HIGHLIGHT_NAMES.unknown) h.priority = -1;
    highlights.set(name, h);
    CSS.highlights.set(name, h);
  }
  const byPage = new Map<number, PdfOccurrence[]>();
  const byNode = new Map<Text, PdfOccurrence[]>();
  const nodesOf = new Map<number, Text[]>();
  // Moves waiting for a page's text layer to be painted.
  const waiting = new Map<number, Array<(list: PdfOccurrence[] | undefined) => void>>();

  const unpaint = (page: number): void => {
    const list = byPage.get(page);
    if (list === undefined) return;
    for (const o of list) highlights.get(highlightName(o))?.delete(o.range);
    for (const node of nodesOf.get(page) ?? []) byNode.delete(node);
    byPage.delete(page);
    nodesOf.delete(page);
  };

  /** Reads a rendered text layer and paints its terms. */
  const paint = (page: number): void => {
    const started = performance.now();
    unpaint(page);
    // Pages pdf.js released since: their ranges are in text that left the document.
    for (const [n, list] of byPage) if (list[0] !== undefined && !list[0].range.startContainer.isConnected) unpaint(n);
    const layer = layerOf(doc, page);
    if (layer === null) return;
    const { joined, nodes } = readTextLayer(layer);
    const list: PdfOccurrence[] = [];
    const touched: Text[] = [];
    for (const f of terms.occurrencesOf(page, matcher.scan(joined.text), joined.text)) {
      const span = spanInPieces(joined, f.start, f.end);
      const start = span && nodes[span.startPiece];
      const end = span && nodes[span.endPiece];
      if (!span || !start || !end) continue;
      const range = doc.createRange();
      range.setStart(start, span.startOffset);
      range.setEnd(end, span.endOffset);
      const o: PdfOccurrence = {
        ...f, range, written: joined.text.slice(f.start, f.end), nearby: joined.text.slice(Math.max(0, f.start - NEARBY), f.end + NEARBY),
      };
      list.push(o);
      highlights.get(highlightName(o))?.add(range);
      for (let i = span.startPiece; i <= span.endPiece; i++) {
        const node = nodes[i] as Text;
        const at = byNode.get(node);
        if (at) at.push(o);
        else {
          byNode.set(node, [o]);
          touched.push(node);
        }
      }
    }
    byPage.set(page, list);
    nodesOf.set(page, touched);
    performance.mark('probation-jargon:pdf-page', { detail: { page, occurrences: list.length } });
    performance.measure('probation-jargon:pdf-paint', { start: started, detail: { page, occurrences: list.length } });
    for (const hear of waiting.get(page) ?? []) hear(list);
    waiting.delete(page);
  };

  const onRendered = ({ pageNumber }: { pageNumber: number }): void => {
    if (!life.signal.aborted) paint(pageNumber);
  };
  eventBus.on('textlayerrendered', onRendered);
  // Find in document marks its matches by rewriting the text layer's text nodes (and again when they are taken
  // away): paint those pages again once pdf.js's own listener has done so (it runs after ours, in the same dispatch).
  const onMatches = ({ pageIndex }: { pageIndex: number }): void => {
    queueMicrotask(() => {
      if (life.signal.aborted) return;
      for (const page of pageIndex >= 0 ? [pageIndex + 1] : Array.from(byPage.keys())) if (byPage.has(page)) paint(page);
    });
  };
  eventBus.on('updatetextlayermatches', onMatches);
  // Pages rendered before the lens started.
  for (const page of doc.querySelectorAll<HTMLElement>('#viewer .page[data-page-number]')) {
    if (page.querySelector('.textLayer span') !== null) paint(Number(page.dataset['pageNumber']));
  }

  const ui = new LensUi(doc, options.addDefinition);
  const describe = (o: PdfOccurrence) => {
    const entry = o.entry >= 0 ? glossary[o.entry] : undefined;
    const defined = terms.definitions.get(entry?.term ?? o.token) ?? terms.definitions.get(o.token);
    return cardModel({
      token: o.token, written: o.written, nearby: o.nearby, pageWords: terms.wholeWords(),
      ...(entry ? { entry } : {}), ...(defined ? { page: defined } : {}),
      ...(o.entry >= personalFrom ? { personal: true } : o.entry >= teamFrom ? { team: true } : {}),
    });
  };
  const termTarget = (o: PdfOccurrence): HoverTarget => ({
    key: o,
    rect: () => o.range.getBoundingClientRect(),
    show: (byKeyboard) => ui.showCard(describe(o), o.range.getBoundingClientRect(), byKeyboard),
    refresh: () => ui.showCard(describe(o), o.range.getBoundingClientRect(), false),
  });
  const targetAt = (x: number, y: number): HoverTarget | undefined => {
    const caret = caretAt(doc, x, y);
    if (caret === null || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
    const o = byNode.get(caret.node as Text)?.find((c) => pointOn(c.range, x, y));
    return o === undefined ? undefined : termTarget(o);
  };
  const cards = startCards(doc, ui, targetAt);

  // The whole document, in idle time: then the pages on show are painted again with what it defines.
  const started = performance.now();
  const read = readDocument(textOf(pdf), terms, matcher, life.signal).then((done) => {
    if (!done || life.signal.aborted) return false;
    for (const page of Array.from(byPage.keys())) paint(page);
    cards.refresh();
    performance.measure('probation-jargon:pdf-document', { start: started, end: performance.now(), detail: { pages: pdf.numPages, definitions: terms.definitions.size } });
    doc.documentElement.dataset['lensRead'] = 'true';
    return true;
  }, () => false);

  /** The painted terms of a page on show: now when they are, else once pdf.js has rendered it. */
  const paintedOn = (page: number): Promise<PdfOccurrence[] | undefined> => {
    const now = byPage.get(page);
    if (now !== undefined && now.every((o) => o.range.startContainer.isConnected)) return Promise.resolve(now);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), PAGE_WAIT_MS);
      const done = (list: PdfOccurrence[] | undefined): void => { clearTimeout(timer); resolve(list); };
      waiting.set(page, [...(waiting.get(page) ?? []), done]);
      life.signal.addEventListener('abort', () => done(undefined), { once: true });
      options.goToPage(page);
    });
  };
  const navigate = createPdfNavigator({
    terms: () => terms.inOrder(),
    paintedOn,
    arrive: (twin) => {
      const o = twin as PdfOccurrence;
      const selection = doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(o.range.cloneRange());
      o.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
      cards.show(termTarget(o), true);
    },
  });
  /** Runs `then` once the whole document is read; `stopped` when the lens stopped first. */
  const whenRead = async <T>(then: () => T | Promise<T>, stopped: T): Promise<T> => ((await read) && !life.signal.aborted ? then() : stopped);

  const onKeyDown = (e: KeyboardEvent): void => {
    // The same chords as the manifest's commands, for browsers that hand them to the page.
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || isEditable(e.target)) return;
    if (e.code !== 'KeyJ' && e.code !== 'KeyK') return;
    e.preventDefault();
    void whenRead(() => navigate(e.code === 'KeyJ' ? 1 : -1), false);
  };
  doc.addEventListener('keydown', onKeyDown, { capture: true, signal: life.signal });

  const summary = (): PageSummary => {
    type Found = PageSummary['terms'][number];
    const found = new Map<string, { -readonly [K in keyof Found]: Found[K] }>();
    const defined = (t: string): boolean => terms.definitions.has(t);
    for (const o of terms.inOrder()) {
      const known = found.get(o.token);
      if (known) known.count++;
      else {
        const expansion = terms.definitions.get(o.token)?.long ?? glossary[o.entry]?.senses[0]?.expansion;
        found.set(o.token, { term: o.token, count: 1, kind: o.kind, source: termSource(o, defined, personalFrom, teamFrom), ...(expansion ? { expansion } : {}) });
      }
    }
    return { enabled: true, terms: [...found.values()] };
  };

  return {
    step: async (direction) => { await whenRead(() => navigate(direction), false); },
    showTerm: (term) => whenRead(() => navigate(1, (o) => o.token === term), false),
    summary: () => whenRead(summary, { enabled: false, terms: [] }),
    stop() {
      life.abort();
      eventBus.off('textlayerrendered', onRendered);
      eventBus.off('updatetextlayermatches', onMatches);
      cards.stop();
      ui.dispose();
      style.remove();
      for (const [name, h] of highlights) {
        h.clear();
        if (CSS.highlights.get(name) === h) CSS.highlights.delete(name);
      }
      byPage.clear();
      byNode.clear();
      delete doc.documentElement.dataset['lensRead'];
    },
  };
}

/**
 * The lens inside the PDF viewer: each rendered text layer is read as one joined text (core/text-join), matched
 * with the same matcher as web pages, and painted under the same CSS.highlights names; hovering a term shows
 * the same card. The whole document is read in idle time, a page per task, for the acronyms it defines (a
 * glossary annex on the last page explains a term on page 3) and the ones nobody explains; then the rendered
 * pages are painted again. A text layer rebuilt (zoom, a page released and shown again) is painted afresh.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { EventBus } from 'pdfjs-dist/web/pdf_viewer.mjs';
import { cardModel } from '../core/card-model';
import { findDefinitions } from '../core/definitions';
import type { DisplaySettings } from '../core/display-settings';
import { compileMatcher } from '../core/matcher';
import { PHRASE_FALSE_FRIENDS } from '../core/phrases-data';
import { joinPieces, spanInPieces, type TextPiece } from '../core/text-join';
import { startCards, type HoverTarget } from '../content/cards';
import { applyDisplayStyle } from '../content/display-style';
import { caretAt, pointOn } from '../content/hit-test';
import { HIGHLIGHT_NAMES, type Kind } from '../content/occurrences';
import { sentenceAround, type PageDefinition } from '../content/page-definitions';
import { LensUi } from '../content/ui/host';
import type { GlossaryEntry } from '../shared/types';

const MIN_UNKNOWN_COUNT = 2;
const MAX_UNKNOWN_TOKENS = 60;
const NEARBY = 300;

/** One term painted on a page. */
interface PdfOccurrence {
  readonly range: Range;
  readonly kind: Kind;
  readonly entry: number;
  readonly token: string;
  readonly written: string;
  readonly nearby: string;
  readonly page: number;
}

/** The text pieces of a text layer, in order, with the text node of each. */
function piecesOf(layer: Element): { pieces: TextPiece[]; nodes: Text[] } {
  const pieces: TextPiece[] = [];
  const nodes: Text[] = [];
  const walker = layer.ownerDocument.createTreeWalker(layer, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      pieces.push({ text: (n as Text).data, eol: false });
      nodes.push(n as Text);
    } else if ((n as Element).tagName === 'BR' && pieces.length > 0) {
      const last = pieces[pieces.length - 1] as TextPiece;
      pieces[pieces.length - 1] = { text: last.text, eol: true };
    }
  }
  return { pieces, nodes };
}

/** The lens on one open document; `stop` takes everything away. */
export function startPdfLens(
  doc: Document, eventBus: EventBus, pdf: PDFDocumentProxy, glossary: readonly GlossaryEntry[], personalFrom: number, display: DisplaySettings,
): { stop(): void; readonly summary: () => Array<{ term: string; count: number; kind: Kind }> } {
  const stopped = new AbortController();
  const matcher = compileMatcher(glossary, PHRASE_FALSE_FRIENDS);
  const hidden = new Set(display.hiddenCategories);
  const kinds = glossary.map((e): Kind | undefined => {
    const category = e.senses[0]?.category;
    return category !== undefined && hidden.has(category) ? undefined : e.renamed ? 'renamed' : 'jargon';
  });
  const style = applyDisplayStyle(doc, display);
  const highlights = new Map<Kind, Highlight>();
  for (const kind of Object.keys(HIGHLIGHT_NAMES) as Kind[]) {
    const h = new Highlight();
    if (kind === 'unknown') h.priority = -1;
    highlights.set(kind, h);
    CSS.highlights.set(HIGHLIGHT_NAMES[kind], h);
  }
  const definitions = new Map<string, PageDefinition>();
  let unknown = new Set<string>();
  const byPage = new Map<number, PdfOccurrence[]>();
  const byNode = new Map<Text, PdfOccurrence[]>();

  const unpaint = (page: number): void => {
    for (const o of byPage.get(page) ?? []) highlights.get(o.kind)?.delete(o.range);
    byPage.delete(page);
    for (const [node, list] of byNode) if (list[0]?.page === page) byNode.delete(node);
  };

  /** Reads a rendered text layer and paints its terms. */
  const paint = (page: number): void => {
    unpaint(page);
    const layer = doc.querySelector(`#viewer .page[data-page-number="${page}"] .textLayer`);
    if (layer === null) return;
    const { pieces, nodes } = piecesOf(layer);
    const joined = joinPieces(pieces);
    const { matches, candidates } = matcher.scan(joined.text);
    const found: Array<{ start: number; end: number; kind: Kind; entry: number; token: string }> = [];
    for (const m of matches) {
      const kind = kinds[m.entry];
      if (kind !== undefined) found.push({ start: m.start, end: m.end, kind, entry: m.entry, token: glossary[m.entry]?.term ?? '' });
    }
    for (const c of candidates) {
      if (definitions.has(c.token)) found.push({ start: c.start, end: c.end, kind: 'jargon', entry: -1, token: c.token });
      else if (unknown.has(c.token) && !c.ordinary) found.push({ start: c.start, end: c.end, kind: 'unknown', entry: -1, token: c.token });
    }
    const list: PdfOccurrence[] = [];
    for (const f of found) {
      const span = spanInPieces(joined, f.start, f.end);
      const start = span && nodes[span.startPiece];
      const end = span && nodes[span.endPiece];
      if (!span || !start || !end) continue;
      const range = doc.createRange();
      range.setStart(start, span.startOffset);
      range.setEnd(end, span.endOffset);
      const o: PdfOccurrence = {
        range, kind: f.kind, entry: f.entry, token: f.token, page,
        written: joined.text.slice(f.start, f.end), nearby: joined.text.slice(Math.max(0, f.start - NEARBY), f.end + NEARBY),
      };
      list.push(o);
      highlights.get(o.kind)?.add(range);
      for (let i = span.startPiece; i <= span.endPiece; i++) {
        const node = nodes[i] as Text;
        const at = byNode.get(node);
        if (at) at.push(o);
        else byNode.set(node, [o]);
      }
    }
    byPage.set(page, list);
    performance.mark('probation-jargon:pdf-page', { detail: { page, occurrences: list.length } });
  };

  const onRendered = ({ pageNumber }: { pageNumber: number }): void => {
    if (!stopped.signal.aborted) paint(pageNumber);
  };
  eventBus.on('textlayerrendered', onRendered);
  // Find in document marks its matches by rewriting the text layer's text nodes (and again when they are taken
  // away): paint those pages again once pdf.js's own listener has done so (it runs after ours, in the same dispatch).
  const onMatches = ({ pageIndex }: { pageIndex: number }): void => {
    queueMicrotask(() => {
      if (stopped.signal.aborted) return;
      for (const page of pageIndex >= 0 ? [pageIndex + 1] : Array.from(byPage.keys())) if (byPage.has(page)) paint(page);
    });
  };
  eventBus.on('updatetextlayermatches', onMatches);
  // Pages rendered before the lens started.
  for (const layer of doc.querySelectorAll('#viewer .page[data-page-number]')) {
    if (layer.querySelector('.textLayer span') !== null) paint(Number((layer as HTMLElement).dataset['pageNumber']));
  }

  // The whole document, a page per idle task: definitions and recurring undefined acronyms.
  void (async () => {
    const started = performance.now();
    const counts = new Map<string, number>();
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      if (stopped.signal.aborted) return;
      await new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 200 }) : setTimeout(resolve, 0)));
      const pieces = content.items.flatMap((item) => ('str' in item ? [{ text: item.str, eol: item.hasEOL }] : []));
      const { text } = joinPieces(pieces);
      if (text.includes('(')) {
        for (const d of findDefinitions(text)) {
          if (!definitions.has(d.short)) definitions.set(d.short, { short: d.short, long: d.long, sentence: sentenceAround(text, d.start, d.end), source: 'text' });
        }
      }
      for (const c of matcher.scan(text).candidates) if (!c.ordinary) counts.set(c.token, (counts.get(c.token) ?? 0) + 1);
    }
    unknown = new Set([...counts].filter(([t, c]) => c >= MIN_UNKNOWN_COUNT && !definitions.has(t)).sort((a, b) => b[1] - a[1]).slice(0, MAX_UNKNOWN_TOKENS).map(([t]) => t));
    // A copy: paint() takes each page out of the map and puts it back, which a live iteration would visit again.
    const rendered = Array.from(byPage.keys());
    for (const page of rendered) paint(page);
    performance.measure('probation-jargon:pdf-document', { start: started, end: performance.now(), detail: { pages: pdf.numPages, definitions: definitions.size } });
    doc.documentElement.dataset['lensRead'] = 'true';
  })().catch(() => undefined);

  const ui = new LensUi(doc);
  const describe = (o: PdfOccurrence) => {
    const entry = o.entry >= 0 ? glossary[o.entry] : undefined;
    const defined = definitions.get(entry?.term ?? o.token) ?? definitions.get(o.token);
    return cardModel({
      token: o.token, written: o.written, nearby: o.nearby,
      ...(entry ? { entry } : {}), ...(defined ? { page: defined } : {}), ...(o.entry >= personalFrom ? { personal: true } : {}),
    });
  };
  const targetAt = (x: number, y: number): HoverTarget | undefined => {
    const caret = caretAt(doc, x, y);
    if (caret === null || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
    const o = byNode.get(caret.node as Text)?.find((c) => pointOn(c.range, x, y));
    return o === undefined ? undefined : { key: o, rect: () => o.range.getBoundingClientRect(), show: (byKeyboard) => ui.showCard(describe(o), o.range.getBoundingClientRect(), byKeyboard) };
  };
  const cards = startCards(doc, ui, targetAt);

  return {
    summary() {
      const terms = new Map<string, { term: string; count: number; kind: Kind }>();
      for (const list of byPage.values()) for (const o of list) {
        const t = terms.get(o.token);
        if (t) t.count++;
        else terms.set(o.token, { term: o.token, count: 1, kind: o.kind });
      }
      return [...terms.values()];
    },
    stop() {
      stopped.abort();
      eventBus.off('textlayerrendered', onRendered);
      eventBus.off('updatetextlayermatches', onMatches);
      cards.stop();
      ui.dispose();
      style.remove();
      for (const [kind, h] of highlights) {
        h.clear();
        if (CSS.highlights.get(HIGHLIGHT_NAMES[kind]) === h) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
      }
    },
  };
}

/**
 * Notes on PDFs, anchored in the whole document's text: each page's pdf.js text items joined as the lens
 * reads them (core/text-join: line-end hyphens between letters removed, whitespace collapsed), the pages
 * one after another with a line break between. A note keeps a quote with prefix and suffix (core/anchoring),
 * its position in that text and its page; it is found again by the same anchorer as on web pages, so a
 * replaced file gives the same three states (exact, changed, not found), never a lookalike.
 * Pure: no browser, no pdf.js.
 */
import { anchorerFor, describe, type Anchor } from './anchoring';
import { joinPieces, type JoinedText, type TextPiece } from './text-join';
import type { TextPositionSelector, TextQuoteSelector } from '../shared/types';

/** A pdf.js text content item as far as the text goes (marked-content items have no str). */
export interface PdfTextItem {
  readonly str?: string;
  readonly hasEOL?: boolean;
}

/** What separates one page's text from the next in the document's text. */
export const PAGE_BREAK = '\n';

/**
 * The pieces of a page's items as its text layer shows them: pdf.js draws no span for an empty item but
 * still a line break after it, so an empty item's line end belongs to the piece before.
 */
export function piecesOfItems(items: readonly PdfTextItem[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    if (item.str !== '') pieces.push({ text: item.str, eol: item.hasEOL === true });
    else if (item.hasEOL === true && pieces.length > 0) pieces[pieces.length - 1] = { text: (pieces[pieces.length - 1] as TextPiece).text, eol: true };
  }
  return pieces;
}

const LIGATURES = /[\ufb00-\ufb06]/;

/**
 * A joined text with typographic ligatures spelt out ("ﬃ" as "ffi", as pdf.js's own normalisation does):
 * a note quotes "officer" as the reader reads it, whichever way the file encodes it. Each letter keeps the
 * piece and offset of its ligature, so a range still covers the whole glyph.
 */
export function spellLigatures(joined: JoinedText): JoinedText {
  if (!LIGATURES.test(joined.text)) return joined;
  const chars: string[] = [];
  const piece: number[] = [];
  const offset: number[] = [];
  for (let i = 0; i < joined.text.length; i++) {
    const c = joined.text[i] as string;
    for (const letter of LIGATURES.test(c) ? c.normalize('NFKC') : c) {
      chars.push(letter);
      piece.push(joined.piece[i] as number);
      offset.push(joined.offset[i] as number);
    }
  }
  return { text: chars.join(''), piece: Int32Array.from(piece), offset: Int32Array.from(offset) };
}

/** A page's text as notes read it: its pieces joined (core/text-join) and its ligatures spelt out. */
export function joinPage(pieces: readonly TextPiece[]): JoinedText {
  return spellLigatures(joinPieces(pieces));
}

/** The whole document's text and where each page starts in it (starts[0] is page 1). */
export interface DocumentText {
  readonly text: string;
  readonly starts: readonly number[];
}

/** Joins the pages' texts (each already joined by joinPieces) into the document's text. */
export function documentText(pages: readonly string[]): DocumentText {
  const starts: number[] = [];
  let at = 0;
  for (const page of pages) {
    starts.push(at);
    at += page.length + PAGE_BREAK.length;
  }
  return { text: pages.join(PAGE_BREAK), starts };
}

/** The page (from 1) an offset of the document's text lies on. */
export function pageAt(doc: DocumentText, offset: number): number {
  let lo = 0;
  let hi = doc.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** A page's own text, out of the document's. */
export function pageText(doc: DocumentText, page: number): string {
  const start = doc.starts[page - 1] ?? 0;
  const next = doc.starts[page];
  return doc.text.slice(start, next === undefined ? doc.text.length : next - PAGE_BREAK.length);
}

/**
 * Text as a note quotes it: white space of any kind (a selection's toString has "\n" where the text layer
 * has a <br>, and nothing where Range.toString has nothing) collapsed to single spaces, trimmed.
 */
export function normaliseQuote(text: string): string {
  return text.replace(/[\s\u00ad]+/g, (run) => (/\s/.test(run) ? ' ' : '')).trim();
}

/** What a new PDF note stores about its passage: the selectors of core/anchoring and the page it starts on. */
export interface PdfPassage {
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
  readonly page: number;
}

/** Describes document text [start, end) for a new note; null when it holds no text. */
export function describePassage(doc: DocumentText, start: number, end: number): PdfPassage | null {
  const { quote, position } = describe(doc.text, start, end);
  if (quote.exact.trim() === '') return null;
  const tidy = (s: string): string => s.replace(/\s+/g, ' ');
  return { quote: { ...quote, exact: tidy(quote.exact), prefix: tidy(quote.prefix), suffix: tidy(quote.suffix) }, position, page: pageAt(doc, position.start) };
}

/** The part of a placed passage on one page, in that page's own text. */
export interface PageSpan {
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

/** Where an anchored passage lies, page by page (a passage may run over a page break); none for an orphan. */
export function spansOf(doc: DocumentText, anchor: Pick<Anchor, 'state' | 'start' | 'end'>): PageSpan[] {
  if (anchor.state === 'orphan' || anchor.end <= anchor.start) return [];
  const spans: PageSpan[] = [];
  for (let page = pageAt(doc, anchor.start); page <= doc.starts.length; page++) {
    const from = doc.starts[page - 1] as number;
    const to = from + pageText(doc, page).length;
    if (from >= anchor.end) break;
    const start = Math.max(anchor.start, from) - from;
    const end = Math.min(anchor.end, to) - from;
    if (end > start) spans.push({ page, start, end });
  }
  return spans;
}

/** Anchors notes in the document's text (normalised once for them all). */
export function documentAnchorer(doc: DocumentText): (quote: TextQuoteSelector, position?: TextPositionSelector) => Anchor {
  return anchorerFor(doc.text);
}

/**
 * The index in a joined text of a point in its pieces (piece, offset within its text): the first
 * character at or after it; the text's length when none is. Characters the join dropped (a line-end
 * hyphen, a soft hyphen, collapsed white space) move the point to the next one kept.
 */
export function indexInJoined(joined: JoinedText, piece: number, offset: number): number {
  let lo = 0;
  let hi = joined.text.length;
  // Keys ascend: (piece, offset), with a line end's space (offset -1) after every character of its piece.
  const before = (i: number): boolean => {
    const p = joined.piece[i] as number;
    const o = joined.offset[i] as number;
    return p < piece || (p === piece && o >= 0 && o < offset);
  };
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Joins a page's pieces (re-exported so the viewer needs one import for PDF text). */
export { joinPieces, type JoinedText, type TextPiece };

/**
 * Reads a rendered text layer as the lens and the notes both read it: one piece per text node (pdf.js draws a
 * span per text item), a <br> ending the piece before it, joined as the document's text is joined
 * (core/pdf-anchoring's joinPage), so an offset in a page's text and in its layer is the same character.
 */
import { joinPage, type JoinedText, type TextPiece } from '../core/pdf-anchoring';

/** A text layer's joined text, and the text node each of its pieces came from. */
export interface LayerText {
  readonly joined: JoinedText;
  readonly nodes: readonly Text[];
}

/** The text layer of a rendered page of the viewer, or null. */
export function layerOf(doc: Document, page: number): Element | null {
  return doc.querySelector(`#viewer .page[data-page-number="${page}"] .textLayer`);
}

/** Reads a text layer's text nodes in order into its joined text. */
export function readTextLayer(layer: Element): LayerText {
  const pieces: TextPiece[] = [];
  const nodes: Text[] = [];
  const walker = layer.ownerDocument.createTreeWalker(layer, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      pieces.push({ text: (n as Text).data, eol: false });
      nodes.push(n as Text);
    } else if ((n as Element).tagName === 'BR' && pieces.length > 0) {
      pieces[pieces.length - 1] = { text: (pieces[pieces.length - 1] as TextPiece).text, eol: true };
    }
  }
  return { joined: joinPage(pieces), nodes };
}

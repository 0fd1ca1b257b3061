/**
 * What the reader sees first: from where the reader looks (the top of the content, the element a URL
 * fragment names, or where the reader scrolled to), about three screens of text, read and painted at
 * once, before the rest of the page is read. No layout is read to find it.
 */
import type { ScanTarget } from './page-model';
import { parentOf } from './skip';
import { LONG_TEXT, WORDISH } from './walk';

/** What is read and painted first, from where the reader looks: about three screens of text at most. */
export const FIRST_VIEW_CHARS = 12_000;
const FIRST_VIEW_NODES = 600;

/**
 * Reads and paints the text from `from` on (an element, or a text node) up to about three screens,
 * skipping what is not content. Nodes read here are added to `early`; nodes before the main walk's
 * place (`readUpTo`, null when it has not begun) are already read, and are only painted.
 */
export function readFirstView(root: Element, page: ScanTarget, from: Node, skip: (el: Element) => boolean, early: Set<Text>, readUpTo: Node | null): void {
  if (!root.contains(from)) return;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  walker.currentNode = from;
  let node: Node | null = from.nodeType === Node.TEXT_NODE ? from : walker.nextNode();
  // Everything before the main walk's place has been read: only painting is left there.
  let read = readUpTo === null || !(readUpTo.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_PRECEDING);
  const shown: Text[] = [];
  let chars = 0;
  for (; node !== null && chars < FIRST_VIEW_CHARS && shown.length < FIRST_VIEW_NODES; node = walker.nextNode()) {
    const text = node as Text;
    if (!read && node === readUpTo) read = true;
    const parent = parentOf(text);
    if (parent === null || skip(parent) || !WORDISH.test(text.data)) continue;
    chars += text.length;
    shown.push(text);
    if (read && !early.has(text) && text.length <= LONG_TEXT) {
      early.add(text);
      page.scanNode(text);
    }
  }
  page.paintNow(shown);
}

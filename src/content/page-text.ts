/**
 * The main content's text as one string, extracted once per pass, with a map back to text nodes:
 * notes are described and anchored by offsets in this string.
 */
import { contentRoot } from './skip';
import { contentTextNodes } from './walk';

/** The page text and where each text node starts in it. */
export interface PageText {
  readonly text: string;
  readonly nodes: readonly Text[];
  /** starts[i] is the offset of nodes[i] in text. */
  readonly starts: readonly number[];
}

/** Extracts the text of the main content (the same parts the scanner reads). */
export function extractPageText(doc: Document): PageText {
  const root = contentRoot(doc);
  if (root === null) return { text: '', nodes: [], starts: [] };
  const nodes = contentTextNodes(root);
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const n of nodes) {
    const data = n.data;
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The index of the node holding an offset (the last node starting at or before it). */
function nodeIndexAt(page: PageText, offset: number): number {
  let lo = 0;
  let hi = page.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((page.starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM range for text offsets [start, end), or null when the page text is empty. */
export function rangeFor(doc: Document, page: PageText, start: number, end: number): Range | null {
  if (page.nodes.length === 0 || start < 0 || end < start || end > page.text.length) return null;
  const a = nodeIndexAt(page, start);
  // An end on a node boundary belongs to the node before, so the range does not spill into the next.
  const b = end > start ? nodeIndexAt(page, end - 1) : a;
  const range = doc.createRange();
  range.setStart(page.nodes[a] as Text, start - (page.starts[a] as number));
  range.setEnd(page.nodes[b] as Text, end - (page.starts[b] as number));
  return range;
}

/** Text offsets of a DOM range, clipped to the main content; null when it lies outside it. */
export function offsetsOf(page: PageText, range: Range): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  page.nodes.forEach((node, i) => {
    if (!range.intersectsNode(node)) return;
    const base = page.starts[i] as number;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    if (to <= from) return;
    if (start === -1) start = base + from;
    end = base + to;
  });
  return start === -1 ? null : { start, end };
}

/** Finds the term under a point from our own index of offsets, never from the highlight registry. */
import type { Occurrence, OccurrenceIndex } from './occurrences';

interface Caret {
  readonly node: Node;
  readonly offset: number;
}

function caretAt(doc: Document, x: number, y: number): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The occurrence whose box contains the point, if any. */
export function occurrenceAt(doc: Document, index: OccurrenceIndex, x: number, y: number): Occurrence | undefined {
  const caret = caretAt(doc, x, y);
  if (caret === null || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const found = index.at(caret.node, caret.offset);
  if (found === undefined) return undefined;
  // A caret snaps to the nearest character boundary, so check the point is really on the term.
  for (const r of found.range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return found;
  }
  return undefined;
}

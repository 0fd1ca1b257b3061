/** Finds what is under a point from our own indexes of offsets, never from the highlight registry. */

/** A caret position: a node and an offset in it. */
export interface Caret {
  readonly node: Node;
  readonly offset: number;
}

/** The caret position nearest a point, in either browser's API. */
export function caretAt(doc: Document, x: number, y: number): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Whether a point lies on a range's boxes: carets snap to the nearest boundary, so this confirms a hit. */
export function pointOn(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

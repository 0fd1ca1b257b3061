/** Finds what is under a point from our own indexes of offsets, never from the highlight registry. */

/** A caret position: a node and an offset in it. */
export interface Caret {
  readonly node: Node;
  readonly offset: number;
}

type CaretDocument = Document & { caretRangeFromPoint?(x: number, y: number): Range | null };

function caretIn(doc: CaretDocument, x: number, y: number, shadowRoots?: ShadowRoot[]): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = shadowRoots ? doc.caretPositionFromPoint(x, y, { shadowRoots }) : doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The open shadow roots under a point, outermost first: the host there, the host under it in its tree, and so on. */
function openRootsAt(doc: Document, x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let el = doc.elementFromPoint(x, y); el?.shadowRoot != null && !roots.includes(el.shadowRoot);) {
    roots.push(el.shadowRoot);
    el = el.shadowRoot.elementFromPoint(x, y);
  }
  return roots;
}

/**
 * The caret position nearest a point, in either browser's API. Over an open shadow tree the caret is
 * given at its host, outside the tree: then it is asked for again, naming the open roots under the point.
 */
export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const caret = caretIn(doc, x, y);
  if (caret === null || caret.node.nodeType === Node.TEXT_NODE) return caret;
  const roots = openRootsAt(doc, x, y);
  return roots.length === 0 ? caret : caretIn(doc, x, y, roots) ?? caret;
}

/** Whether a point lies on a range's boxes: carets snap to the nearest boundary, so this confirms a hit. */
export function pointOn(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

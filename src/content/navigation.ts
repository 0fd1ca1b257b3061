/** Moves through the page's terms in reading order: selects the next one and shows its card. */
import type { Occurrence, OccurrenceIndex } from './occurrences';

/**
 * Where the reader's place is in the list now. The index makes new occurrence objects when it reads a
 * node again (a mutation, or the first pass settling), so the place is found by node and offset; a
 * place whose node has gone counts as just before the next term after it (-1 when none follows).
 */
function placeOf(list: readonly Occurrence[], current: Occurrence): number {
  const same = list.indexOf(current);
  if (same !== -1) return same;
  const at = list.findIndex((o) => o.node === current.node && o.start === current.start);
  if (at !== -1) return at;
  const next = list.findIndex((o) => o.node !== current.node && (current.node.compareDocumentPosition(o.node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
  return next === -1 ? -1 : next - 1;
}

/**
 * Keeps the reader's place among the terms; with a filter, moves to the next term that passes it.
 * Returns whether it arrived somewhere.
 */
export function createNavigator(index: OccurrenceIndex, onArrive: (o: Occurrence) => void): (direction: 1 | -1, only?: (o: Occurrence) => boolean) => boolean {
  let current: Occurrence | undefined;
  return (direction, only) => {
    const list = index.inOrder();
    if (list.length === 0) return false;
    let i = current === undefined ? -1 : placeOf(list, current);
    if (i === -1 && direction === -1) i = 0;
    // Skip terms the reader cannot see (collapsed sections, hidden text).
    for (let tries = 0; tries < list.length; tries++) {
      i = (i + direction + list.length) % list.length;
      const candidate = list[i] as Occurrence;
      if ((only === undefined || only(candidate)) && candidate.range.getClientRects().length > 0) {
        current = candidate;
        const selection = candidate.node.ownerDocument.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(candidate.range.cloneRange());
        candidate.node.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
        onArrive(candidate);
        return true;
      }
    }
    return false;
  };
}

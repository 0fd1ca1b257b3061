/** Moves through the page's terms in reading order: selects the next one and shows its card. */
import type { Occurrence, OccurrenceIndex } from './occurrences';

/**
 * Keeps the reader's place among the terms; with a filter, moves to the next term that passes it.
 * Returns whether it arrived somewhere.
 */
export function createNavigator(index: OccurrenceIndex, onArrive: (o: Occurrence) => void): (direction: 1 | -1, only?: (o: Occurrence) => boolean) => boolean {
  let current: Occurrence | undefined;
  return (direction, only) => {
    const list = index.inOrder();
    if (list.length === 0) return false;
    let i = current === undefined ? -1 : list.indexOf(current);
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

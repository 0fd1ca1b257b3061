/**
 * Moves through the terms of the whole PDF in reading order (Alt+Shift+J/K, the popup's This page list),
 * turning pages: the next term may be on a page pdf.js has not rendered (or has released); the viewer
 * is turned to it, and the move waits for that page's text layer to be painted before it selects the
 * term and shows its card. A later move overtakes one still waiting.
 */
import type { DocumentTerm } from '../core/document-terms';

/** A term painted on a rendered page: where it is in the text layer. */
export interface PaintedTerm extends DocumentTerm {
  readonly range: Range;
}

/** What the navigator needs from the viewer and the lens (test seams). */
export interface PdfNavigationDeps {
  /** Every term of the document in order (read whole before the first move). */
  terms(): readonly DocumentTerm[];
  /** The painted terms of a page, turning the viewer to it and waiting for its text layer; undefined if it never came. */
  paintedOn(page: number): Promise<readonly PaintedTerm[] | undefined>;
  /** Selects the term and shows its card. */
  arrive(term: PaintedTerm): void;
}

/** Where the reader's place is in the list: the index of the same term, else just before the next one after it. */
function placeOf(list: readonly DocumentTerm[], current: { page: number; start: number }): number {
  const same = list.findIndex((o) => o.page === current.page && o.start === current.start);
  if (same !== -1) return same;
  const after = list.findIndex((o) => o.page > current.page || (o.page === current.page && o.start > current.start));
  return after === -1 ? list.length - 1 : after - 1;
}

/**
 * The painted twin of a term of the index: the same offset and token (the index and the text layer join
 * the same text); else the same use of that token on the page, counted in order.
 */
export function paintedTwin(term: DocumentTerm, onPage: readonly DocumentTerm[], painted: readonly PaintedTerm[]): PaintedTerm | undefined {
  const exact = painted.find((p) => p.start === term.start && p.token === term.token);
  if (exact !== undefined) return exact;
  const nth = onPage.filter((o) => o.token === term.token).indexOf(term);
  const same = painted.filter((p) => p.token === term.token);
  return same[Math.min(Math.max(nth, 0), same.length - 1)];
}

/** Keeps the reader's place among the document's terms; returns the move (with a filter, to the next term passing it). */
export function createPdfNavigator(deps: PdfNavigationDeps): (direction: 1 | -1, only?: (o: DocumentTerm) => boolean) => Promise<boolean> {
  let current: { page: number; start: number } | undefined;
  let generation = 0;
  return async (direction, only) => {
    const mine = ++generation;
    const list = deps.terms();
    if (list.length === 0) return false;
    let i = current === undefined ? -1 : placeOf(list, current);
    if (i === -1 && direction === -1) i = 0;
    for (let tries = 0; tries < list.length; tries++) {
      i = (i + direction + list.length) % list.length;
      const term = list[i] as DocumentTerm;
      if (only !== undefined && !only(term)) continue;
      current = { page: term.page, start: term.start };
      const painted = await deps.paintedOn(term.page);
      if (mine !== generation) return false;
      const twin = painted && paintedTwin(term, list.filter((o) => o.page === term.page), painted);
      if (twin === undefined) return false;
      deps.arrive(twin);
      return true;
    }
    return false;
  };
}

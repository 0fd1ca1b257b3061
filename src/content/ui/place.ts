/** Where the card goes: a pure function of rectangles, so it is tested without a browser. */

const GAP = 6;
const MARGIN = 8;

/** Places a box of the given size next to an anchor, below it when it fits, else above; never over it. */
export function placeBeside(anchor: DOMRect, width: number, height: number, viewW: number, viewH: number): { left: number; top: number } {
  const left = Math.max(MARGIN, Math.min(anchor.left, viewW - width - MARGIN));
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - height;
  const fitsBelow = below + height <= viewH - MARGIN;
  const fitsAbove = above >= MARGIN;
  const top = fitsBelow || (!fitsAbove && viewH - anchor.bottom >= anchor.top) ? below : above;
  return { left, top };
}

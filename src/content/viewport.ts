/**
 * Which text nodes stand near the viewport, found without reading every node's position: nodes in
 * document order lie in (nearly) vertical order, so a binary search over them reads a few boxes, and
 * a walk from there reads only the boxes of the band. Layout is clean when this runs (after a pass,
 * in an animation frame after scrolling), so each read is cheap.
 */

/** How far beyond the viewport, in viewport heights, a node still counts as near. */
export const NEAR_SCREENS = 1.5;
// How far to look beside a hidden node (no box: a closed section) for one with a box.
const PROBE = 32;

/** The box of a text node's parent element, or null when it has none (hidden). */
function boxOf(node: Text): DOMRect | null {
  const parent = node.parentElement;
  if (parent === null || !node.isConnected) return null;
  const r = parent.getBoundingClientRect();
  return r.width === 0 && r.height === 0 ? null : r;
}

/** The nearest index at or after `i` (else before it) whose node has a box, within PROBE; -1 if none. */
function shown(nodes: readonly Text[], i: number): { index: number; box: DOMRect } | null {
  for (let j = i; j < nodes.length && j < i + PROBE; j++) {
    const box = boxOf(nodes[j] as Text);
    if (box !== null) return { index: j, box };
  }
  for (let j = i - 1; j >= 0 && j > i - PROBE; j--) {
    const box = boxOf(nodes[j] as Text);
    if (box !== null) return { index: j, box };
  }
  return null;
}

/**
 * The nodes, of `nodes` in document order, whose boxes reach into the band from NEAR_SCREENS viewport
 * heights above the viewport to as far below it.
 */
export function nodesNear(nodes: readonly Text[], viewportHeight: number): Text[] {
  const top = -NEAR_SCREENS * viewportHeight;
  const bottom = (1 + NEAR_SCREENS) * viewportHeight;
  // The first node whose box ends below the band's top.
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const probe = shown(nodes, mid);
    if (probe === null) break; // a long hidden run: walk from lo
    if (probe.box.bottom < top) lo = Math.max(mid, probe.index) + 1;
    else hi = Math.min(mid, probe.index);
  }
  const found: Text[] = [];
  let hiddenRun = 0;
  for (let i = lo; i < nodes.length; i++) {
    const node = nodes[i] as Text;
    const box = boxOf(node);
    if (box === null) {
      // Hidden text needs no paint; a very long hidden run ends the walk only past the band.
      if (++hiddenRun > 4 * PROBE && found.length > 0) break;
      continue;
    }
    hiddenRun = 0;
    if (box.top > bottom) break;
    if (box.bottom >= top) found.push(node);
  }
  return found;
}

/**
 * The element the URL's fragment names (where the browser scrolls on load), or null: on a fresh load
 * the reader sees it, or the top of the document, without any layout being read.
 */
export function fragmentTarget(doc: Document): Element | null {
  const hash = doc.location?.hash ?? '';
  if (hash.length < 2) return null;
  let id = hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape: the browser looks the raw fragment up too.
  }
  return doc.getElementById(id) ?? doc.getElementsByName(id)[0] ?? null;
}

/**
 * The content's text nodes in document order, read by a walk that can stop and resume between
 * slices. What is not content (skip.ts) is found once, by one selector query, and each skipped
 * subtree is jumped over when the walk meets its first text node: the walk never asks a text node
 * for its parent, since making a script object for every element costs more than the walk itself.
 */
import { skippedUnder } from './skip';

/** A skipped subtree, by its first and last text nodes. */
interface Gap {
  readonly first: Text;
  readonly last: Text;
}

/** A resumable walk over the text nodes of a root (an element or a shadow root) that are content. */
export class ContentWalker {
  private readonly walker: TreeWalker;
  private readonly gaps: Gap[] = [];
  private gap = 0;

  constructor(root: Element | ShadowRoot) {
    const doc = root.ownerDocument;
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    // In document order; one nested in the one before is already inside its gap.
    let outer: Element | null = null;
    for (const el of skippedUnder(root)) {
      if (outer !== null && outer.contains(el)) continue;
      outer = el;
      const inside = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const first = inside.nextNode() as Text | null;
      if (first === null) continue;
      let last: Text = first;
      let end: Node = el;
      while (end.lastChild !== null) end = end.lastChild;
      inside.currentNode = end;
      last = (end.nodeType === Node.TEXT_NODE ? end : inside.previousNode() ?? first) as Text;
      this.gaps.push({ first, last });
    }
  }

  /** The next content text node, or null when the walk is over. */
  next(): Text | null {
    for (let node = this.walker.nextNode(); node !== null; node = this.walker.nextNode()) {
      const gap = this.gaps[this.gap];
      if (node !== gap?.first) return node as Text;
      this.walker.currentNode = gap.last;
      this.gap++;
    }
    return null;
  }

  /** Whether the node the walk stands on is still in the document (a page may remove it between slices). */
  get intact(): boolean {
    return this.walker.currentNode.isConnected;
  }
}

/** Every content text node under a root, in order. */
export function contentTextNodes(root: Element | ShadowRoot): Text[] {
  const walker = new ContentWalker(root);
  const nodes: Text[] = [];
  for (let t = walker.next(); t !== null; t = walker.next()) nodes.push(t);
  return nodes;
}

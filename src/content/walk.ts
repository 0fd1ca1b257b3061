/**
 * The content's text nodes in document order, read by a walk that can stop and resume between
 * slices. What is not content (skip.ts) is found once, by one selector query, and each skipped
 * subtree is jumped over when the walk meets its first text node: the walk never asks a text node
 * for its parent, since making a script object for every element costs more than the walk itself.
 */
import { skippedUnder } from './skip';

/** Whether a text may hold a term: every term has two characters other than spaces in a row ("D.A." too). */
export const WORDISH = /\S\S/;
/** A text node longer than this is read a window at a time (core/long-text.ts), yielding between windows. */
export const LONG_TEXT = 131_072;

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

/**
 * The open shadow roots of `node` and of the elements under it, not those nested deeper (one query).
 * Every 1024 elements asked it also yields null: a place where a caller working in slices may pause.
 */
export function* openRootsIn(node: Node): Generator<ShadowRoot | null, void, void> {
  if (node.nodeType === Node.ELEMENT_NODE && (node as Element).shadowRoot !== null) yield (node as Element).shadowRoot!;
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
  const all = (node as Element | ShadowRoot).querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const shadow = (all[i] as Element).shadowRoot;
    if (shadow !== null) yield shadow;
    if ((i & 1023) === 1023) yield null;
  }
}

/** Adds the text nodes under a node (itself, if it is one) to `into`, without looking into shadow roots. */
export function textNodesUnder(node: Node, into: Set<Text>): void {
  if (node.nodeType === Node.TEXT_NODE) into.add(node as Text);
  else if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
    const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t !== null; t = walker.nextNode()) into.add(t as Text);
  }
}

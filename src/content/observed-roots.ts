/**
 * The scanner's mutation observer and what it watches: the body, and every open shadow root found
 * under the content root, each observed like the body. An observer cannot let go of one target, so
 * forgetting a shadow root starts it afresh on the rest.
 */
import { asShadowRoot } from './skip';

// What the observer watches, on the body and on every open shadow root: the attributes that decide
// whether text is content (skip.ts) as well as the text itself.
const OBSERVED: MutationObserverInit = {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['contenteditable', 'hidden', 'aria-hidden'],
};

/** The observed body and open shadow roots of one scanner. */
export class ObservedRoots {
  private readonly observer: MutationObserver;
  /** The open shadow roots found under the content root, each observed like the body. */
  private readonly shadows = new Set<ShadowRoot>();
  /** Every root ever announced: a host taken out and put back keeps the styles it had. */
  private readonly announced = new WeakSet<ShadowRoot>();

  constructor(private readonly doc: Document, onRecords: (records: MutationRecord[]) => void, private readonly onShadowRoot?: (root: ShadowRoot) => void) {
    this.observer = new MutationObserver(onRecords);
  }

  /** Starts observing the body (the extension's own UI hangs off <html>, outside it, so it is never seen). */
  start(): void {
    this.observer.observe(this.doc.body ?? this.doc.documentElement, OBSERVED);
  }

  /** Stops observing and forgets every shadow root. */
  stop(): void {
    this.observer.disconnect();
    this.shadows.clear();
  }

  /** Records observed but not delivered yet. */
  takeRecords(): MutationRecord[] {
    return this.observer.takeRecords();
  }

  /** Whether any shadow root is observed. */
  get any(): boolean {
    return this.shadows.size > 0;
  }

  /** Whether a node is under `root`, in its light DOM or in an open shadow tree hosted there. */
  contains(root: Element | null, node: Node): boolean {
    if (root === null) return false;
    if (root.contains(node)) return true;
    if (this.shadows.size === 0) return false;
    for (let shadow = asShadowRoot(node.getRootNode()); shadow !== null; shadow = asShadowRoot(shadow.host.getRootNode())) {
      if (root.contains(shadow.host)) return true;
    }
    return false;
  }

  /** Observes a shadow root, announcing it the first time it is ever seen. */
  watch(shadow: ShadowRoot): void {
    if (this.shadows.has(shadow)) return;
    this.shadows.add(shadow);
    this.observer.observe(shadow, OBSERVED);
    if (this.announced.has(shadow)) return;
    this.announced.add(shadow);
    this.onShadowRoot?.(shadow);
  }

  /**
   * Forgets the shadow roots `keep` rejects, handing each of their text nodes to `drop`; returns the
   * records the observer held meanwhile (they are still to be read).
   */
  forget(keep: (shadow: ShadowRoot) => boolean, drop: (node: Text) => void): MutationRecord[] {
    let changed = false;
    for (const shadow of this.shadows) {
      if (keep(shadow)) continue;
      const walker = this.doc.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t !== null; t = walker.nextNode()) drop(t as Text);
      this.shadows.delete(shadow);
      changed = true;
    }
    if (!changed) return [];
    const queued = this.observer.takeRecords();
    this.observer.disconnect();
    this.start();
    for (const shadow of this.shadows) this.observer.observe(shadow, OBSERVED);
    return queued;
  }
}

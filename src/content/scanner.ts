/**
 * Scans the page's content for terms: one full pass in short chunks that leave the main thread
 * free, then only what mutations add, change, hide or make editable, batched per frame. Open shadow
 * roots under the content root are read like the light DOM and observed by the same observer; a text
 * node too long for one chunk is read a window at a time. Every pass records
 * performance.measure('probation-jargon:scan').
 */
import type { ScanTarget } from './page-model';
import { asShadowRoot, contentRoot, createSkipTest, parentOf } from './skip';
import { ContentWalker } from './walk';

/** The name of the measure every pass records; benchmarks and tests read it. */
export const SCAN_MEASURE = 'probation-jargon:scan';

// Work in slices of this many milliseconds, then yield to the page.
const SLICE_MS = 8;
// A batch adding more text nodes than this is cheaper to handle as one full pass.
const FULL_RESCAN_AT = 5000;
// Pending mutation records beyond this (a page churning in a hidden tab) collapse into one full pass.
const MAX_PENDING = 2000;
// A text node longer than this is read a window at a time (core/long-text.ts), yielding between windows.
const LONG_TEXT = 131_072;

// Every term has two characters other than spaces in a row ("D.A." too).
const WORDISH = /\S\S/;

// What the observer watches, on the body and on every open shadow root: the attributes that decide
// whether text is content (skip.ts) as well as the text itself.
const OBSERVED: MutationObserverInit = {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['contenteditable', 'hidden', 'aria-hidden'],
};

// A message to ourselves comes back as the next task, without the 4 ms that nested timers wait.
const channel = new MessageChannel();
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldToPage = (): Promise<void> => new Promise((resolve) => {
  waiting.push(resolve);
  channel.port2.postMessage(null);
});

/**
 * The open shadow roots of `node` and of the elements under it, not those nested deeper (one query).
 * Every 1024 elements asked it also yields null: a place where a caller working in slices may pause.
 */
function* openRootsIn(node: Node): Generator<ShadowRoot | null, void, void> {
  if (node.nodeType === Node.ELEMENT_NODE && (node as Element).shadowRoot !== null) yield (node as Element).shadowRoot!;
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
  const all = (node as Element | ShadowRoot).querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const shadow = (all[i] as Element).shadowRoot;
    if (shadow !== null) yield shadow;
    if ((i & 1023) === 1023) yield null;
  }
}

/**
 * Starts scanning a document into a page model; call the returned function to stop. `onShadowRoot`
 * hears of each open shadow root found under the content root, once (the highlight styles go there).
 */
export function startScanner(doc: Document, page: ScanTarget, onShadowRoot: (root: ShadowRoot) => void = () => undefined): () => void {
  let root = contentRoot(doc);
  let generation = 0;
  let pending: MutationRecord[] = [];
  let needsFull = false;
  let flushScheduled = false;
  // The open shadow roots found under the content root, each observed like the body.
  const shadows = new Set<ShadowRoot>();
  // Every root ever handed to onShadowRoot: a host taken out and put back keeps the styles it had.
  const announced = new WeakSet<ShadowRoot>();
  // Long text nodes a batch of changes left to read a window at a time, and whether that is under way.
  const longNodes = new Set<Text>();
  let readingLong = false;

  /** Whether a node is under the content root, in its light DOM or in an open shadow tree hosted there. */
  const inContent = (node: Node): boolean => {
    if (root === null) return false;
    if (root.contains(node)) return true;
    if (shadows.size === 0) return false;
    for (let shadow = asShadowRoot(node.getRootNode()); shadow !== null; shadow = asShadowRoot(shadow.host.getRootNode())) {
      if (root.contains(shadow.host)) return true;
    }
    return false;
  };

  const measure = (start: number, detail: Record<string, unknown>): void => {
    performance.measure(SCAN_MEASURE, { start, end: performance.now(), detail });
  };

  const watch = (shadow: ShadowRoot): void => {
    if (shadows.has(shadow)) return;
    shadows.add(shadow);
    observer.observe(shadow, OBSERVED);
    if (announced.has(shadow)) return;
    announced.add(shadow);
    onShadowRoot(shadow);
  };

  /** Forgets the shadow roots `keep` rejects and their text; an observer cannot let go of one target, so it starts afresh. */
  const forgetRoots = (keep: (shadow: ShadowRoot) => boolean): void => {
    let changed = false;
    for (const shadow of shadows) {
      if (keep(shadow)) continue;
      const walker = doc.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t !== null; t = walker.nextNode()) page.dropNode(t as Text);
      shadows.delete(shadow);
      changed = true;
    }
    if (!changed) return;
    const queued = observer.takeRecords();
    observer.disconnect();
    observer.observe(doc.body ?? doc.documentElement, OBSERVED);
    for (const shadow of shadows) observer.observe(shadow, OBSERVED);
    if (queued.length > 0) onRecords(queued);
  };

  const fullScan = async (): Promise<void> => {
    const mine = ++generation;
    longNodes.clear();
    const started = performance.now();
    root = contentRoot(doc);
    if (root === null) {
      forgetRoots(() => false);
      page.retainOnly(new Set());
      page.settle(null, true);
      return measure(started, { kind: 'full', textNodes: 0, occurrences: 0, busy: performance.now() - started });
    }
    const skip = createSkipTest(root);
    // On a first pass nothing is known yet, so nothing can be left over to forget.
    const visited = page.empty ? null : new Set<Text>();
    let textNodes = 0;
    // Time spent in our own slices, apart from the page's work in between (detail.busy).
    let busy = 0;
    let sliceStart = performance.now();
    let sliceEnd = sliceStart + SLICE_MS;
    // After a pause that ended this pass: start again, unless another pass has already begun.
    const again = (): void => {
      if (mine === generation) void fullScan();
    };
    /** Yields to the page; false when this pass is over (another began, or the content root changed). */
    const pause = async (): Promise<boolean> => {
      busy += performance.now() - sliceStart;
      await yieldToPage();
      if (mine !== generation) return false;
      sliceStart = performance.now();
      sliceEnd = sliceStart + SLICE_MS;
      return root === contentRoot(doc);
    };
    // The light DOM first, then each open shadow root found in what was read, nested ones last.
    const scopes: Array<Element | ShadowRoot> = [root];
    for (const scope of scopes) {
      const walker = new ContentWalker(scope);
      for (let node = walker.next(); node !== null; node = walker.next()) {
        textNodes++;
        const data = node.data;
        // Whitespace between elements is often half of a page's text nodes, and holds no term.
        if (!WORDISH.test(data)) continue;
        visited?.add(node);
        if (data.length > LONG_TEXT) {
          for (const step = page.scanInSteps(node); !step();) {
            if (performance.now() <= sliceEnd) continue;
            if (!await pause()) return again();
            if (!walker.intact) return void fullScan();
          }
        } else page.scanNode(node);
        if ((textNodes & 31) === 0 && performance.now() > sliceEnd) {
          // The page changed under the walk: start again rather than miss the rest.
          if (!await pause()) return again();
          if (!walker.intact) return void fullScan();
        }
      }
      // One query per scope finds the open shadow roots in it: no cost per text node on a page without
      // them; the elements it returns are asked in slices (a 5 MB page has 45,000).
      for (const shadow of openRootsIn(scope)) {
        if (shadow === null) {
          if (performance.now() > sliceEnd && !await pause()) return again();
          continue;
        }
        watch(shadow);
        if (shadow.host === scope || !skip(shadow.host)) scopes.push(shadow);
      }
      if (performance.now() > sliceEnd && !await pause()) return again();
    }
    // Reading definitions is the larger part of settling: spread it over slices too.
    while (!page.readDefinitions(sliceEnd)) {
      if (!await pause()) return again();
    }
    // Roots whose hosts left the content since they were found; one found during the pass stays.
    forgetRoots((shadow) => inContent(shadow.host));
    if (visited !== null) page.retainOnly(visited);
    for (const step = page.settling(root, true); !step.next().done;) {
      if (performance.now() > sliceEnd && !await pause()) return again();
    }
    busy += performance.now() - sliceStart;
    measure(started, { kind: 'full', textNodes, occurrences: page.size, busy });
  };

  const textNodesUnder = (node: Node, into: Set<Text>): void => {
    if (node.nodeType === Node.TEXT_NODE) into.add(node as Text);
    else if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t !== null; t = walker.nextNode()) into.add(t as Text);
    }
  };

  /** The text under a node, with that of the open shadow roots under it (found now if new), at any depth. */
  const textNodesDeep = (node: Node, into: Set<Text>): void => {
    textNodesUnder(node, into);
    for (const shadow of openRootsIn(node)) {
      if (shadow === null) continue;
      watch(shadow);
      textNodesDeep(shadow, into);
    }
  };

  /** Reads the long text nodes a batch left, a window at a time between yields, then settles once. */
  const readLongNodes = async (): Promise<void> => {
    if (readingLong) return;
    readingLong = true;
    const mine = generation;
    const started = performance.now();
    let busy = 0;
    let count = 0;
    let sliceStart = started;
    try {
      for (const node of longNodes) {
        longNodes.delete(node);
        const parent = parentOf(node);
        if (root === null || !node.isConnected || !inContent(node) || parent === null || createSkipTest(root)(parent)) {
          page.dropNode(node);
          continue;
        }
        count++;
        for (const step = page.scanInSteps(node); !step();) {
          if (performance.now() < sliceStart + SLICE_MS) continue;
          busy += performance.now() - sliceStart;
          await yieldToPage();
          if (mine !== generation) return;
          sliceStart = performance.now();
        }
      }
      page.settle(root, false);
      busy += performance.now() - sliceStart;
      measure(started, { kind: 'mutation', textNodes: count, occurrences: page.size, busy });
    } finally {
      readingLong = false;
      if (longNodes.size > 0 && mine === generation) void readLongNodes();
    }
  };

  const flush = (): void => {
    flushScheduled = false;
    const records = pending;
    pending = [];
    if (needsFull || root === null || !root.isConnected || root !== contentRoot(doc)) {
      needsFull = false;
      void fullScan();
      return;
    }
    const started = performance.now();
    const removed = new Set<Text>();
    const touched = new Set<Text>();
    // Added nodes, and elements whose attributes may have made their text content or not: all their text is read again.
    const reread: Node[] = [];
    for (const record of records) {
      if (record.type === 'characterData') touched.add(record.target as Text);
      else if (record.type === 'attributes') reread.push(record.target);
      else {
        record.removedNodes.forEach((n) => { if (!n.isConnected) textNodesUnder(n, removed); });
        record.addedNodes.forEach((n) => { if (n.isConnected) reread.push(n); });
      }
    }
    for (const n of reread) if (n.isConnected && inContent(n)) textNodesDeep(n, touched);
    for (const t of removed) if (!t.isConnected) page.dropNode(t);
    // A host taken out of the content takes its shadow root's text with it.
    if (shadows.size > 0) forgetRoots((shadow) => inContent(shadow.host));
    if (touched.size > FULL_RESCAN_AT) return void fullScan();
    const skip = createSkipTest(root);
    let long = false;
    for (const t of touched) {
      const parent = parentOf(t);
      // Whitespace between elements is often half of a page's text nodes, and holds no term.
      if (!t.isConnected || !inContent(t) || !WORDISH.test(t.data) || parent === null || skip(parent)) page.dropNode(t);
      else if (t.length > LONG_TEXT) {
        longNodes.add(t);
        long = true;
      } else page.scanNode(t);
    }
    page.settle(root, false);
    measure(started, { kind: 'mutation', textNodes: touched.size, occurrences: page.size, busy: performance.now() - started });
    if (long) void readLongNodes();
  };

  const schedule = (): void => {
    if (flushScheduled) return;
    flushScheduled = true;
    requestAnimationFrame(flush);
  };

  const onRecords = (records: MutationRecord[]): void => {
    if (needsFull) return schedule();
    if (pending.length + records.length > MAX_PENDING) {
      needsFull = true;
      pending = [];
    } else pending.push(...records);
    schedule();
  };
  const observer = new MutationObserver(onRecords);
  // The extension's own UI hangs off <html>, outside the body, so it never reaches this observer.
  observer.observe(doc.body ?? doc.documentElement, OBSERVED);
  void fullScan();

  return () => {
    observer.disconnect();
    generation++;
    pending = [];
    shadows.clear();
    longNodes.clear();
  };
}

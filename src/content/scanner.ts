/**
 * Scans the page's content for terms: one full pass in short chunks that leave the main thread
 * free, then only what mutations add or change, batched per frame. Every pass records
 * performance.measure('probation-jargon:scan').
 */
import type { ScanTarget } from './page-model';
import { contentRoot, createSkipTest } from './skip';
import { ContentWalker } from './walk';

/** The name of the measure every pass records; benchmarks and tests read it. */
export const SCAN_MEASURE = 'probation-jargon:scan';

// Work in slices of this many milliseconds, then yield to the page.
const SLICE_MS = 8;
// A batch adding more text nodes than this is cheaper to handle as one full pass.
const FULL_RESCAN_AT = 5000;
// Pending mutation records beyond this (a page churning in a hidden tab) collapse into one full pass.
const MAX_PENDING = 2000;

// Every term has two characters other than spaces in a row ("D.A." too).
const WORDISH = /\S\S/;

// A message to ourselves comes back as the next task, without the 4 ms that nested timers wait.
const channel = new MessageChannel();
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldToPage = (): Promise<void> => new Promise((resolve) => {
  waiting.push(resolve);
  channel.port2.postMessage(null);
});

/** Starts scanning a document into a page model; call the returned function to stop. */
export function startScanner(doc: Document, page: ScanTarget): () => void {
  let root = contentRoot(doc);
  let generation = 0;
  let pending: MutationRecord[] = [];
  let needsFull = false;
  let flushScheduled = false;

  const scanText = (node: Text, skip: (el: Element) => boolean): void => {
    const parent = node.parentElement;
    // Whitespace between elements is often half of a page's text nodes, and holds no term.
    if (!WORDISH.test(node.data) || parent === null || skip(parent)) page.dropNode(node);
    else page.scanNode(node);
  };

  const measure = (start: number, detail: Record<string, unknown>): void => {
    performance.measure(SCAN_MEASURE, { start, end: performance.now(), detail });
  };

  const fullScan = async (): Promise<void> => {
    const mine = ++generation;
    const started = performance.now();
    root = contentRoot(doc);
    if (root === null) {
      page.retainOnly(new Set());
      page.settle(null, true);
      return measure(started, { kind: 'full', textNodes: 0, occurrences: 0, busy: performance.now() - started });
    }
    const walker = new ContentWalker(root);
    // On a first pass nothing is known yet, so nothing can be left over to forget.
    const visited = page.empty ? null : new Set<Text>();
    let textNodes = 0;
    // Time spent in our own slices, apart from the page's work in between (detail.busy).
    let busy = 0;
    let sliceStart = performance.now();
    let sliceEnd = sliceStart + SLICE_MS;
    for (let node = walker.next(); node !== null; node = walker.next()) {
      textNodes++;
      // Whitespace between elements is often half of a page's text nodes, and holds no term.
      if (!WORDISH.test(node.data)) continue;
      page.scanNode(node);
      visited?.add(node);
      if ((textNodes & 31) === 0 && performance.now() > sliceEnd) {
        busy += performance.now() - sliceStart;
        await yieldToPage();
        if (mine !== generation) return;
        // The page changed under the walk: start again rather than miss the rest.
        if (!walker.intact || root !== contentRoot(doc)) return void fullScan();
        sliceStart = performance.now();
        sliceEnd = sliceStart + SLICE_MS;
      }
    }
    // Reading definitions is the larger part of settling: spread it over slices too.
    while (!page.readDefinitions(sliceEnd)) {
      busy += performance.now() - sliceStart;
      await yieldToPage();
      if (mine !== generation) return;
      if (root !== contentRoot(doc)) return void fullScan();
      sliceStart = performance.now();
      sliceEnd = sliceStart + SLICE_MS;
    }
    if (visited !== null) page.retainOnly(visited);
    page.settle(root, true);
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
    for (const record of records) {
      if (record.type === 'characterData') touched.add(record.target as Text);
      else {
        record.removedNodes.forEach((n) => { if (!n.isConnected) textNodesUnder(n, removed); });
        record.addedNodes.forEach((n) => { if (n.isConnected && root?.contains(n)) textNodesUnder(n, touched); });
      }
    }
    for (const t of removed) if (!t.isConnected) page.dropNode(t);
    if (touched.size > FULL_RESCAN_AT) return void fullScan();
    const skip = createSkipTest(root);
    for (const t of touched) {
      if (t.isConnected && root.contains(t)) scanText(t, skip);
      else page.dropNode(t);
    }
    page.settle(root, false);
    measure(started, { kind: 'mutation', textNodes: touched.size, occurrences: page.size, busy: performance.now() - started });
  };

  const schedule = (): void => {
    if (flushScheduled) return;
    flushScheduled = true;
    requestAnimationFrame(flush);
  };

  const observer = new MutationObserver((records) => {
    if (needsFull) return schedule();
    if (pending.length + records.length > MAX_PENDING) {
      needsFull = true;
      pending = [];
    } else pending.push(...records);
    schedule();
  });
  // The extension's own UI hangs off <html>, outside the body, so it never reaches this observer.
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  void fullScan();

  return () => {
    observer.disconnect();
    generation++;
    pending = [];
  };
}

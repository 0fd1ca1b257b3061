/**
 * Scans the page's content for terms. The first pass reads what the reader sees first (the top of the
 * content, or the element a URL fragment names) and paints it at once, then reads the whole content in
 * short slices that leave the main thread free; if the reader scrolls meanwhile, what comes into view
 * is read and painted next. After that only what mutations add, change, hide or make editable is read,
 * batched per frame. Open shadow roots under the content root are read like the light DOM and observed
 * by the same observer; a text node too long for one slice is read a window at a time. Every pass
 * records performance.measure('probation-jargon:scan').
 *
 * All the scanner's state is in one Scanner object, and each of its three kinds of scheduled work (the
 * full pass's slices, the per-frame mutation batch, the long-text reader) checks, when it runs, that it
 * is still wanted: a pass that another pass or stop() overtook ends at its next pause.
 */
import type { ScanTarget } from './page-model';
import { asShadowRoot, contentRoot, createSkipTest, parentOf } from './skip';
import { ContentWalker } from './walk';

/** The name of the measure every pass records; benchmarks and tests read it. */
export const SCAN_MEASURE = 'probation-jargon:scan';
/** A mark made when the first pass has painted what the reader sees first (bench/README.md). */
export const FIRST_VIEW_MARK = 'probation-jargon:first-view';

// Work in slices of this many milliseconds, then yield to the page.
const SLICE_MS = 8;
// A batch adding more text nodes than this is cheaper to handle as one full pass.
const FULL_RESCAN_AT = 5000;
// Pending mutation records beyond this (a page churning in a hidden tab) collapse into one full pass.
const MAX_PENDING = 2000;
// A text node longer than this is read a window at a time (core/long-text.ts), yielding between windows.
const LONG_TEXT = 131_072;
// What is read and painted first, from where the reader looks: about three screens of text at most.
export const FIRST_VIEW_CHARS = 12_000;
const FIRST_VIEW_NODES = 600;

// Every term has two characters other than spaces in a row ("D.A." too).
const WORDISH = /\S\S/;

// What the observer watches, on the body and on every open shadow root: the attributes that decide
// whether text is content (skip.ts) as well as the text itself.
const OBSERVED: MutationObserverInit = {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['contenteditable', 'hidden', 'aria-hidden'],
};

/** How the scanner is started. */
export interface ScannerOptions {
  /** Hears of each open shadow root found under the content root, once (the highlight styles go there). */
  readonly onShadowRoot?: (root: ShadowRoot) => void;
  /** Where the reader looks when the first pass starts (the URL fragment's element); the top when absent. */
  readonly startAt?: Element | null;
  /** Hears that a full pass has read and settled the whole content (after its measure). */
  readonly onFullPass?: () => void;
  /** Stops the scanner: after it aborts no pass, batch or observer of it runs. */
  readonly signal?: AbortSignal;
}

/** A running scanner. */
export interface Scanner {
  /** Whether a full pass has read the whole content (hover, navigation and the page summary are complete). */
  readonly complete: boolean;
  /** Resolves when the first full pass has ended, or the scanner stopped before it did. */
  readonly ready: Promise<void>;
  /** Resolves once every change seen so far has been read and settled (or the scanner stopped). */
  idle(): Promise<void>;
  /** Stops everything; the same as aborting the signal. */
  stop(): void;
}

/**
 * Yields to the page: a message to ourselves comes back as the next task, without the 4 ms that
 * nested timers wait. One channel per scanner, closed (and every waiter released) when it stops.
 */
class Yielder {
  private readonly channel = new MessageChannel();
  private readonly waiting: Array<() => void> = [];
  private closed = false;

  constructor() {
    this.channel.port1.onmessage = () => this.waiting.shift()?.();
  }

  next(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.channel.port2.postMessage(null);
    });
  }

  close(): void {
    this.closed = true;
    this.channel.port1.onmessage = null;
    this.channel.port1.close();
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}

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

/** Time kept by a pass that works in slices: when the current slice ends, and our own time in all of them. */
class Slices {
  busy = 0;
  private start = performance.now();
  end = this.start + SLICE_MS;

  /** Whether the current slice has used its time. */
  get over(): boolean {
    return performance.now() > this.end;
  }

  pause(): void {
    this.busy += performance.now() - this.start;
  }

  resume(): void {
    this.start = performance.now();
    this.end = this.start + SLICE_MS;
  }
}

/** The scanner: its state is these fields, and every scheduled piece of work checks `generation` or `stopped`. */
class ContentScanner implements Scanner {
  /** The element whose text is content, as of the last pass. */
  private root: Element | null;
  /** Bumped by each full pass and by stop(): a pass or long read started under an older number ends at its next pause. */
  private generation = 0;
  /** Whether a full pass is under way, and whether one has ever completed. */
  private passing = false;
  complete = false;
  /** Mutation records waiting for the next frame; or, when there were too many, the note that a full pass is needed. */
  private pending: MutationRecord[] = [];
  private needsFull = false;
  private flushFrame = 0;
  /** The open shadow roots found under the content root, each observed like the body. */
  private readonly shadows = new Set<ShadowRoot>();
  /** Every root ever handed to onShadowRoot: a host taken out and put back keeps the styles it had. */
  private readonly announced = new WeakSet<ShadowRoot>();
  /** Long text nodes a batch left to read a window at a time, and whether that is under way. */
  private readonly longNodes = new Set<Text>();
  private readingLong = false;
  /** During the first pass: an element the reader scrolled to, to read next (found in an animation frame). */
  private lookAt: Element | null = null;
  private lookFrame = 0;
  private stopped = false;
  /** Ends a first pass's wait for the frame that shows what it painted first. */
  private cancelWait: (() => void) | null = null;

  private readonly observer: MutationObserver;
  private readonly yielder = new Yielder();
  private readonly controller = new AbortController();
  private readonly idleWaiters: Array<() => void> = [];
  private readonly readyWaiters: Array<() => void> = [];
  readonly ready: Promise<void>;

  constructor(private readonly doc: Document, private readonly page: ScanTarget, private readonly options: ScannerOptions) {
    this.root = contentRoot(doc);
    this.ready = new Promise((resolve) => this.readyWaiters.push(resolve));
    this.observer = new MutationObserver((records) => this.onRecords(records));
    options.signal?.addEventListener('abort', () => this.stop(), { once: true });
    if (options.signal?.aborted === true) {
      this.stop();
      return;
    }
    // The extension's own UI hangs off <html>, outside the body, so it never reaches this observer.
    this.observer.observe(doc.body ?? doc.documentElement, OBSERVED);
    // The reader may scroll before the first pass has read everything: what comes into view is read next.
    doc.defaultView?.addEventListener('scroll', () => this.onScroll(), { passive: true, signal: this.controller.signal });
    void this.fullPass();
  }

  idle(): Promise<void> {
    // Records the observer holds but has not delivered yet count as seen.
    if (!this.stopped) {
      const queued = this.observer.takeRecords();
      if (queued.length > 0) this.onRecords(queued);
    }
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.generation++;
    this.observer.disconnect();
    this.controller.abort();
    this.yielder.close();
    this.cancelWait?.();
    const win = this.doc.defaultView;
    if (this.flushFrame !== 0) win?.cancelAnimationFrame(this.flushFrame);
    if (this.lookFrame !== 0) win?.cancelAnimationFrame(this.lookFrame);
    this.flushFrame = 0;
    this.lookFrame = 0;
    this.pending = [];
    this.shadows.clear();
    this.longNodes.clear();
    this.passing = false;
    this.wake();
  }

  private isIdle(): boolean {
    return this.stopped || (!this.passing && this.flushFrame === 0 && !this.readingLong && this.longNodes.size === 0);
  }

  /** Releases whoever waits for readiness or idleness, when that is now so. */
  private wake(): void {
    if (this.complete || this.stopped) for (const resolve of this.readyWaiters.splice(0)) resolve();
    if (this.isIdle()) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private measure(start: number, detail: Record<string, unknown>): void {
    performance.measure(SCAN_MEASURE, { start, end: performance.now(), detail });
  }

  /** Whether a node is under the content root, in its light DOM or in an open shadow tree hosted there. */
  private inContent(node: Node): boolean {
    const root = this.root;
    if (root === null) return false;
    if (root.contains(node)) return true;
    if (this.shadows.size === 0) return false;
    for (let shadow = asShadowRoot(node.getRootNode()); shadow !== null; shadow = asShadowRoot(shadow.host.getRootNode())) {
      if (root.contains(shadow.host)) return true;
    }
    return false;
  }

  private watch(shadow: ShadowRoot): void {
    if (this.shadows.has(shadow)) return;
    this.shadows.add(shadow);
    this.observer.observe(shadow, OBSERVED);
    if (this.announced.has(shadow)) return;
    this.announced.add(shadow);
    this.options.onShadowRoot?.(shadow);
  }

  /** Forgets the shadow roots `keep` rejects and their text; an observer cannot let go of one target, so it starts afresh. */
  private forgetRoots(keep: (shadow: ShadowRoot) => boolean): void {
    let changed = false;
    for (const shadow of this.shadows) {
      if (keep(shadow)) continue;
      const walker = this.doc.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t !== null; t = walker.nextNode()) this.page.dropNode(t as Text);
      this.shadows.delete(shadow);
      changed = true;
    }
    if (!changed) return;
    const queued = this.observer.takeRecords();
    this.observer.disconnect();
    this.observer.observe(this.doc.body ?? this.doc.documentElement, OBSERVED);
    for (const shadow of this.shadows) this.observer.observe(shadow, OBSERVED);
    if (queued.length > 0) this.onRecords(queued);
  }

  private onScroll(): void {
    if (this.complete || this.lookFrame !== 0) return;
    const win = this.doc.defaultView;
    if (win === null) return;
    // In the next frame layout is clean (only the scroll changed), so asking what is at the middle of
    // the view costs one hit test, not a layout of the page.
    this.lookFrame = win.requestAnimationFrame(() => {
      this.lookFrame = 0;
      if (this.stopped || this.complete) return;
      const el = this.doc.elementFromPoint(win.innerWidth / 2, win.innerHeight / 3);
      if (el !== null && this.inContent(el)) this.lookAt = el;
    });
  }

  /**
   * Reads and paints the text from `from` on (an element, or a text node) up to about three screens,
   * skipping what is not content. Nodes the main walk has passed (`readUpTo`) are already read.
   */
  private readFirst(from: Node, skip: (el: Element) => boolean, early: Set<Text>, readUpTo: Node | null): void {
    const root = this.root;
    if (root === null || !root.contains(from)) return;
    const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    walker.currentNode = from;
    let node: Node | null = from.nodeType === Node.TEXT_NODE ? from : walker.nextNode();
    // Everything before the main walk's place has been read: only painting is left there.
    let read = readUpTo === null || !(readUpTo.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_PRECEDING);
    const shown: Text[] = [];
    let chars = 0;
    for (; node !== null && chars < FIRST_VIEW_CHARS && shown.length < FIRST_VIEW_NODES; node = walker.nextNode()) {
      const text = node as Text;
      if (!read && node === readUpTo) read = true;
      const parent = parentOf(text);
      if (parent === null || skip(parent) || !WORDISH.test(text.data)) continue;
      chars += text.length;
      shown.push(text);
      if (read && !early.has(text) && text.length <= LONG_TEXT) {
        early.add(text);
        this.page.scanNode(text);
      }
    }
    this.page.paintNow(shown);
  }

  /** Reads the whole content in slices, the part in view first on a first pass; then settles and records its measure. */
  private async fullPass(): Promise<void> {
    const mine = ++this.generation;
    this.passing = true;
    this.longNodes.clear();
    let started = performance.now();
    const root = (this.root = contentRoot(this.doc));
    const again = (): void => {
      // Overtaken by another pass or by stop(): that one carries on. The content root changed: start again.
      if (mine === this.generation) void this.fullPass();
    };
    if (root === null) {
      this.forgetRoots(() => false);
      this.page.visited([], true);
      this.page.settle(null, true);
      this.measure(started, { kind: 'full', textNodes: 0, occurrences: 0, busy: performance.now() - started });
      return this.passEnded();
    }
    const skip = createSkipTest(root);
    // A first pass paints what the reader sees before reading the rest (a 'view' measure), then lets the
    // browser render the frame that shows it (on a fresh load, the page's own first layout) before the
    // rest is read in slices (the 'full' measure); a later pass repaints in place.
    const first = this.page.empty;
    const early = new Set<Text>();
    if (first) {
      this.readFirst(this.options.startAt ?? root, skip, early, null);
      this.measure(started, { kind: 'view', textNodes: early.size, occurrences: this.page.size, busy: performance.now() - started });
      performance.mark(FIRST_VIEW_MARK, { detail: { nodes: early.size, occurrences: this.page.size } });
      await this.afterNextFrame();
      if (mine !== this.generation) return again();
      if (root !== contentRoot(this.doc)) return again();
      started = performance.now();
    }
    const slices = new Slices();
    /** Yields to the page; false when this pass is over (another began, or the content root changed). */
    const pause = async (): Promise<boolean> => {
      slices.pause();
      await this.yielder.next();
      if (mine !== this.generation) return false;
      slices.resume();
      return root === contentRoot(this.doc);
    };
    const visited: Text[] = [];
    let textNodes = 0;
    // The light DOM first, then each open shadow root found in what was read, nested ones last.
    const scopes: Array<Element | ShadowRoot> = [root];
    for (const scope of scopes) {
      const walker = new ContentWalker(scope);
      for (let node = walker.next(); node !== null; node = walker.next()) {
        textNodes++;
        const data = node.data;
        // Whitespace between elements is often half of a page's text nodes, and holds no term.
        if (!WORDISH.test(data)) continue;
        visited.push(node);
        if (early.has(node)) continue;
        if (data.length > LONG_TEXT) {
          for (const step = this.page.scanInSteps(node); !step();) {
            if (!slices.over) continue;
            if (!await pause()) return again();
            if (!walker.intact) return again();
          }
        } else this.page.scanNode(node);
        if ((textNodes & 31) === 0 && slices.over) {
          if (!await pause()) return again();
          // The page changed under the walk: start again rather than miss the rest.
          if (!walker.intact) return again();
          if (this.lookAt !== null) {
            this.readFirst(this.lookAt, skip, early, node);
            this.lookAt = null;
          }
        }
      }
      // One query per scope finds the open shadow roots in it: no cost per text node on a page without
      // them; the elements it returns are asked in slices (a 5 MB page has 45,000).
      for (const shadow of openRootsIn(scope)) {
        if (shadow === null) {
          if (slices.over && !await pause()) return again();
          continue;
        }
        this.watch(shadow);
        if (shadow.host === scope || !skip(shadow.host)) scopes.push(shadow);
      }
      if (slices.over && !await pause()) return again();
    }
    // Reading definitions is the larger part of settling: spread it over slices too.
    while (!this.page.readDefinitions(slices.end)) {
      if (!await pause()) return again();
    }
    // Roots whose hosts left the content since they were found; one found during the pass stays.
    this.forgetRoots((shadow) => this.inContent(shadow.host));
    this.page.visited(visited, !first);
    for (const step = this.page.settling(root, true); !step.next().done;) {
      if (slices.over && !await pause()) return again();
    }
    slices.pause();
    this.measure(started, { kind: 'full', textNodes, occurrences: this.page.size, busy: slices.busy });
    this.passEnded();
  }

  /**
   * Resolves after the next frame has been rendered (a task after its animation frame callbacks), or
   * after 100 ms where no frame comes (a tab in the background); at once when the scanner stops.
   */
  private afterNextFrame(): Promise<void> {
    const win = this.doc.defaultView;
    if (win === null || this.doc.visibilityState === 'hidden') return this.yielder.next();
    return new Promise((resolve) => {
      const done = (): void => {
        if (this.cancelWait !== done) return;
        this.cancelWait = null;
        win.clearTimeout(timer);
        resolve();
      };
      this.cancelWait = done;
      const timer = win.setTimeout(done, 100);
      win.requestAnimationFrame(() => void this.yielder.next().then(done));
    });
  }

  private passEnded(): void {
    this.passing = false;
    this.complete = true;
    this.lookAt = null;
    this.options.onFullPass?.();
    this.wake();
  }

  private textNodesUnder(node: Node, into: Set<Text>): void {
    if (node.nodeType === Node.TEXT_NODE) into.add(node as Text);
    else if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      const walker = this.doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t !== null; t = walker.nextNode()) into.add(t as Text);
    }
  }

  /** The text under a node, with that of the open shadow roots under it (found now if new), at any depth. */
  private textNodesDeep(node: Node, into: Set<Text>): void {
    this.textNodesUnder(node, into);
    for (const shadow of openRootsIn(node)) {
      if (shadow === null) continue;
      this.watch(shadow);
      this.textNodesDeep(shadow, into);
    }
  }

  /** Reads the long text nodes a batch left, a window at a time between yields, then settles once. */
  private async readLongNodes(): Promise<void> {
    if (this.readingLong) return;
    this.readingLong = true;
    const mine = this.generation;
    const started = performance.now();
    const slices = new Slices();
    let count = 0;
    try {
      for (const node of this.longNodes) {
        this.longNodes.delete(node);
        const parent = parentOf(node);
        if (this.root === null || !node.isConnected || !this.inContent(node) || parent === null || createSkipTest(this.root)(parent)) {
          this.page.dropNode(node);
          continue;
        }
        count++;
        for (const step = this.page.scanInSteps(node); !step();) {
          if (!slices.over) continue;
          slices.pause();
          await this.yielder.next();
          if (mine !== this.generation) return;
          slices.resume();
        }
      }
      this.page.settle(this.root, false);
      slices.pause();
      this.measure(started, { kind: 'mutation', textNodes: count, occurrences: this.page.size, busy: slices.busy });
    } finally {
      this.readingLong = false;
      if (this.longNodes.size > 0 && mine === this.generation) void this.readLongNodes();
      else this.wake();
    }
  }

  /** Reads one frame's batch of mutations. */
  private flush(): void {
    this.flushFrame = 0;
    const records = this.pending;
    this.pending = [];
    const root = this.root;
    if (this.needsFull || root === null || !root.isConnected || root !== contentRoot(this.doc)) {
      this.needsFull = false;
      void this.fullPass();
      return;
    }
    // A full pass under way reads what changed itself (its walk is checked at every pause); a batch
    // arriving meanwhile is read now, and the pass's settling covers it too.
    const started = performance.now();
    const removed = new Set<Text>();
    const touched = new Set<Text>();
    // Added nodes, and elements whose attributes may have made their text content or not: all their text is read again.
    const reread: Node[] = [];
    for (const record of records) {
      if (record.type === 'characterData') touched.add(record.target as Text);
      else if (record.type === 'attributes') reread.push(record.target);
      else {
        record.removedNodes.forEach((n) => { if (!n.isConnected) this.textNodesUnder(n, removed); });
        record.addedNodes.forEach((n) => { if (n.isConnected) reread.push(n); });
      }
    }
    for (const n of reread) if (n.isConnected && this.inContent(n)) this.textNodesDeep(n, touched);
    for (const t of removed) if (!t.isConnected) this.page.dropNode(t);
    // A host taken out of the content takes its shadow root's text with it.
    if (this.shadows.size > 0) this.forgetRoots((shadow) => this.inContent(shadow.host));
    if (touched.size > FULL_RESCAN_AT) {
      void this.fullPass();
      return;
    }
    const skip = createSkipTest(root);
    let long = false;
    for (const t of touched) {
      const parent = parentOf(t);
      // Whitespace between elements is often half of a page's text nodes, and holds no term.
      if (!t.isConnected || !this.inContent(t) || !WORDISH.test(t.data) || parent === null || skip(parent)) this.page.dropNode(t);
      else if (t.length > LONG_TEXT) {
        this.longNodes.add(t);
        long = true;
      } else this.page.scanNode(t);
    }
    this.page.settle(root, false);
    this.measure(started, { kind: 'mutation', textNodes: touched.size, occurrences: this.page.size, busy: performance.now() - started });
    if (long) void this.readLongNodes();
    else this.wake();
  }

  private schedule(): void {
    if (this.flushFrame !== 0 || this.stopped) return;
    const win = this.doc.defaultView;
    this.flushFrame = win === null ? 0 : win.requestAnimationFrame(() => this.flush());
  }

  private onRecords(records: MutationRecord[]): void {
    if (this.stopped) return;
    if (!this.needsFull) {
      if (this.pending.length + records.length > MAX_PENDING) {
        this.needsFull = true;
        this.pending = [];
      } else this.pending.push(...records);
    }
    this.schedule();
  }
}

/**
 * Starts scanning a document into a page model. Stop it with `options.signal` or the returned
 * scanner's stop(); after that nothing of it runs.
 */
export function startScanner(doc: Document, page: ScanTarget, options: ScannerOptions = {}): Scanner {
  return new ContentScanner(doc, page, options);
}

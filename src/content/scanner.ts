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
import { readFirstView } from './first-view';
import type { ScanTarget } from './page-model';
import { ObservedRoots } from './observed-roots';
import { contentRoot, createSkipTest, parentOf } from './skip';
import { afterNextFrame, Slices, Yielder } from './slices';
import { ContentWalker, LONG_TEXT, openRootsIn, textNodesUnder, WORDISH } from './walk';

/** The name of the measure every pass records; benchmarks and tests read it. */
export const SCAN_MEASURE = 'probation-jargon:scan';
/** A mark made when the first pass has painted what the reader sees first (bench/README.md). */
export const FIRST_VIEW_MARK = 'probation-jargon:first-view';

// A batch adding more text nodes than this is cheaper to handle as one full pass.
const FULL_RESCAN_AT = 5000;
// Pending mutation records beyond this (a page churning in a hidden tab) collapse into one full pass.
const MAX_PENDING = 2000;
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
  /** Long text nodes a batch left to read a window at a time, and whether that is under way. */
  private readonly longNodes = new Set<Text>();
  private readingLong = false;
  /** During the first pass: an element the reader scrolled to, to read next (found in an animation frame). */
  private lookAt: Element | null = null;
  private lookFrame = 0;
  private stopped = false;
  /** Ends a first pass's wait for the frame that shows what it painted first. */
  private cancelWait: (() => void) | null = null;

  private readonly roots: ObservedRoots;
  private readonly yielder = new Yielder();
  private readonly controller = new AbortController();
  private readonly idleWaiters: Array<() => void> = [];
  private readonly readyWaiters: Array<() => void> = [];
  readonly ready: Promise<void>;

  constructor(private readonly doc: Document, private readonly page: ScanTarget, private readonly options: ScannerOptions) {
    this.root = contentRoot(doc);
    this.ready = new Promise((resolve) => this.readyWaiters.push(resolve));
    this.roots = new ObservedRoots(doc, (records) => this.onRecords(records), options.onShadowRoot);
    options.signal?.addEventListener('abort', () => this.stop(), { once: true });
    if (options.signal?.aborted === true) {
      this.stop();
      return;
    }
    this.roots.start();
    // The reader may scroll before the first pass has read everything: what comes into view is read next.
    doc.defaultView?.addEventListener('scroll', () => this.onScroll(), { passive: true, signal: this.controller.signal });
    void this.fullPass();
  }

  idle(): Promise<void> {
    // Records the observer holds but has not delivered yet count as seen.
    if (!this.stopped) {
      const queued = this.roots.takeRecords();
      if (queued.length > 0) this.onRecords(queued);
    }
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.generation++;
    this.roots.stop();
    this.controller.abort();
    this.yielder.close();
    this.cancelWait?.();
    const win = this.doc.defaultView;
    if (this.flushFrame !== 0) win?.cancelAnimationFrame(this.flushFrame);
    if (this.lookFrame !== 0) win?.cancelAnimationFrame(this.lookFrame);
    this.flushFrame = 0;
    this.lookFrame = 0;
    this.pending = [];
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
    return this.roots.contains(this.root, node);
  }

  /** Forgets the shadow roots `keep` rejects and their text. */
  private forgetRoots(keep: (shadow: ShadowRoot) => boolean): void {
    const queued = this.roots.forget(keep, (t) => this.page.dropNode(t));
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
      readFirstView(root, this.page, this.options.startAt ?? root, skip, early, null);
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
            readFirstView(root, this.page, this.lookAt, skip, early, node);
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
        this.roots.watch(shadow);
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

  /** Resolves after the frame showing what was painted first has been rendered (at once when the scanner stops). */
  private afterNextFrame(): Promise<void> {
    const wait = afterNextFrame(this.doc, this.yielder);
    this.cancelWait = wait.cancel;
    return wait.done.then(() => { this.cancelWait = null; });
  }

  private passEnded(): void {
    this.passing = false;
    this.complete = true;
    this.lookAt = null;
    this.options.onFullPass?.();
    this.wake();
  }

  /** The text under a node, with that of the open shadow roots under it (found now if new), at any depth. */
  private textNodesDeep(node: Node, into: Set<Text>): void {
    textNodesUnder(node, into);
    for (const shadow of openRootsIn(node)) {
      if (shadow === null) continue;
      this.roots.watch(shadow);
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
        record.removedNodes.forEach((n) => { if (!n.isConnected) textNodesUnder(n, removed); });
        record.addedNodes.forEach((n) => { if (n.isConnected) reread.push(n); });
      }
    }
    for (const n of reread) if (n.isConnected && this.inContent(n)) this.textNodesDeep(n, touched);
    for (const t of removed) if (!t.isConnected) this.page.dropNode(t);
    // A host taken out of the content takes its shadow root's text with it.
    if (this.roots.any) this.forgetRoots((shadow) => this.inContent(shadow.host));
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

/** Starts scanning a document into a page model; after `options.signal` aborts or stop() is called, nothing of it runs. */
export function startScanner(doc: Document, page: ScanTarget, options: ScannerOptions = {}): Scanner {
  return new ContentScanner(doc, page, options);
}

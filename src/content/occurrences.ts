/**
 * The occurrences of terms on the page: one Range each, painted through one CSS highlight per kind
 * and indexed by text node, so hit-testing and navigation never ask the highlight registry.
 */
import { nodesNear } from './viewport';

/** Which highlight an occurrence is painted with. */
export type Kind = 'jargon' | 'renamed' | 'unknown';

/** The registered highlight name of each kind; see the README's integration points. */
export const HIGHLIGHT_NAMES: Readonly<Record<Kind, string>> = {
  jargon: 'probation-jargon',
  renamed: 'probation-jargon-renamed',
  unknown: 'probation-jargon-unknown',
};

/**
 * Quieter looks of a glossary term ('jargon' kind), each its own highlight: a term written out ("home
 * detention curfew") and an acronym the page defines itself, whose definition is on the page already.
 */
export type Look = 'spelled' | 'page';

/** The registered highlight name of each look; see the README's integration points. */
export const LOOK_NAMES: Readonly<Record<Look, string>> = {
  spelled: 'probation-jargon-spelled',
  page: 'probation-jargon-page',
};

const nameOf = (span: Pick<Span, 'kind' | 'look'>): string => (span.look ? LOOK_NAMES[span.look] : HIGHLIGHT_NAMES[span.kind]);

/** Where an occurrence is in a text node and what it names. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: Kind;
  /** A quieter look of a 'jargon' occurrence, painted under its own highlight name. */
  readonly look?: Look;
  /** Index of the built-in glossary entry, or -1 for an acronym only the page knows (or nobody). */
  readonly entry: number;
  /** The short form without its ending, e.g. "PM" for "PMs" (the term for built-in entries). */
  readonly token: string;
}

/** One term painted on the page. */
export interface Occurrence extends Span {
  readonly node: Text;
  readonly range: Range;
}

/**
 * Up to this many occurrences on a page, every one is painted. Beyond it, only those near the
 * viewport are: Chromium recomputes an underlined highlight's every range on any change to the page,
 * so with ten thousand ranges each DOM change cost two extra frames (bench: 66 ms against 33 ms).
 */
export const PAINT_ALL_UP_TO = 2000;

/** Occurrences by text node, kept in step with the registered highlights. */
export class OccurrenceIndex {
  private readonly byNode = new Map<Text, Occurrence[]>();
  private readonly highlights = new Map<string, Highlight>();
  private ordered: Occurrence[] | null = null;
  private count = 0;
  // Nothing is painted before the first pass has ended (see register()).
  private registered = false;
  // The nodes whose occurrences are painted, when only those near the viewport are; null when all are.
  private near: Set<Text> | null = null;
  // The painted nodes in document order, from the first pass; nodes added later are kept apart
  // (their order is unknown without sorting) and always looked at.
  private order: Text[] = [];
  private readonly later = new Set<Text>();
  private pending = false;
  private readonly stopWatching = new AbortController();

  constructor(private readonly doc: Document) {
    for (const name of [...Object.values(HIGHLIGHT_NAMES), ...Object.values(LOOK_NAMES)]) {
      const highlight = new Highlight();
      if (name === HIGHLIGHT_NAMES.unknown) highlight.priority = -1;
      this.highlights.set(name, highlight);
    }
  }

  /**
   * Registers the highlights, once the first pass has filled the index. A registered highlight makes
   * the browser revisit all its ranges on every frame, so filling it while registered costs time that
   * grows with the square of the page (11 s against 1 s on a 5 MB page, measured by the benchmark);
   * and only then is it known whether the page is small enough to paint every occurrence.
   */
  register(): void {
    if (!this.registered) {
      this.registered = true;
      if (this.count > PAINT_ALL_UP_TO) this.paintNear();
      else for (const list of this.byNode.values()) this.show(list);
    } else if (this.near === null && this.count > PAINT_ALL_UP_TO) {
      for (const h of this.highlights.values()) h.clear();
      this.paintNear();
    }
    for (const [name, highlight] of this.highlights) {
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    }
  }

  /** Number of occurrences on the page, painted or not. */
  get size(): number {
    return this.count;
  }

  /** Replaces the occurrences of one text node (spans sorted by start, not overlapping). */
  setNode(node: Text, spans: readonly Span[]): void {
    this.dropNode(node);
    if (spans.length === 0) return;
    const list = spans.map((span): Occurrence => {
      const range = this.doc.createRange();
      range.setStart(node, span.start);
      range.setEnd(node, span.end);
      return { start: span.start, end: span.end, kind: span.kind, ...(span.look ? { look: span.look } : {}), entry: span.entry, token: span.token, node, range };
    });
    this.byNode.set(node, list);
    this.count += list.length;
    this.ordered = null;
    if (!this.registered) return;
    // A change after the first pass is painted at once (it is what the page just showed); where
    // only the occurrences near the viewport are painted, the places are read again when idle.
    this.show(list);
    if (this.near !== null) {
      this.near.add(node);
      this.later.add(node);
      this.schedule(true);
    }
  }

  /** Forgets the occurrences of one text node. */
  dropNode(node: Text): void {
    const old = this.byNode.get(node);
    if (old === undefined) return;
    for (const o of old) this.highlights.get(nameOf(o))?.delete(o.range);
    this.byNode.delete(node);
    this.near?.delete(node);
    this.later.delete(node);
    this.count -= old.length;
    this.ordered = null;
  }

  private show(list: readonly Occurrence[]): void {
    for (const o of list) this.highlights.get(nameOf(o))?.add(o.range);
  }

  /** Paints the occurrences near the viewport from now on, following scrolling and resizing. */
  private paintNear(): void {
    this.near = new Set();
    this.order = this.nodesInOrder(this.later);
    const win = this.doc.defaultView;
    if (win === null) return;
    const { signal } = this.stopWatching;
    win.addEventListener('scroll', () => this.schedule(false), { passive: true, signal });
    win.addEventListener('resize', () => this.schedule(false), { passive: true, signal });
    this.follow();
  }

  private schedule(idle: boolean): void {
    const win = this.doc.defaultView;
    if (this.pending || win === null) return;
    this.pending = true;
    const run = (): void => {
      this.pending = false;
      if (!this.stopWatching.signal.aborted) this.follow();
    };
    if (idle && typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: 500 });
    else win.requestAnimationFrame(run);
  }

  /** Paints what is near the viewport now and unpaints what no longer is. */
  private follow(): void {
    const win = this.doc.defaultView;
    if (this.near === null || win === null) return;
    // Many nodes added since the first pass: sort once, so they are searched like the rest.
    if (this.later.size > 500) {
      this.later.clear();
      this.order = this.nodesInOrder(this.later);
    }
    const now = new Set(nodesNear(this.order, win.innerHeight));
    for (const node of this.later) if (nodesNear([node], win.innerHeight).length > 0) now.add(node);
    for (const node of this.near) {
      if (now.has(node)) continue;
      for (const o of this.byNode.get(node) ?? []) this.highlights.get(nameOf(o))?.delete(o.range);
      this.near.delete(node);
    }
    for (const node of now) {
      if (this.near.has(node)) continue;
      const list = this.byNode.get(node);
      if (list === undefined) continue;
      this.show(list);
      this.near.add(node);
    }
  }

  /** The occurrence covering an offset of a text node (its end counts: carets snap to boundaries). */
  at(node: Node, offset: number): Occurrence | undefined {
    const list = this.byNode.get(node as Text);
    if (list === undefined) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const o = list[mid] as Occurrence;
      if (offset < o.start) hi = mid - 1;
      else if (offset > o.end) lo = mid + 1;
      else return o;
    }
    return undefined;
  }

  /** All occurrences in document order, sorted once after each change. */
  inOrder(): readonly Occurrence[] {
    if (this.ordered === null) {
      const apart = new Set<Text>();
      const nodes = this.nodesInOrder(apart);
      this.ordered = [...nodes, ...apart].flatMap((n) => this.byNode.get(n) ?? []);
    }
    return this.ordered;
  }

  /**
   * The nodes that hold occurrences, in document order. The map's own order is not (a node repainted
   * later moves to its end), and sorting by compareDocumentPosition costs n log n walks up the tree;
   * one walk over the document's text costs a few milliseconds on a 5 MB page. Nodes the walk cannot
   * reach (inside shadow roots) go into `apart` instead, in the map's order.
   */
  private nodesInOrder(apart: Set<Text>): Text[] {
    const nodes: Text[] = [];
    const root = this.doc.body ?? this.doc.documentElement;
    if (root !== null) {
      const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) if (this.byNode.has(n as Text)) nodes.push(n as Text);
    }
    if (nodes.length < this.byNode.size) {
      const found = new Set(nodes);
      for (const n of this.byNode.keys()) if (!found.has(n)) apart.add(n);
    }
    return nodes;
  }

  /** Removes every occurrence and unregisters the highlights. */
  dispose(): void {
    this.stopWatching.abort();
    this.near = null;
    this.count = 0;
    for (const [name, highlight] of this.highlights) {
      highlight.clear();
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    this.byNode.clear();
    this.ordered = null;
  }
}

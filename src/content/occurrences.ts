/**
 * The occurrences of terms on the page: one Range each, painted through one CSS highlight per kind
 * and indexed by text node, so hit-testing and navigation never ask the highlight registry.
 */
import { ALL_HIGHLIGHT_NAMES, HIGHLIGHT_NAMES, highlightName, type Kind, type Look } from '../core/term-kinds';
import { nodesNear } from './viewport';

// The kinds, looks and their highlight names are decided in the core, the same for web pages and PDFs.
export { HIGHLIGHT_NAMES, LOOK_NAMES, type Kind, type Look } from '../core/term-kinds';

const nameOf = (span: Pick<Span, 'kind' | 'look'>): string => highlightName(span);
// Past this many ranges leaving one highlight at once, the highlight is built again (see unpaint).
const REBUILD_AT = 64;

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

/**
 * One term on the page. Its Range is made when first asked for (to paint it, hit-test it or move to
 * it): on a large page most occurrences are never painted, and a Range per match was a third of the
 * objects a pass made.
 */
export class Occurrence implements Span {
  // Declared, not defined: a defined class field is written on every new object before the constructor
  // runs, and again by it; a 5 MB page makes 50,000 of these.
  declare readonly node: Text;
  declare readonly start: number;
  declare readonly end: number;
  declare readonly kind: Kind;
  declare readonly entry: number;
  declare readonly token: string;
  declare readonly look?: Look;
  declare private made: Range | null;

  constructor(node: Text, start: number, end: number, kind: Kind, entry: number, token: string, look?: Look) {
    this.node = node;
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.entry = entry;
    this.token = token;
    this.look = look;
    this.made = null;
  }

  /** The live Range over the term (made once; the browser keeps it in step with the text). */
  get range(): Range {
    if (this.made === null) {
      const range = this.node.ownerDocument.createRange();
      // A text change not yet read again may have shortened the node: never set past its end.
      const length = this.node.length;
      range.setStart(this.node, Math.min(this.start, length));
      range.setEnd(this.node, Math.min(this.end, length));
      this.made = range;
    }
    return this.made;
  }

  /** The Range if it has been made, without making it. */
  get rangeIfMade(): Range | null {
    return this.made;
  }
}

/**
 * Up to this many occurrences on a page, every one is painted. Beyond it, only those near the
 * viewport are: Chromium recomputes an underlined highlight's every range on any change to the page,
 * so with ten thousand ranges each DOM change cost two extra frames (bench: 66 ms against 33 ms).
 */
export const PAINT_ALL_UP_TO = 2000;

/** How much of the index is painted: while the first pass runs, only the nodes it showed at once. */
type Mode = 'first-pass' | 'all' | 'near';

/** Occurrences by text node, kept in step with the registered highlights. */
export class OccurrenceIndex {
  private readonly byNode = new Map<Text, Occurrence[]>();
  private readonly highlights = new Map<string, Highlight>();
  // What each highlight holds, kept beside it so that one can be built again (see unpaint) without
  // iterating the highlight itself.
  private readonly held = new Map<string, Set<Range>>();
  private ordered: Occurrence[] | null = null;
  private count = 0;
  // Until the first pass ends only the nodes it painted at once (paintNow) are painted (see register()).
  private mode: Mode = 'first-pass';
  // The nodes whose occurrences are painted, in the modes 'first-pass' and 'near'.
  private readonly shown = new Set<Text>();
  // The content's text nodes in document order, as the last full pass walked them; nodes given
  // occurrences outside a pass are kept apart (their order is unknown without a walk) in `later`.
  private order: readonly Text[] = [];
  private readonly later = new Set<Text>();
  private registered = false;
  private pending = false;
  private readonly stopWatching = new AbortController();

  constructor(private readonly doc: Document) {
    for (const name of ALL_HIGHLIGHT_NAMES) {
      const highlight = new Highlight();
      if (name === HIGHLIGHT_NAMES.unknown) highlight.priority = -1;
      this.highlights.set(name, highlight);
      this.held.set(name, new Set());
    }
  }

  /** Number of occurrences on the page, painted or not. */
  get size(): number {
    return this.count;
  }

  /** Number of occurrences in the registered highlights. */
  get painted(): number {
    let n = 0;
    for (const h of this.highlights.values()) n += h.size;
    return n;
  }

  /**
   * Paints the occurrences of these nodes at once, while the first pass is still reading the rest:
   * what the reader sees. A registered highlight makes the browser revisit its ranges on every frame,
   * so only these few go in before the pass ends.
   */
  paintNow(nodes: Iterable<Text>): void {
    if (this.mode !== 'first-pass') return;
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (list === undefined || this.shown.has(node)) continue;
      this.show(list);
      this.shown.add(node);
    }
    this.ensureRegistered();
  }

  /**
   * Called when a pass (`full`) or batch has settled. When the first full pass has, paints the index:
   * every occurrence on a small page, those near the viewport on a large one. A batch of changes
   * settled while the first pass still runs paints nothing more. Filling a registered highlight costs time
   * that grows with the square of the page (11 s against 1 s on a 5 MB page, measured by the
   * benchmark), and only now is it known whether the page is small enough to paint every occurrence.
   */
  register(full: boolean): void {
    if (this.mode === 'first-pass' && !full) return;
    if (this.mode === 'first-pass') {
      // What was painted at once stays until the next frame finds what is near the viewport.
      if (this.count > PAINT_ALL_UP_TO) this.paintNear(true);
      else {
        this.mode = 'all';
        this.shown.clear();
        for (const list of this.byNode.values()) this.show(list);
      }
    } else if (this.mode === 'all' && this.count > PAINT_ALL_UP_TO) {
      this.clearAll();
      this.paintNear(false);
    }
    this.ensureRegistered();
  }

  private ensureRegistered(): void {
    if (this.stopWatching.signal.aborted) return;
    this.registered = true;
    for (const [name, highlight] of this.highlights) {
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    }
  }

  /**
   * The content's text nodes in document order, from a full pass that walked them all (nodes without
   * occurrences may be among them); what was kept apart since is now in order.
   */
  setOrder(nodes: readonly Text[]): void {
    this.order = nodes;
    this.later.clear();
    this.ordered = null;
    if (this.mode === 'near') this.schedule(true);
  }

  /** Replaces the occurrences of one text node (sorted by start, not overlapping). */
  setNode(node: Text, list: Occurrence[]): void {
    const known = this.byNode.has(node);
    const wasShown = this.shown.has(node);
    this.dropNode(node);
    if (list.length === 0) return;
    this.byNode.set(node, list);
    this.count += list.length;
    this.ordered = null;
    if (this.mode !== 'first-pass' && !known) this.later.add(node);
    if (this.mode === 'all' || wasShown) {
      this.show(list);
      if (wasShown) this.shown.add(node);
    } else if (this.mode === 'near') {
      // A change after the first pass is painted at once (it is what the page just showed); the
      // places are read again when idle.
      this.show(list);
      this.shown.add(node);
      this.schedule(true);
    }
  }

  /** Forgets the occurrences of one text node. */
  dropNode(node: Text): void {
    const old = this.byNode.get(node);
    if (old === undefined) return;
    this.unpaint(old);
    this.byNode.delete(node);
    this.shown.delete(node);
    this.later.delete(node);
    this.count -= old.length;
    this.ordered = null;
  }

  /**
   * Takes occurrences out of their highlights. Many at once are taken out by building each highlight
   * again without them: Firefox removes ranges one by one in time that grows with the highlight's size
   * (10,000 terms in one paragraph scrolled out of view took two minutes), while clearing and adding is fast.
   */
  private unpaint(list: Iterable<Occurrence>): void {
    const gone = new Map<string, Range[]>();
    for (const o of list) {
      const range = o.rangeIfMade;
      const name = nameOf(o);
      if (range === null || this.held.get(name)?.delete(range) !== true) continue;
      const ranges = gone.get(name);
      if (ranges) ranges.push(range);
      else gone.set(name, [range]);
    }
    for (const [name, ranges] of gone) {
      const highlight = this.highlights.get(name);
      if (highlight === undefined) continue;
      if (ranges.length <= REBUILD_AT) {
        for (const r of ranges) highlight.delete(r);
        continue;
      }
      highlight.clear();
      for (const r of this.held.get(name) ?? []) highlight.add(r);
    }
  }

  /** Empties every highlight. */
  private clearAll(): void {
    for (const h of this.highlights.values()) h.clear();
    for (const p of this.held.values()) p.clear();
  }

  private show(list: readonly Occurrence[]): void {
    for (const o of list) {
      const name = nameOf(o);
      const range = o.range;
      this.highlights.get(name)?.add(range);
      this.held.get(name)?.add(range);
    }
  }

  /**
   * Paints the occurrences near the viewport from now on, following scrolling and resizing. Finding them
   * reads boxes: `later`, in the next frame, whose layout the browser does anyway (at the end of a first
   * pass started as the page was parsed, reading them at once would force the whole page's first layout
   * inside our task).
   */
  private paintNear(later: boolean): void {
    this.mode = 'near';
    const win = this.doc.defaultView;
    if (win === null) return;
    const { signal } = this.stopWatching;
    win.addEventListener('scroll', () => this.schedule(false), { passive: true, signal });
    win.addEventListener('resize', () => this.schedule(false), { passive: true, signal });
    if (later) this.schedule(false);
    else this.follow();
  }

  private schedule(idle: boolean): void {
    const win = this.doc.defaultView;
    if (this.pending || win === null || this.stopWatching.signal.aborted) return;
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
    if (this.mode !== 'near' || win === null) return;
    // Many nodes added since the last pass: walk once, so they are searched like the rest.
    if (this.later.size > 500) this.walkOrder();
    const withTerms = this.order.filter((n) => this.byNode.has(n));
    const now = new Set(nodesNear(withTerms, win.innerHeight));
    for (const node of this.later) if (nodesNear([node], win.innerHeight).length > 0) now.add(node);
    const leaving: Occurrence[] = [];
    for (const node of this.shown) {
      if (now.has(node)) continue;
      for (const o of this.byNode.get(node) ?? []) leaving.push(o);
      this.shown.delete(node);
    }
    this.unpaint(leaving);
    for (const node of now) {
      if (this.shown.has(node)) continue;
      const list = this.byNode.get(node);
      if (list === undefined) continue;
      this.show(list);
      this.shown.add(node);
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
      if (this.later.size > 0) this.walkOrder();
      const ordered: Occurrence[] = [];
      const seen = new Set<Text>();
      for (const n of this.order) {
        const list = this.byNode.get(n);
        if (list === undefined || seen.has(n)) continue;
        seen.add(n);
        for (const o of list) ordered.push(o);
      }
      // Nodes no pass walked (a scanner fed by hand): in the map's order.
      if (seen.size < this.byNode.size) for (const [n, list] of this.byNode) if (!seen.has(n)) ordered.push(...list);
      this.ordered = ordered;
    }
    return this.ordered;
  }

  /**
   * Puts every node with occurrences in document order again, by one walk over the document's text
   * (a few milliseconds on a 5 MB page; sorting by compareDocumentPosition costs n log n walks up the
   * tree). Nodes the walk cannot reach (inside shadow roots) follow, in the order they were known.
   */
  private walkOrder(): void {
    const nodes: Text[] = [];
    const root = this.doc.body ?? this.doc.documentElement;
    if (root !== null) {
      const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) if (this.byNode.has(n as Text)) nodes.push(n as Text);
    }
    if (nodes.length < this.byNode.size) {
      const found = new Set(nodes);
      for (const n of this.order) if (this.byNode.has(n) && !found.has(n)) { nodes.push(n); found.add(n); }
      for (const n of this.byNode.keys()) if (!found.has(n)) nodes.push(n);
    }
    this.order = nodes;
    this.later.clear();
  }

  /** Removes every occurrence and unregisters the highlights; the index paints nothing after. */
  dispose(): void {
    this.stopWatching.abort();
    this.count = 0;
    this.clearAll();
    for (const [name, highlight] of this.highlights) {
      if (this.registered && CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    this.byNode.clear();
    this.shown.clear();
    this.later.clear();
    this.order = [];
    this.ordered = null;
  }
}

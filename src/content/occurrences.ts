/**
 * The occurrences of terms on the page: one Range each, painted through one CSS highlight per kind
 * and indexed by text node, so hit-testing and navigation never ask the highlight registry.
 */

/** Which highlight an occurrence is painted with. */
export type Kind = 'jargon' | 'renamed' | 'unknown';

/** The registered highlight name of each kind; see the README's integration points. */
export const HIGHLIGHT_NAMES: Readonly<Record<Kind, string>> = {
  jargon: 'probation-jargon',
  renamed: 'probation-jargon-renamed',
  unknown: 'probation-jargon-unknown',
};

/** Where an occurrence is in a text node and what it names. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: Kind;
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

/** Occurrences by text node, kept in step with the registered highlights. */
export class OccurrenceIndex {
  private readonly byNode = new Map<Text, Occurrence[]>();
  private readonly highlights = new Map<Kind, Highlight>();
  private ordered: Occurrence[] | null = null;

  constructor(private readonly doc: Document) {
    for (const kind of Object.keys(HIGHLIGHT_NAMES) as Kind[]) {
      const highlight = new Highlight();
      if (kind === 'unknown') highlight.priority = -1;
      this.highlights.set(kind, highlight);
    }
  }

  /**
   * Registers the highlights, once the first pass has filled them. A registered highlight makes the
   * browser revisit all its ranges on every frame, so filling it while registered costs time that
   * grows with the square of the page (11 s against 1 s on a 5 MB page, measured by the benchmark).
   */
  register(): void {
    for (const [kind, highlight] of this.highlights) {
      const name = HIGHLIGHT_NAMES[kind];
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    }
  }

  /** Number of occurrences painted, of every kind. */
  get size(): number {
    let n = 0;
    for (const h of this.highlights.values()) n += h.size;
    return n;
  }

  /** Replaces the occurrences of one text node (spans sorted by start, not overlapping). */
  setNode(node: Text, spans: readonly Span[]): void {
    this.dropNode(node);
    if (spans.length === 0) return;
    const list = spans.map((span): Occurrence => {
      const range = this.doc.createRange();
      range.setStart(node, span.start);
      range.setEnd(node, span.end);
      this.highlights.get(span.kind)?.add(range);
      return { start: span.start, end: span.end, kind: span.kind, entry: span.entry, token: span.token, node, range };
    });
    this.byNode.set(node, list);
    this.ordered = null;
  }

  /** Forgets the occurrences of one text node. */
  dropNode(node: Text): void {
    const old = this.byNode.get(node);
    if (old === undefined) return;
    for (const o of old) this.highlights.get(o.kind)?.delete(o.range);
    this.byNode.delete(node);
    this.ordered = null;
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
      const nodes = [...this.byNode.keys()].sort((a, b) =>
        a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
      this.ordered = nodes.flatMap((n) => this.byNode.get(n) ?? []);
    }
    return this.ordered;
  }

  /** Removes every occurrence and unregisters the highlights. */
  dispose(): void {
    for (const [kind, highlight] of this.highlights) {
      highlight.clear();
      const name = HIGHLIGHT_NAMES[kind];
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    this.byNode.clear();
    this.ordered = null;
  }
}

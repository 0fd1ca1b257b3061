/**
 * The occurrences of terms on the page: one Range each, painted through one CSS highlight and
 * indexed by text node so hit-testing and navigation never ask the highlight registry.
 */
import type { TermMatch } from '../shared/types';

/** One term painted on the page. */
export interface Occurrence {
  readonly node: Text;
  readonly start: number;
  readonly end: number;
  /** Index of the glossary entry. */
  readonly entry: number;
  readonly range: Range;
}

/** Occurrences by text node, kept in step with one registered highlight. */
export class OccurrenceIndex {
  private readonly byNode = new Map<Text, Occurrence[]>();
  private readonly highlight: Highlight;
  private ordered: Occurrence[] | null = null;

  constructor(private readonly doc: Document, private readonly name: string) {
    this.highlight = new Highlight();
    CSS.highlights.set(name, this.highlight);
  }

  /** Number of occurrences painted. */
  get size(): number {
    return this.highlight.size;
  }

  /** Replaces the occurrences of one text node with new matches. */
  setNode(node: Text, matches: readonly TermMatch[]): void {
    this.dropNode(node);
    if (matches.length === 0) return;
    const list = matches.map((m) => {
      const range = this.doc.createRange();
      range.setStart(node, m.start);
      range.setEnd(node, m.end);
      this.highlight.add(range);
      return { node, start: m.start, end: m.end, entry: m.entry, range };
    });
    this.byNode.set(node, list);
    this.ordered = null;
  }

  /** Forgets the occurrences of one text node. */
  dropNode(node: Text): void {
    const old = this.byNode.get(node);
    if (old === undefined) return;
    for (const o of old) this.highlight.delete(o.range);
    this.byNode.delete(node);
    this.ordered = null;
  }

  /** Forgets the occurrences of every text node a full pass did not visit (it left the page). */
  retainOnly(visited: ReadonlySet<Text>): void {
    for (const node of [...this.byNode.keys()]) if (!visited.has(node)) this.dropNode(node);
  }

  /** Whether a text node has occurrences. */
  has(node: Text): boolean {
    return this.byNode.has(node);
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

  /** Removes every occurrence and unregisters the highlight. */
  dispose(): void {
    this.highlight.clear();
    this.byNode.clear();
    this.ordered = null;
    if (CSS.highlights.get(this.name) === this.highlight) CSS.highlights.delete(this.name);
  }
}

/**
 * What the page holds: glossary terms per text node, acronym-shaped tokens the glossary does not
 * know, and the acronyms the page defines. Tokens become highlights once the page settles: defined
 * ones as jargon, recurring undefined ones as unknown.
 */
import type { Candidate } from '../core/candidates';
import { everydayRenamed } from '../core/card-model';
import { formsOf } from '../core/glossary';
import { cutPattern, scanInWindows } from '../core/long-text';
import { FALSE_FRIENDS, type Matcher, type TextScan } from '../core/matcher';
import { PHRASE_FALSE_FRIENDS } from '../core/phrases-data';
import { aboutProbation } from '../core/senses';
import type { Category, GlossaryEntry, TermMatch } from '../shared/types';
import { passageAround, wordsOfPage } from './context';
import { abbreviationEntries, candidatePaint, definedElsewhere, entryKinds, matchPaint, unexplainedTokens, type Kind, type TokenStatus } from '../core/term-kinds';
import { Occurrence, type OccurrenceIndex } from './occurrences';
import { blockOf, definitionsInBlock, definitionsInMarkup, type PageDefinition } from './page-definitions';

/** The scanner's view of the page model. */
export interface ScanTarget {
  /** Reads a content text node afresh, replacing what it held. */
  scanNode(node: Text): void;
  /**
   * Reads a long content text node a window at a time: each call of the returned function reads one
   * and says whether the node is done; then it is recorded as scanNode would. A node whose text changed
   * in between is not recorded (its mutation brings it back).
   */
  scanInSteps(node: Text): () => boolean;
  /** Forgets a text node that left the content. */
  dropNode(node: Text): void;
  /**
   * After a full pass: the content text nodes it visited, in document order. Forgets every other node
   * (`forget`: a later pass; a first pass has nothing to forget).
   */
  visited(nodes: readonly Text[], forget: boolean): void;
  /** Paints the terms of these nodes at once, before the pass has read the rest (what the reader sees). */
  paintNow(nodes: Iterable<Text>): void;
  /**
   * Reads the definitions in the blocks scanned since the last call, until `deadline` (performance.now());
   * returns whether none is left. Lets a long pass spread that reading over its slices.
   */
  readDefinitions(deadline: number): boolean;
  /** Resolves what depends on the whole page (definitions, recurring acronyms) and shows the result. */
  settle(root: Element | null, full: boolean): void;
  /** The same in steps: each next() does a bounded part; done when settled. */
  settling(root: Element | null, full: boolean): Iterator<void, void, void>;
  /** Occurrences painted. */
  readonly size: number;
  /** Whether no text node is known: a first pass has nothing to forget. */
  readonly empty: boolean;
}

type Status = TokenStatus;

/** The page's terms, definitions and acronyms, kept in step with the occurrence index. */
export class PageModel implements ScanTarget {
  private readonly known = new Map<Text, TermMatch[]>();
  // How many matches of each glossary entry the page holds, kept as nodes are read and forgotten: the
  // page's terms without a walk over every match.
  private readonly entryCounts: Uint32Array;
  private readonly candidates = new Map<Text, Candidate[]>();
  private readonly nodesByToken = new Map<string, Set<Text>>();
  private readonly counts = new Map<string, number>();
  private readonly status = new Map<string, Status>();
  private readonly dirtyTokens = new Set<string>();
  private readonly dirtyBlocks = new Set<Element>();
  // Definitions read from running text but not yet merged (markup definitions come first on a full pass).
  private readonly textDefinitions: PageDefinition[] = [];
  // Their short forms: a later bracket holding just one of them defines nothing new (the first one wins).
  private readonly textShorts = new Set<string>();
  /** Acronyms the page defines, by short form. */
  readonly definitions = new Map<string, PageDefinition>();
  // Text nodes holding an everyday renamed word ("offender"), painted as renamed only where probation is meant.
  private readonly everydayNodes = new Set<Text>();
  // Glossary abbreviations this page defines as something else ("Making Tax Digital (MTD)"): the page's look.
  private definedElsewhere: ReadonlySet<number> = new Set();
  private abbreviationEntries: Map<string, number> | undefined;
  private doc: Document | undefined;
  private words: Set<string> | undefined;
  private pageIsAboutProbation: boolean | undefined;
  // Whether the page as a whole may be judged (the first full pass has read it all): before, an everyday
  // renamed word is painted only where its own passage is about probation, and judged again when it settles.
  private pageKnown = false;
  // Until the first full pass settles, a node read is painted only if the reader saw it first (paintNow):
  // the rest wait in `unpainted` and are painted once, when every status is known, instead of once
  // when read and again when the page's definitions change their tokens (two Occurrences per term).
  private deferring = true;
  private readonly unpainted = new Set<Text>();
  private readonly paintedEarly = new Set<Text>();

  constructor(
    private readonly matcher: Matcher,
    private readonly glossary: readonly GlossaryEntry[],
    private readonly index: OccurrenceIndex,
    /** Categories the reader chose not to see: glossary terms whose first sense is in one are not painted. */
    private readonly hidden: ReadonlySet<Category> = new Set(),
  ) {
    this.kinds = entryKinds(glossary, hidden);
    this.entryCounts = new Uint32Array(glossary.length);
    this.everyday = new Set(glossary.flatMap((entry, i) => (everydayRenamed(entry) ? [i] : [])));
  }

  // Renamed everyday words (see everydayRenamed).
  private readonly everyday: ReadonlySet<number>;

  /**
   * The content words of the page as a whole (title, headings, meanings of its terms), which the cards
   * and the renamed everyday words are weighed against. Read when first asked for after a full pass has
   * settled (a card, or an everyday renamed word being painted), so at most once per pass, and never on
   * a page without such a word that nobody hovers.
   */
  pageWords(): ReadonlySet<string> {
    if (this.words === undefined) {
      const entries: number[] = [];
      for (let e = 0; e < this.entryCounts.length; e++) if ((this.entryCounts[e] ?? 0) > 0) entries.push(e);
      this.words = this.doc ? wordsOfPage(this.doc, this.glossary, entries) : new Set();
    }
    return this.words;
  }

  /** Whether the page as a whole is about probation (one probation word in its title, headings or terms). */
  private aboutProbation(): boolean {
    this.pageIsAboutProbation ??= aboutProbation('', this.pageWords());
    return this.pageIsAboutProbation;
  }

  // How each glossary entry is painted, or undefined when its category is hidden: worked out once.
  private readonly kinds: ReadonlyArray<Kind | undefined>;

  get size(): number {
    return this.index.size;
  }

  get empty(): boolean {
    return this.known.size === 0 && this.candidates.size === 0;
  }

  scanNode(node: Text): void {
    const text = node.data;
    this.record(node, text, this.matcher.scan(text));
  }

  scanInSteps(node: Text): () => boolean {
    const text = node.data;
    // Where a window may end depends on every form the matcher knows; worked out once, when first needed.
    this.cuts ??= cutPattern([...this.glossary.flatMap((e) => formsOf(e)), ...FALSE_FRIENDS, ...PHRASE_FALSE_FRIENDS]);
    const steps = scanInWindows((part) => this.matcher.scan(part), text, this.cuts);
    return () => {
      const step = steps.next();
      if (!step.done) return false;
      if (node.data === text) this.record(node, text, step.value);
      return true;
    };
  }

  private cuts: RegExp | undefined;

  /** Replaces what a node held with what a scan of its text found. */
  private record(node: Text, text: string, { matches, candidates: found }: TextScan): void {
    this.forget(node);
    this.doc ??= node.ownerDocument;
    if (matches.length > 0) {
      this.known.set(node, matches);
      for (const m of matches) this.entryCounts[m.entry] = (this.entryCounts[m.entry] ?? 0) + 1;
      if (this.everyday.size > 0 && matches.some((m) => this.everyday.has(m.entry))) this.everydayNodes.add(node);
    }
    if (found.length > 0) {
      this.candidates.set(node, found);
      for (const c of found) {
        let nodes = this.nodesByToken.get(c.token);
        if (nodes === undefined) this.nodesByToken.set(c.token, (nodes = new Set()));
        nodes.add(node);
        if (!c.ordinary) this.counts.set(c.token, (this.counts.get(c.token) ?? 0) + 1);
        this.dirtyTokens.add(c.token);
      }
    }
    if (text.includes('(')) {
      const block = blockOf(node);
      if (block !== null) this.dirtyBlocks.add(block);
    }
    this.paint(node);
  }

  dropNode(node: Text): void {
    this.forget(node);
    this.index.dropNode(node);
  }

  visited(nodes: readonly Text[], forget: boolean): void {
    if (forget) {
      const seen = new Set(nodes);
      for (const node of new Set([...this.known.keys(), ...this.candidates.keys()])) if (!seen.has(node)) this.dropNode(node);
    }
    this.index.setOrder(nodes);
  }

  paintNow(nodes: Iterable<Text>): void {
    for (const node of nodes) {
      if (this.unpainted.delete(node)) this.draw(node);
      if (this.deferring) this.paintedEarly.add(node);
    }
    this.index.paintNow(nodes);
  }

  readDefinitions(deadline: number): boolean {
    let n = 0;
    for (const block of this.dirtyBlocks) {
      if ((++n & 7) === 0 && performance.now() > deadline) return false;
      this.dirtyBlocks.delete(block);
      if (!block.isConnected) continue;
      for (const d of definitionsInBlock(block, this.textShorts)) {
        this.textDefinitions.push(d);
        this.textShorts.add(d.short);
      }
    }
    return true;
  }

  settle(root: Element | null, full: boolean): void {
    for (const step = this.settling(root, full); !step.next().done;);
  }

  /**
   * settle() in steps: it pauses (yields) after each batch of repainted text nodes, so a long pass can
   * spread a page-wide change of status (an acronym defined at the end, used 5,000 times) over slices.
   */
  *settling(root: Element | null, full: boolean): Generator<void, void, void> {
    if (full) {
      this.definitions.clear();
      if (root !== null) for (const d of definitionsInMarkup(root)) this.define(d);
      // The page as a whole is read again: where it is not about probation, "offender" is an everyday word.
      this.words = undefined;
      const before = this.pageIsAboutProbation;
      this.pageIsAboutProbation = undefined;
      if (this.everydayNodes.size > 0 && before !== undefined && before !== this.aboutProbation()) {
        let n = 0;
        for (const node of this.everydayNodes) {
          this.paint(node);
          if ((++n & 63) === 0) yield;
        }
      }
    }
    const defined = this.definitions.size;
    this.readDefinitions(Infinity);
    for (const d of this.textDefinitions) this.define(d);
    this.textDefinitions.length = 0;
    this.textShorts.clear();
    // Most batches of a busy page touch no acronym and define nothing: then no token can change status.
    if (!full && this.dirtyTokens.size === 0 && this.definitions.size === defined) {
      this.index.register(full);
      return;
    }
    yield;
    yield* this.markDefinedElsewhere();
    const tokens = full ? new Set(this.nodesByToken.keys()) : this.dirtyTokens;
    const allowed = unexplainedTokens(this.counts, (t) => this.definitions.has(t));
    for (const [t, s] of this.status) if (s === 'unknown' && !allowed.has(t)) tokens.add(t);
    for (const t of allowed) tokens.add(t);
    for (const token of tokens) {
      const next: Status | undefined = this.definitions.has(token) ? 'page' : allowed.has(token) ? 'unknown' : undefined;
      if (next === this.status.get(token)) continue;
      if (next === undefined) this.status.delete(token);
      else this.status.set(token, next);
      let n = 0;
      for (const node of this.nodesByToken.get(token) ?? []) {
        this.paint(node);
        if ((++n & 63) === 0) yield;
      }
      yield;
    }
    this.dirtyTokens.clear();
    if (full) yield* this.paintDeferred();
    this.index.register(full);
  }

  /** Paints the nodes the first pass read without painting, now that every status is known; from then on, paints as it reads. */
  private *paintDeferred(): Generator<void, void, void> {
    this.pageKnown = true;
    let n = 0;
    for (const node of this.unpainted) {
      this.unpainted.delete(node);
      this.draw(node);
      if ((++n & 255) === 0) yield;
    }
    this.deferring = false;
    this.paintedEarly.clear();
  }

  /**
   * Finds the glossary abbreviations the page defines with a meaning other than their first (probation)
   * sense, and repaints their uses in the page's quieter look: on a tax page MTD is Making Tax Digital.
   */
  private *markDefinedElsewhere(): Generator<void, void, void> {
    if (this.definitions.size === 0 && this.definedElsewhere.size === 0) return;
    this.abbreviationEntries ??= abbreviationEntries(this.glossary, this.kinds);
    const next = definedElsewhere(this.definitions, this.abbreviationEntries, this.glossary);
    const changed = new Set([...next].filter((e) => !this.definedElsewhere.has(e)));
    for (const e of this.definedElsewhere) if (!next.has(e)) changed.add(e);
    this.definedElsewhere = next;
    if (changed.size === 0) return;
    let n = 0;
    for (const [node, matches] of this.known) {
      if (!matches.some((m) => changed.has(m.entry))) continue;
      this.paint(node);
      if ((++n & 63) === 0) yield;
    }
  }

  private define(d: PageDefinition): void {
    if (!this.definitions.has(d.short)) this.definitions.set(d.short, d);
  }

  /** Paints a node, or during the first pass, unless the reader saw it first, leaves it for paintDeferred(). */
  private paint(node: Text): void {
    if (this.deferring && !this.paintedEarly.has(node)) this.unpainted.add(node);
    else this.draw(node);
  }

  /** Whether an everyday renamed word at start..end of a node is probation's term: its page or its passage is about probation. */
  private probationHere(node: Text, start: number, end: number): boolean {
    if (this.pageKnown) return this.aboutProbation() || aboutProbation(passageAround(node, start, end));
    this.unpainted.add(node);
    return aboutProbation(passageAround(node, start, end));
  }

  /** Paints a node's glossary terms and those of its tokens that are defined or flagged. */
  private draw(node: Text): void {
    const spans: Occurrence[] = [];
    const known = this.known.get(node);
    if (known !== undefined) {
      for (const m of known) {
        const paint = matchPaint(m, this.kinds, this.definedElsewhere);
        if (paint === undefined) continue;
        // An everyday word ("offenders") is probation's renamed term only in a passage or page about probation.
        // Before the whole page has been read (what the reader sees first), only its passage can say so; the
        // node is painted again when the page is known, so the page as a whole is read once, when it is.
        if (paint.kind === 'renamed' && this.everyday.has(m.entry) && !this.probationHere(node, m.start, m.end)) continue;
        const token = this.glossary[m.entry]?.term ?? '';
        spans.push(new Occurrence(node, m.start, m.end, paint.kind, m.entry, token, paint.look));
      }
    }
    const candidates = this.candidates.get(node);
    if (candidates !== undefined) {
      const before = spans.length;
      for (const c of candidates) {
        const paint = candidatePaint(c, this.status.get(c.token));
        if (paint !== undefined) spans.push(new Occurrence(node, c.start, c.end, paint.kind, -1, c.token, paint.look));
      }
      // Terms and tokens are each in order; only a mix needs sorting.
      if (before > 0 && spans.length > before) spans.sort((a, b) => a.start - b.start);
    }
    this.index.setNode(node, spans);
  }

  private forget(node: Text): void {
    this.unpainted.delete(node);
    const known = this.known.get(node);
    if (known !== undefined) for (const m of known) this.entryCounts[m.entry] = (this.entryCounts[m.entry] ?? 1) - 1;
    this.known.delete(node);
    this.everydayNodes.delete(node);
    for (const c of this.candidates.get(node) ?? []) {
      this.nodesByToken.get(c.token)?.delete(node);
      if (!c.ordinary) {
        const n = (this.counts.get(c.token) ?? 1) - 1;
        if (n > 0) this.counts.set(c.token, n);
        else this.counts.delete(c.token);
      }
      this.dirtyTokens.add(c.token);
    }
    this.candidates.delete(node);
  }
}

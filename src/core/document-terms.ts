/**
 * The terms of a whole multi-page document (a PDF), read a page at a time: every glossary match and
 * acronym-shaped token by page and offset in the page's joined text, the acronyms the document defines
 * anywhere (an annex on the last page explains a term on page 3), and the recurring unexplained ones.
 * Once every page is in, it lists every occurrence in document order with the same kind decisions as a
 * web page (term-kinds.ts). Pure: the viewer feeds it text it read from pdf.js.
 */
import type { TextScan } from './matcher';
import type { GlossaryEntry } from '../shared/types';
import { everydayEntries, showsRenamed, wordsOfWhole } from './renamed-context';
import { aboutProbation } from './senses';
import { abbreviationEntries, candidatePaint, definedElsewhere, matchPaint, unexplainedTokens, type Kind, type Look, type TokenStatus } from './term-kinds';

/** How far around a term its passage reaches, in characters each side (as on web pages). */
const NEARBY = 300;

/** An acronym as a document defines it in running text (the shape of the web lens's page definitions). */
export interface DocumentDefinition {
  readonly short: string;
  readonly long: string;
  /** The sentence that defines it, shown on the card. */
  readonly sentence: string;
  readonly source: 'text';
}

/** One occurrence of a term in the document: its page, and where it is in that page's joined text. */
export interface DocumentTerm {
  readonly page: number;
  readonly start: number;
  readonly end: number;
  readonly kind: Kind;
  readonly look?: Look;
  /** Index of the glossary entry, or -1 for an acronym only the document knows (or nobody). */
  readonly entry: number;
  /** The glossary term, or the token without its ending. */
  readonly token: string;
}

/** What one page held: its scan and its joined text. */
interface PageScan {
  readonly scan: TextScan;
  readonly text: string;
}

/** The document's terms, filled page by page; `finish` resolves what depends on every page. */
export class DocumentTerms {
  private readonly pages = new Map<number, PageScan>();
  private readonly counts = new Map<string, number>();
  private readonly status = new Map<string, TokenStatus>();
  private ordered: DocumentTerm[] | null = null;
  private finished = false;
  // Glossary abbreviations the document defines as something else (their uses take the quieter look).
  private elsewhere: ReadonlySet<number> = new Set();
  /** Acronyms the document defines, by short form (the first definition wins). */
  readonly definitions = new Map<string, DocumentDefinition>();
  // Glossary entries used on the pages read, for the words of the document as a whole.
  private readonly used = new Set<number>();
  private words: ReadonlySet<string> | undefined;
  private about: boolean | undefined;
  private readonly everyday: ReadonlySet<number>;

  constructor(
    private readonly glossary: readonly GlossaryEntry[],
    private readonly kinds: ReadonlyArray<Kind | undefined>,
    /** The document's title or file name, part of what it is about. */
    private readonly titles: readonly string[] = [],
  ) {
    this.everyday = everydayEntries(glossary);
  }

  /**
   * The content words of the document as a whole, from the pages read so far (core/renamed-context's
   * wordsOfWhole: its title and the meanings of its terms), which cards and renamed everyday words weigh.
   */
  wholeWords(): ReadonlySet<string> {
    this.words ??= wordsOfWhole(this.titles, this.glossary, this.used);
    return this.words;
  }

  /** Whether the document as a whole, as far as it has been read, is about probation. */
  private aboutProbation(): boolean {
    this.about ??= aboutProbation('', this.wholeWords());
    return this.about;
  }

  /** Whether every page has been read and the statuses resolved. */
  get complete(): boolean {
    return this.finished;
  }

  /** Number of pages read. */
  get pagesRead(): number {
    return this.pages.size;
  }

  /** Records what a page held (its scan of its joined text, and the definitions in it). Reading a page again replaces nothing. */
  addPage(page: number, scan: TextScan, definitions: readonly DocumentDefinition[], text: string): void {
    if (this.pages.has(page)) return;
    this.pages.set(page, { scan, text });
    const before = this.used.size;
    for (const m of scan.matches) this.used.add(m.entry);
    if (this.used.size > before) {
      this.words = undefined;
      this.about = undefined;
    }
    for (const c of scan.candidates) if (!c.ordinary) this.counts.set(c.token, (this.counts.get(c.token) ?? 0) + 1);
    for (const d of definitions) if (!this.definitions.has(d.short)) this.definitions.set(d.short, d);
    this.ordered = null;
  }

  /**
   * Every page is in: the defined and the recurring unexplained acronyms get their status, and glossary
   * abbreviations the document defines as something else the quieter look.
   */
  finish(): void {
    this.status.clear();
    this.elsewhere = this.definitions.size === 0 ? new Set() : definedElsewhere(this.definitions, abbreviationEntries(this.glossary, this.kinds), this.glossary);
    const unknown = unexplainedTokens(this.counts, (t) => this.definitions.has(t));
    for (const t of this.definitions.keys()) this.status.set(t, 'page');
    for (const t of unknown) this.status.set(t, 'unknown');
    this.finished = true;
    this.ordered = null;
  }

  /** What the document says of a token the glossary does not know; undefined until finished, or when nothing. */
  statusOf(token: string): TokenStatus | undefined {
    return this.status.get(token);
  }

  /**
   * The occurrences of one scan of a page's joined text, painted as they would be now: glossary matches (an
   * everyday renamed word only where the document read so far, this page's own terms or its passage is about
   * probation), and the tokens whose status is known, in order of offset. The viewer paints a rendered page's
   * text with it.
   */
  occurrencesOf(page: number, scan: TextScan, text: string): DocumentTerm[] {
    const list: DocumentTerm[] = [];
    // Before the page is read, its own terms count as part of the document (the web lens's first view does so).
    const about = (): boolean => this.aboutProbation()
      || (!this.pages.has(page) && aboutProbation('', wordsOfWhole(this.titles, this.glossary, scan.matches.map((m) => m.entry))));
    for (const m of scan.matches) {
      const paint = matchPaint(m, this.kinds, this.elsewhere);
      if (paint === undefined) continue;
      if (paint.kind === 'renamed' && !showsRenamed(m.entry, this.everyday, about, () => text.slice(Math.max(0, m.start - NEARBY), m.end + NEARBY))) continue;
      list.push({ page, start: m.start, end: m.end, entry: m.entry, token: this.glossary[m.entry]?.term ?? '', ...paint });
    }
    const before = list.length;
    for (const c of scan.candidates) {
      const paint = candidatePaint(c, this.status.get(c.token));
      if (paint !== undefined) list.push({ page, start: c.start, end: c.end, entry: -1, token: c.token, ...paint });
    }
    if (before > 0 && list.length > before) list.sort((a, b) => a.start - b.start);
    return list;
  }

  /** Every occurrence in the pages read, in document order (page, then offset); computed once per change. */
  inOrder(): readonly DocumentTerm[] {
    if (this.ordered === null) {
      const pages = [...this.pages.keys()].sort((a, b) => a - b);
      this.ordered = pages.flatMap((n) => {
        const { scan, text } = this.pages.get(n) as PageScan;
        return this.occurrencesOf(n, scan, text);
      });
    }
    return this.ordered;
  }
}

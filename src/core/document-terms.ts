/**
 * The terms of a whole multi-page document (a PDF), read a page at a time: every glossary match and
 * acronym-shaped token by page and offset in the page's joined text, the acronyms the document defines
 * anywhere (an annex on the last page explains a term on page 3), and the recurring unexplained ones.
 * Once every page is in, it lists every occurrence in document order with the same kind decisions as a
 * web page (term-kinds.ts). Pure: the viewer feeds it text it read from pdf.js.
 */
import type { TextScan } from './matcher';
import type { GlossaryEntry } from '../shared/types';
import { abbreviationEntries, candidatePaint, definedElsewhere, matchPaint, unexplainedTokens, type Kind, type Look, type TokenStatus } from './term-kinds';

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

/** What one page held. */
interface PageScan {
  readonly scan: TextScan;
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

  constructor(
    private readonly glossary: readonly GlossaryEntry[],
    private readonly kinds: ReadonlyArray<Kind | undefined>,
  ) {}

  /** Whether every page has been read and the statuses resolved. */
  get complete(): boolean {
    return this.finished;
  }

  /** Number of pages read. */
  get pagesRead(): number {
    return this.pages.size;
  }

  /** Records what a page held (its scan, and the definitions in its text). Reading a page again replaces nothing. */
  addPage(page: number, scan: TextScan, definitions: readonly DocumentDefinition[]): void {
    if (this.pages.has(page)) return;
    this.pages.set(page, { scan });
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
   * The occurrences of one scan of a page's text, painted as they would be now: glossary matches, and the
   * tokens whose status is known, in order of offset. The viewer paints a rendered page's text with it.
   */
  occurrencesOf(page: number, scan: TextScan): DocumentTerm[] {
    const list: DocumentTerm[] = [];
    for (const m of scan.matches) {
      const paint = matchPaint(m, this.kinds, this.elsewhere);
      if (paint !== undefined) list.push({ page, start: m.start, end: m.end, entry: m.entry, token: this.glossary[m.entry]?.term ?? '', ...paint });
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
      this.ordered = pages.flatMap((n) => this.occurrencesOf(n, (this.pages.get(n) as PageScan).scan));
    }
    return this.ordered;
  }
}

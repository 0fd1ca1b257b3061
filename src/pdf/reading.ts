/**
 * Reads the whole document in idle time for the document-wide term index (src/core/document-terms.ts):
 * pdf.js extracts each page's text in its worker, a few pages ahead; the main thread joins and scans
 * what has arrived in idle callbacks, stopping each task after a small budget, so reading a 220-page
 * document never holds the main thread for 50 ms. Each task records performance.measure
 * ('probation-jargon:pdf-read') with the pages it read (bench/README.md, the README's integration points).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { findDefinitions } from '../core/definitions';
import type { DocumentDefinition, DocumentTerms } from '../core/document-terms';
import type { Matcher } from '../core/matcher';
import { joinPieces, type TextPiece } from '../core/text-join';
import { sentenceAround } from '../content/page-definitions';

/** Pages asked of the worker ahead of the one being read. */
const AHEAD = 6;
/** Main-thread time one idle task may take before it yields, in ms (a page takes a few). */
const BUDGET_MS = 12;

/** The pieces of a page's text as pdf.js extracts it: one per item, with its line ends. */
export function piecesOfContent(items: ReadonlyArray<object>): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const item of items) if ('str' in item && typeof item.str === 'string') pieces.push({ text: item.str, eol: 'hasEOL' in item && item.hasEOL === true });
  return pieces;
}

/** The acronyms a page's joined text defines, with the sentence that does. */
export function definitionsIn(text: string): DocumentDefinition[] {
  if (!text.includes('(')) return [];
  return findDefinitions(text).map((d) => ({ short: d.short, long: d.long, sentence: sentenceAround(text, d.start, d.end), source: 'text' as const }));
}

const idle = (signal: AbortSignal): Promise<IdleDeadline | null> => new Promise((resolve) => {
  if (signal.aborted) return resolve(null);
  if (typeof requestIdleCallback === 'function') requestIdleCallback((d) => resolve(d), { timeout: 300 });
  else setTimeout(() => resolve(null), 0);
});

/**
 * Reads every page into `terms` and finishes it; resolves true when done, false when stopped first.
 * `onPage` hears each page read (the viewer's progress).
 */
export async function readDocument(
  pdf: Pick<PDFDocumentProxy, 'numPages' | 'getPage'>, terms: DocumentTerms, matcher: Matcher, signal: AbortSignal,
): Promise<boolean> {
  const arrived = new Map<number, TextPiece[]>();
  const asked = new Map<number, Promise<void>>();
  const ask = (n: number): Promise<void> => {
    let p = asked.get(n);
    if (p === undefined) {
      p = pdf.getPage(n).then((page) => page.getTextContent()).then((content) => { arrived.set(n, piecesOfContent(content.items)); }, () => { arrived.set(n, []); });
      asked.set(n, p);
    }
    return p;
  };
  let next = 1;
  while (next <= pdf.numPages) {
    for (let k = next; k < next + AHEAD && k <= pdf.numPages; k++) void ask(k);
    await ask(next);
    const deadline = await idle(signal);
    if (signal.aborted) return false;
    const started = performance.now();
    const first = next;
    // At least one page per task; more while the idle period and the budget last.
    do {
      const pieces = arrived.get(next) as TextPiece[];
      arrived.delete(next);
      asked.delete(next);
      const { text } = joinPieces(pieces);
      terms.addPage(next, matcher.scan(text), definitionsIn(text));
      next++;
    } while (next <= pdf.numPages && arrived.has(next) && performance.now() - started < BUDGET_MS && (deadline === null || deadline.timeRemaining() > 2));
    performance.measure('probation-jargon:pdf-read', { start: started, end: performance.now(), detail: { from: first, to: next - 1 } });
  }
  terms.finish();
  return true;
}

/**
 * Reads the whole document in idle time for the document-wide term index (src/core/document-terms.ts): the
 * shared text reader (text-reader.ts) has pdf.js extract each page's text in its worker, a few pages ahead;
 * the main thread scans what has arrived in idle callbacks, stopping each task after a small budget, so reading
 * a 220-page document never holds the main thread for 50 ms. Each task records performance.measure
 * ('probation-jargon:pdf-read') with the pages it read (bench/README.md, the README's integration points).
 */
import { findDefinitions } from '../core/definitions';
import type { DocumentDefinition, DocumentTerms } from '../core/document-terms';
import type { Matcher } from '../core/matcher';
import { sentenceAround } from '../content/page-definitions';
import type { PdfTextReader } from './text-reader';

/** Main-thread time one idle task may take before it yields, in ms (a page takes well under one). */
const BUDGET_MS = 12;

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

/** Reads every page into `terms` and finishes it; resolves true when done, false when stopped first. */
export async function readDocument(reader: PdfTextReader, terms: DocumentTerms, matcher: Matcher, signal: AbortSignal): Promise<boolean> {
  let next = 1;
  while (next <= reader.numPages) {
    if ((await reader.page(next, signal)) === undefined) return false;
    const deadline = await idle(signal);
    if (signal.aborted) return false;
    const started = performance.now();
    const first = next;
    // At least one page per task; more while the idle period and the budget last.
    do {
      const text = reader.arrived(next) as string;
      terms.addPage(next, matcher.scan(text), definitionsIn(text), text);
      next++;
    } while (next <= reader.numPages && reader.arrived(next) !== undefined && performance.now() - started < BUDGET_MS && (deadline === null || deadline.timeRemaining() > 2));
    performance.measure('probation-jargon:pdf-read', { start: started, end: performance.now(), detail: { from: first, to: next - 1 } });
  }
  terms.finish();
  return true;
}

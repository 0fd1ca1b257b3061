// Reading a whole PDF for its terms (src/pdf/reading.ts): every page in order, a few per idle task, stoppable.
import { describe, expect, it } from 'vitest';
import { DocumentTerms } from '../../../src/core/document-terms';
import { compileMatcher } from '../../../src/core/matcher';
import { entryKinds } from '../../../src/core/term-kinds';
import type { GlossaryEntry } from '../../../src/shared/types';
import { definitionsIn, readDocument } from '../../../src/pdf/reading';
import { createTextReader } from '../../../src/pdf/text-reader';

const GLOSSARY: GlossaryEntry[] = [{ term: 'SFO', senses: [{ expansion: 'Serious Further Offence', category: 'other' }] }];
const matcher = compileMatcher(GLOSSARY);

/** A document as pdf.js hands it over: pages whose text content is items with line ends. */
function fakePdf(pages: string[][]) {
  const asked: number[] = [];
  return {
    asked,
    pdf: {
      numPages: pages.length,
      getPage: async (n: number) => {
        asked.push(n);
        return { getTextContent: async () => ({ items: [...(pages[n - 1] ?? []).map((str, i, all) => ({ str, hasEOL: i < all.length - 1 })), { type: 'beginMarkedContent' }] }) };
      },
    } as never,
  };
}

const terms = () => new DocumentTerms(GLOSSARY, entryKinds(GLOSSARY, new Set()));

describe('reading a PDF', () => {
  it('finds the definitions in running text with the sentence that gives them', () => {
    expect(definitionsIn('Annex. The Practice Quality Review Panel (PQRP) samples cases. Other text.')).toEqual([
      { short: 'PQRP', long: 'Practice Quality Review Panel', sentence: 'The Practice Quality Review Panel (PQRP) samples cases.', source: 'text' },
    ]);
    expect(definitionsIn('No brackets here')).toEqual([]);
  });

  it('reads every page into the index, resolves what the annex defines, and measures each task', async () => {
    const pages = Array.from({ length: 30 }, (_, i) => [`Page ${i + 1}: the SFO met`, i === 0 ? 'and the PQRP.' : 'again.']);
    pages.push(['The Practice Quality Review', 'Panel (PQRP) samples cases.']);
    const { pdf } = fakePdf(pages);
    const index = terms();
    performance.clearMeasures('probation-jargon:pdf-read');
    expect(await readDocument(createTextReader(pdf), index, matcher, new AbortController().signal)).toBe(true);
    expect(index.complete).toBe(true);
    expect(index.inOrder().filter((o) => o.token === 'SFO')).toHaveLength(30);
    expect(index.inOrder().filter((o) => o.token === 'PQRP').map((o) => `${o.page}:${o.look}`)).toEqual(['1:page', '31:page']);
    const read = performance.getEntriesByName('probation-jargon:pdf-read').map((m) => (m as PerformanceMeasure).detail as { from: number; to: number });
    expect(read[0]?.from).toBe(1);
    expect(read.at(-1)?.to).toBe(31);
    // Every page in exactly one task, in order.
    expect(read.flatMap(({ from, to }) => Array.from({ length: to - from + 1 }, (_, k) => from + k))).toEqual(Array.from({ length: 31 }, (_, k) => k + 1));
  });

  it('stops when its signal aborts, and finishes nothing', async () => {
    const { pdf } = fakePdf(Array.from({ length: 50 }, () => ['The SFO met.']));
    const index = terms();
    const stop = new AbortController();
    const reading = readDocument(createTextReader(pdf), index, matcher, stop.signal);
    stop.abort();
    expect(await reading).toBe(false);
    expect(index.complete).toBe(false);
    expect(index.pagesRead).toBeLessThan(50);
  });
});

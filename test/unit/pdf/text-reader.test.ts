// The one reader of a PDF's text (src/pdf/text-reader.ts) and the one loop over a text layer (src/pdf/text-layer.ts).
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createTextReader, textOf } from '../../../src/pdf/text-reader';
import { readTextLayer } from '../../../src/pdf/text-layer';

/** A document as pdf.js hands it over, counting what is asked of its worker. */
function fakePdf(pages: Array<Array<{ str?: string; hasEOL?: boolean; type?: string }>>) {
  const asked: number[] = [];
  const options: unknown[] = [];
  return {
    asked,
    options,
    pdf: {
      numPages: pages.length,
      getPage: async (n: number) => ({
        getTextContent: async (o?: unknown) => {
          asked.push(n);
          options.push(o);
          if (pages[n - 1] === undefined) throw new Error('bad page');
          return { items: pages[n - 1] };
        },
      }),
    } as never,
  };
}

const PAGE_1 = [{ str: 'Residents of Approved', hasEOL: true }, { str: '', hasEOL: true }, { type: 'beginMarkedContent' }, { str: 'Premises are rehabili-', hasEOL: true }, { str: 'tation \u00adfocused', hasEOL: false }];

describe('the PDF text reader', () => {
  it('joins each page as its text layer shows it: marked content left out, an empty item’s line end kept, hyphenation undone', async () => {
    const { pdf, options } = fakePdf([PAGE_1]);
    expect(await createTextReader(pdf).page(1)).toBe('Residents of Approved Premises are rehabilitation focused');
    // As pdf.js's text layer asks for it: unnormalised, so a ligature is the same character in both.
    expect(options[0]).toEqual({ disableNormalization: true });
  });

  it('asks the worker for each page once, however many parts read it, and shares one reader per document', async () => {
    const { pdf, asked } = fakePdf(Array.from({ length: 10 }, (_, i) => [{ str: `Page ${i + 1}`, hasEOL: false }]));
    const reader = textOf(pdf);
    expect(textOf(pdf)).toBe(reader);
    const stop = new AbortController();
    const [lens, notes] = await Promise.all([reader.all(stop.signal), textOf(pdf).all(stop.signal)]);
    expect(lens).toEqual(Array.from({ length: 10 }, (_, i) => `Page ${i + 1}`));
    expect(notes).toEqual(lens);
    expect(await reader.page(3, stop.signal)).toBe('Page 3');
    expect([...asked].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(reader.arrived(4)).toBe('Page 4');
  });

  it('asks a few pages ahead of the one waited for, and not the whole document at once', async () => {
    const { pdf, asked } = fakePdf(Array.from({ length: 40 }, () => [{ str: 'text', hasEOL: false }]));
    const reader = createTextReader(pdf);
    await reader.page(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(asked.length).toBeGreaterThan(1);
    expect(asked.length).toBeLessThan(10);
    expect(reader.arrived(20)).toBeUndefined();
  });

  it('gives an empty text for a page pdf.js cannot read, and nothing once stopped', async () => {
    const { pdf } = fakePdf([[{ str: 'One', hasEOL: false }]]);
    const broken = { numPages: 2, getPage: (pdf as { getPage: (n: number) => Promise<unknown> }).getPage } as never;
    const reader = createTextReader(broken);
    expect(await reader.page(2)).toBe('');
    const stop = new AbortController();
    stop.abort();
    expect(await createTextReader(pdf).page(1, stop.signal)).toBeUndefined();
    expect(await createTextReader(pdf).all(stop.signal)).toBeUndefined();
  });

  it('stops waiting as soon as its signal aborts, with a page still on its way', async () => {
    let release: () => void = () => undefined;
    const slow = {
      numPages: 1,
      getPage: async () => ({ getTextContent: () => new Promise((r) => { release = () => r({ items: [{ str: 'late', hasEOL: false }] }); }) }),
    } as never;
    const reader = createTextReader(slow);
    const stop = new AbortController();
    const waiting = reader.page(1, stop.signal);
    stop.abort();
    expect(await waiting).toBeUndefined();
    release();
    expect(await reader.page(1)).toBe('late');
  });
});

describe('reading a text layer', () => {
  it('reads one piece per text node with a <br> ending the piece before it, joined as the page’s text is', async () => {
    document.body.innerHTML = '<div class="textLayer"><span>Residents of Approved</span><br><span>Premises are rehabili-</span><br><span>tation \u00adfocused</span></div>';
    const { joined, nodes } = readTextLayer(document.querySelector('.textLayer') as Element);
    expect(joined.text).toBe(await createTextReader(fakePdf([PAGE_1]).pdf).page(1));
    expect(nodes.map((n) => n.data)).toEqual(['Residents of Approved', 'Premises are rehabili-', 'tation \u00adfocused']);
  });
});

// @vitest-environment jsdom
// The PDF as the notes see it: a selection in the text layers becomes a note's target in the whole
// document's text, and a note's passage becomes a range on the rendered layer, again after a re-render.
import { describe, expect, it, vi } from 'vitest';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { EventBus } from 'pdfjs-dist/web/pdf_viewer.mjs';
import { pdfNoteDocument } from '../../../src/pdf/notes-document';
import type { Placed } from '../../../src/content/notes-placing';
import type { Note } from '../../../src/shared/types';

const FP = '0123456789abcdef0123456789abcdef';
const SOURCE = 'https://assets.publishing.service.gov.uk/media/5f1e/policy.pdf';
type Item = { str: string; hasEOL: boolean };
const PAGES: Item[][] = [
  [{ str: 'Probation Lens test policy', hasEOL: true }, { str: 'The SFO review found that the MAPPA panel met.', hasEOL: false }],
  [{ str: 'Notes and reviews', hasEOL: true }, { str: 'Managers check every risk review within ten working', hasEOL: true }, { str: 'days of the change.', hasEOL: true }, { str: 'Practitioners record the outcome.', hasEOL: false }],
];

/** Renders a page's text layer as pdf.js does: a span per item, a <br> after each line end. */
function render(page: number): void {
  const div = document.querySelector(`.page[data-page-number="${page}"]`) as HTMLElement;
  div.querySelector('.textLayer')?.remove();
  const layer = document.createElement('div');
  layer.className = 'textLayer';
  for (const item of PAGES[page - 1] as Item[]) {
    const span = document.createElement('span');
    span.textContent = item.str;
    layer.append(span);
    if (item.hasEOL) layer.append(document.createElement('br'));
  }
  div.append(layer);
}

function setUp(notes: Note[] = []) {
  document.body.innerHTML = '<div id="viewer"><div class="page" data-page-number="1"></div><div class="page" data-page-number="2"></div></div>';
  render(1);
  render(2);
  const handlers: Array<(e: { pageNumber: number }) => void> = [];
  const eventBus = { on: (_: string, h: (e: { pageNumber: number }) => void) => handlers.push(h), off: vi.fn() } as unknown as EventBus;
  const pdf = { numPages: 2, getPage: async (n: number) => ({ getTextContent: async () => ({ items: PAGES[n - 1] }) }) } as unknown as PDFDocumentProxy;
  const api = { notesForPage: vi.fn(async () => notes) };
  const life = new AbortController();
  const on = pdfNoteDocument({ doc: document, eventBus, pdf, identity: { source: SOURCE, fingerprint: FP }, title: () => 'Test policy' }, api, life.signal);
  return { on, api, life, rendered: (pageNumber: number) => { for (const h of handlers) h({ pageNumber }); } };
}

/** Selects from one text (and offset) to another in the rendered layers. */
function select(startText: string, startOffset: number, endText: string, endOffset: number): Selection {
  const node = (text: string) => [...document.querySelectorAll('.textLayer span')].find((s) => s.textContent === text)?.firstChild as Text;
  const selection = document.getSelection() as Selection;
  selection.setBaseAndExtent(node(startText), startOffset, node(endText), endOffset);
  return selection;
}

describe('a PDF as the notes see it', () => {
  it('describes a selection over a line end by the whole document’s text: quote, context, position, page, address and fingerprint', async () => {
    const { on } = setUp();
    await vi.waitFor(() => expect(on.text()).toBeDefined());
    const line = 'Managers check every risk review within ten working';
    const located = on.locate(select(line, line.indexOf('within'), 'days of the change.', 'days'.length));
    const text = on.text()!.text;
    const start = text.indexOf('within ten working days');
    expect(located).toEqual({
      pageTitle: 'Test policy',
      target: {
        source: SOURCE, fingerprint: FP, page: 2,
        quote: { type: 'TextQuoteSelector', exact: 'within ten working days', prefix: expect.stringMatching(/every risk review $/), suffix: expect.stringMatching(/^ of the change\./) },
        position: { type: 'TextPositionSelector', start, end: start + 'within ten working days'.length },
      },
    });
    expect(document.documentElement.dataset['notesRead']).toBe('true');
  });

  it('places a note on the rendered layer, finds it under the caret, and places it again when pdf.js renders the layer again', async () => {
    const { on } = setUp();
    await vi.waitFor(() => expect(on.text()).toBeDefined());
    const line = 'Managers check every risk review within ten working';
    const target = on.locate(select(line, line.indexOf('within'), 'days of the change.', 'days'.length))!.target;
    const note: Note = { id: 'n1', body: 'b', tags: [], pageTitle: 'Test policy', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', target };
    const again = setUp([note]);
    const seen: Array<readonly Placed[]> = [];
    const placing = again.on.place(again.life.signal, (p) => seen.push(p));
    expect(await placing.refresh()).toBe(true);
    expect(again.api.notesForPage).toHaveBeenCalledWith({ source: SOURCE, fingerprint: FP });
    const first = seen.at(-1)![0]!;
    expect(first.state).toBe('exact');
    expect(first.range?.toString()).toBe('within ten workingdays');
    expect(placing.at(first.range!.startContainer, first.range!.startOffset + 2)?.note.id).toBe('n1');
    expect(placing.at(document.querySelector('.textLayer span')!.firstChild!, 0)).toBeUndefined();
    // Zoom: pdf.js throws the layer away and draws a new one.
    render(2);
    // A live range whose text went with the old layer collapses: it marks nothing.
    expect(first.range?.toString()).toBe('');
    again.rendered(2);
    const second = seen.at(-1)![0]!;
    expect(second.range?.startContainer.isConnected).toBe(true);
    expect(second.range?.toString()).toBe('within ten workingdays');
    // A page without notes rendered again places nothing anew.
    const count = seen.length;
    render(1);
    again.rendered(1);
    expect(seen.length).toBe(count);
  });

  it('takes only selections in the text layers, once the document has been read', async () => {
    const { on } = setUp();
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('.textLayer span')!);
    expect(on.accepts?.(range)).toBe(false);
    await vi.waitFor(() => expect(on.text()).toBeDefined());
    expect(on.accepts?.(range)).toBe(true);
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    range.selectNodeContents(outside);
    expect(on.accepts?.(range)).toBe(false);
  });
});

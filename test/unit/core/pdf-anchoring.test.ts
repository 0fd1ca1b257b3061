// Notes on PDFs: described and found again in the whole document's joined text, page by page.
import { describe as group, expect, it } from 'vitest';
import { anchor } from '../../../src/core/anchoring';
import {
  describePassage, documentAnchorer, documentText, indexInJoined, joinPage, joinPieces, normaliseQuote, pageAt, pageText, piecesOfItems, spansOf,
} from '../../../src/core/pdf-anchoring';

const FILLER = 'Supervision plans are reviewed at each contact and recorded in the case record. ';
const page1 = [
  { str: 'Probation Lens test policy', hasEOL: true },
  { str: 'Residents of Approved', hasEOL: true },
  { str: 'Premises are supervised at night. Work on rehabil-', hasEOL: true },
  { str: '', hasEOL: true },
  { str: 'itation starts early.', hasEOL: false },
  { type: 'beginMarkedContent' },
  { str: FILLER.repeat(3), hasEOL: true },
];
const page2 = (days: string) => [
  { str: 'Notes and reviews', hasEOL: true },
  { str: `Managers ${days === 'ten' ? '' : 'now '}check every risk review within ${days} working`, hasEOL: true },
  { str: 'days of the change.', hasEOL: true },
  { str: FILLER.repeat(4), hasEOL: false },
];
const page3 = (extra = true) => [
  { str: 'Section 3', hasEOL: true }, { str: `The SFO review and the MAPPA panel meet. ${FILLER}`, hasEOL: true },
  ...(extra ? [{ str: 'Out-of-hours contacts go to the duty officer on call.', hasEOL: true }] : []),
  { str: FILLER, hasEOL: false },
];

const docOf = (pages: Array<Array<{ str?: string; hasEOL?: boolean; type?: string }>>) => documentText(pages.map((items) => joinPieces(piecesOfItems(items)).text));

group('the document’s text', () => {
  const doc = docOf([page1, page2('ten'), page3()]);

  it('joins each page as the text layer shows it: line ends as spaces, line-end hyphens out, empty items’ line ends kept', () => {
    expect(pageText(doc, 1)).toContain('Residents of Approved Premises are supervised at night. Work on rehabilitation starts early.');
    expect(pageText(doc, 2).startsWith('Notes and reviews Managers check every risk review within ten working days of the change.')).toBe(true);
    expect(doc.text.indexOf('Section 3')).toBe(doc.starts[2]);
  });

  it('spells out typographic ligatures, each letter mapped to its glyph (the text layer keeps "ﬃ")', () => {
    const joined = joinPage([{ text: 'the duty o', eol: false }, { text: '\ufb03', eol: false }, { text: 'cer', eol: false }]);
    expect(joined.text).toBe('the duty officer');
    expect(Array.from(joined.piece.subarray(10, 13))).toEqual([1, 1, 1]);
    expect(Array.from(joined.offset.subarray(10, 13))).toEqual([0, 0, 0]);
    expect(indexInJoined(joined, 2, 0)).toBe('the duty offi'.length);
  });

  it('knows the page of every offset', () => {
    expect(pageAt(doc, 0)).toBe(1);
    expect(pageAt(doc, (doc.starts[1] as number) - 1)).toBe(1);
    expect(pageAt(doc, doc.starts[1] as number)).toBe(2);
    expect(pageAt(doc, doc.text.length - 1)).toBe(3);
  });

  it('maps a point of the pieces back to the joined text, past what the join dropped', () => {
    const joined = joinPieces(piecesOfItems(page1));
    // "rehabil-" ends piece 2; its hyphen is gone, so offset of "-" maps to the "i" of "itation".
    const hyphen = 'Premises are supervised at night. Work on rehabil'.length;
    expect(joined.text[indexInJoined(joined, 2, hyphen)]).toBe('i');
    expect(indexInJoined(joined, 1, 0)).toBe(joined.text.indexOf('Residents'));
    expect(indexInJoined(joined, 99, 0)).toBe(joined.text.length);
  });
});

group('describing and finding a passage', () => {
  const original = docOf([page1, page2('ten'), page3()]);
  const start = original.text.indexOf('within ten working days');
  const passage = describePassage(original, start, start + 'within ten working days'.length);

  it('keeps a quote with prefix and suffix, the position in the whole document, and the page', () => {
    expect(passage).not.toBeNull();
    expect(passage?.quote.exact).toBe('within ten working days');
    expect(passage?.quote.prefix.endsWith('risk review ')).toBe(true);
    expect(passage?.quote.suffix.startsWith(' of the change.')).toBe(true);
    expect(passage?.position).toEqual({ type: 'TextPositionSelector', start, end: start + 23 });
    expect(passage?.page).toBe(2);
  });

  it('normalises quotes as the text layer reads: a selection’s line breaks are spaces', () => {
    expect(normaliseQuote(' within ten working\ndays\u00ad \r\n ')).toBe('within ten working days');
    expect(normaliseQuote('rehabil\u00aditation')).toBe('rehabilitation');
  });

  it('places an untouched file’s passage exactly, page by page', () => {
    const a = documentAnchorer(original)(passage!.quote, passage!.position);
    expect(a.state).toBe('exact');
    const spans = spansOf(original, a);
    expect(spans).toHaveLength(1);
    expect(pageText(original, 2).slice(spans[0]!.start, spans[0]!.end)).toBe('within ten working days');
  });

  it('finds the same passage at another position when pages before it grew (the same file re-laid out)', () => {
    const longer = docOf([[...page1, { str: FILLER.repeat(5), hasEOL: true }], page2('ten'), page3()]);
    const a = documentAnchorer(longer)(passage!.quote, passage!.position);
    expect(a.state).toBe('exact');
    expect(spansOf(longer, a)[0]?.page).toBe(2);
  });

  it('in a replaced file: changed for the lightly edited passage, exact for the rest, not found for a deleted one, never elsewhere', () => {
    const edited = docOf([page1, page2('five'), page3(false)]);
    const find = documentAnchorer(edited);
    const changed = find(passage!.quote, passage!.position);
    expect(changed.state).toBe('changed');
    expect(edited.text.slice(changed.start, changed.end)).toBe('within five working days');
    expect(changed.start).toBeGreaterThan(edited.starts[1] as number);
    const untouchedAt = original.text.indexOf('The SFO review');
    const untouched = describePassage(original, untouchedAt, untouchedAt + 'The SFO review and the MAPPA panel'.length)!;
    expect(find(untouched.quote, untouched.position)).toMatchObject({ state: 'exact' });
    const goneAt = original.text.indexOf('Out-of-hours contacts');
    const gone = describePassage(original, goneAt, goneAt + 'Out-of-hours contacts go to the duty officer on call.'.length)!;
    expect(find(gone.quote, gone.position)).toMatchObject({ state: 'orphan', start: -1 });
    expect(spansOf(edited, find(gone.quote, gone.position))).toEqual([]);
  });

  it('splits a passage running over a page break into one span per page', () => {
    const from = original.text.indexOf('Section 3') - 'days of the change. '.length - FILLER.repeat(4).length;
    const to = original.text.indexOf('Section 3') + 'Section 3'.length;
    const spans = spansOf(original, { state: 'exact', start: from, end: to });
    expect(spans.map((s) => s.page)).toEqual([2, 3]);
    expect(pageText(original, 3).slice(spans[1]!.start, spans[1]!.end)).toBe('Section 3');
  });

  it('is the same anchorer as web pages use', () => {
    expect(documentAnchorer(original)(passage!.quote, passage!.position)).toEqual(anchor(original.text, passage!.quote, passage!.position));
  });

  it('describes nothing for white space alone', () => {
    const at = original.starts[1] as number;
    expect(describePassage(original, at - 1, at)).toBeNull();
  });
});

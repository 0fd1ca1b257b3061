// @vitest-environment jsdom
/** Moving through the page's terms by keyboard (navigation.ts) over a real occurrence index. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNavigator } from '../../../src/content/navigation';
import { Occurrence, OccurrenceIndex } from '../../../src/content/occurrences';
import { installHighlightApi } from '../support/dom';

let index: OccurrenceIndex;
let hidden: Set<Text>;

/** Puts every term of the page in the index, as a full pass would, in document order. */
function load(html: string, terms: string[]): void {
  document.body.innerHTML = html;
  index = new OccurrenceIndex(document);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const order: Text[] = [];
  for (let n = walker.nextNode() as Text | null; n !== null; n = walker.nextNode() as Text | null) {
    order.push(n);
    const found: Occurrence[] = [];
    for (const term of terms) {
      for (let i = n.data.indexOf(term); i !== -1; i = n.data.indexOf(term, i + 1)) found.push(new Occurrence(n, i, i + term.length, 'jargon', 0, term));
    }
    index.setNode(n, found.sort((a, b) => a.start - b.start));
  }
  index.setOrder(order);
  index.register(true);
}

beforeEach(() => {
  installHighlightApi();
  hidden = new Set();
  // jsdom lays nothing out: a term has a box unless its text is in `hidden`.
  Range.prototype.getClientRects = function (this: Range) {
    return (hidden.has(this.startContainer as Text) ? [] : [new DOMRect(0, 0, 10, 10)]) as unknown as DOMRectList;
  };
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  index?.dispose();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('keyboard navigation', () => {
  it('moves through the terms in reading order, selects each and shows its card, and wraps round', () => {
    load('<main><p>The SFO and the MAPPA panel.</p><p>Then HMPPS.</p></main>', ['SFO', 'MAPPA', 'HMPPS']);
    const arrived: string[] = [];
    const navigate = createNavigator(index, (o) => arrived.push(o.token));
    for (let i = 0; i < 4; i++) expect(navigate(1)).toBe(true);
    expect(arrived).toEqual(['SFO', 'MAPPA', 'HMPPS', 'SFO']);
    expect(document.getSelection()?.toString()).toBe('SFO');
    navigate(-1);
    expect(arrived.at(-1)).toBe('HMPPS');
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledWith({ block: 'center', inline: 'nearest' });
  });

  it('steps over terms the reader cannot see, and moves to the next of one term for the popup', () => {
    load('<main><p>SFO one.</p><p id="closed">MAPPA hidden.</p><p>MAPPA shown, SFO two.</p></main>', ['SFO', 'MAPPA']);
    hidden.add(document.getElementById('closed')?.firstChild as Text);
    const arrived: string[] = [];
    const navigate = createNavigator(index, (o) => arrived.push(`${o.token}@${o.node.data}`));
    navigate(1, (o) => o.token === 'MAPPA');
    navigate(1);
    navigate(1);
    expect(arrived).toEqual(['MAPPA@MAPPA shown, SFO two.', 'SFO@MAPPA shown, SFO two.', 'SFO@SFO one.']);
  });

  it('arrives nowhere on a page without terms, or when none passes the filter', () => {
    load('<main><p>Nothing here.</p></main>', []);
    const onArrive = vi.fn();
    expect(createNavigator(index, onArrive)(1)).toBe(false);
    load('<main><p>SFO</p></main>', ['SFO']);
    expect(createNavigator(index, onArrive)(1, (o) => o.token === 'MAPPA')).toBe(false);
    expect(onArrive).not.toHaveBeenCalled();
  });

  it('keeps its place when the index changes under it, and moves on from there', () => {
    load('<main><p id="a">SFO first.</p><p id="b">MAPPA second.</p></main>', ['SFO', 'MAPPA', 'HMPPS']);
    const arrived: string[] = [];
    const navigate = createNavigator(index, (o) => arrived.push(o.token));
    navigate(1);
    // A mutation repaints the first paragraph (new occurrence objects for the same place).
    const a = document.getElementById('a')?.firstChild as Text;
    index.setNode(a, [new Occurrence(a, 0, 3, 'jargon', 0, 'SFO')]);
    navigate(1);
    expect(arrived).toEqual(['SFO', 'MAPPA']);
  });
});

// @vitest-environment jsdom
// Moving through a PDF's terms (src/pdf/navigation.ts): across pages, turning to ones not rendered, a later move winning.
import { describe, expect, it } from 'vitest';
import type { DocumentTerm } from '../../../src/core/document-terms';
import { createPdfNavigator, paintedTwin, type PaintedTerm } from '../../../src/pdf/navigation';

const term = (page: number, start: number, token: string): DocumentTerm => ({ page, start, end: start + token.length, kind: 'jargon', entry: 0, token });
const TERMS = [term(1, 4, 'SFO'), term(1, 20, 'PQRP'), term(3, 0, 'PQRP'), term(220, 9, 'PQRP')];
const painted = (t: DocumentTerm, shift = 0): PaintedTerm => ({ ...t, start: t.start + shift, end: t.end + shift, range: document.createRange() });

function navigator(rendered: Set<number>) {
  const turned: number[] = [];
  const arrived: PaintedTerm[] = [];
  const pending = new Map<number, () => void>();
  const move = createPdfNavigator({
    terms: () => TERMS,
    paintedOn: (page) => {
      const list = TERMS.filter((t) => t.page === page).map((t) => painted(t));
      if (rendered.has(page)) return Promise.resolve(list);
      turned.push(page);
      return new Promise((resolve) => pending.set(page, () => { rendered.add(page); resolve(list); }));
    },
    arrive: (t) => arrived.push(t),
  });
  return { move, turned, arrived, render: (page: number) => pending.get(page)?.() };
}

describe('pdf navigation', () => {
  it('moves forward from the start and back round to the document’s last term, turning to its page and waiting for it', async () => {
    const n = navigator(new Set([1]));
    expect(await n.move(1)).toBe(true);
    expect(n.arrived.map((t) => `${t.page}:${t.token}`)).toEqual(['1:SFO']);
    const back = n.move(-1);
    await Promise.resolve();
    expect(n.turned).toEqual([220]);
    expect(n.arrived).toHaveLength(1);
    n.render(220);
    expect(await back).toBe(true);
    expect(n.arrived.map((t) => `${t.page}:${t.token}`)).toEqual(['1:SFO', '220:PQRP']);
    expect(await n.move(1)).toBe(true);
    expect(n.arrived.at(-1)?.token).toBe('SFO');
  });

  it('goes to each use of one term in turn (the popup’s list)', async () => {
    const n = navigator(new Set([1, 3, 220]));
    for (let i = 0; i < 4; i++) await n.move(1, (o) => o.token === 'PQRP');
    expect(n.arrived.map((t) => t.page)).toEqual([1, 3, 220, 1]);
    expect(await n.move(1, (o) => o.token === 'NONE')).toBe(false);
  });

  it('lets a later move overtake one still waiting for its page', async () => {
    const n = navigator(new Set([1]));
    const first = n.move(-1);
    await Promise.resolve();
    const second = n.move(1);
    n.render(220);
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    expect(n.arrived.map((t) => t.page)).toEqual([1]);
  });

  it('finds the painted twin by offset, else by the same use of the token on the page', () => {
    const onPage = [term(3, 0, 'PQRP'), term(3, 40, 'PQRP')];
    expect(paintedTwin(onPage[1] as DocumentTerm, onPage, onPage.map((t) => painted(t)))?.start).toBe(40);
    // The text layer joined the text a little differently: counted in order instead.
    expect(paintedTwin(onPage[1] as DocumentTerm, onPage, onPage.map((t) => painted(t, 2)))?.start).toBe(42);
    expect(paintedTwin(onPage[0] as DocumentTerm, onPage, [])).toBeUndefined();
  });
});

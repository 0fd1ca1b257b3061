// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { caretAt } from '../../../src/content/hit-test';

type Options = { shadowRoots?: ShadowRoot[] };
// Stand-ins for the layout jsdom lacks: where the caret and the topmost element are at a point.
const doc = document as unknown as {
  caretPositionFromPoint?: (x: number, y: number, options?: Options) => { offsetNode: Node; offset: number } | null;
  elementFromPoint?: (x: number, y: number) => Element | null;
};

afterEach(() => {
  delete doc.caretPositionFromPoint;
  delete doc.elementFromPoint;
});

describe('hit-testing', () => {
  it('finds text in nested open shadow roots by naming the roots under the point, as the browsers retarget to the host', () => {
    document.body.innerHTML = '<main><div id="outer"></div></main>';
    const outer = (document.getElementById('outer') as HTMLElement).attachShadow({ mode: 'open' });
    outer.innerHTML = '<div id="inner"></div>';
    const innerHost = outer.getElementById('inner') as HTMLElement;
    const inner = innerHost.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>The SFO review</p>';
    const text = inner.querySelector('p')?.firstChild as Text;
    const asked: Options[] = [];
    // Like Chromium: a caret inside a root not named is given at its host, as the host's parent and index.
    doc.caretPositionFromPoint = (_x, _y, options = {}) => {
      asked.push(options);
      const named = options.shadowRoots ?? [];
      return named.includes(outer) && named.includes(inner)
        ? { offsetNode: text, offset: 5 }
        : { offsetNode: document.querySelector('main') as Node, offset: 0 };
    };
    doc.elementFromPoint = () => document.getElementById('outer');
    outer.elementFromPoint = () => innerHost;
    inner.elementFromPoint = () => inner.querySelector('p');
    expect(caretAt(document, 10, 10)).toEqual({ node: text, offset: 5 });
    expect(asked).toEqual([{}, { shadowRoots: [outer, inner] }]);
  });

  it('asks once where the caret is in text already, and keeps an element caret where no open root is under the point', () => {
    document.body.innerHTML = '<main><p id="p">MAPPA</p></main>';
    const text = document.getElementById('p')?.firstChild as Text;
    let calls = 0;
    doc.caretPositionFromPoint = () => {
      calls++;
      return { offsetNode: text, offset: 2 };
    };
    expect(caretAt(document, 1, 1)).toEqual({ node: text, offset: 2 });
    expect(calls).toBe(1);
    const main = document.querySelector('main') as Node;
    doc.caretPositionFromPoint = () => ({ offsetNode: main, offset: 1 });
    doc.elementFromPoint = () => document.getElementById('p');
    expect(caretAt(document, 1, 1)).toEqual({ node: main, offset: 1 });
  });
});

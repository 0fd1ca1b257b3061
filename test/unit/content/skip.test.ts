// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { contentRoot, createSkipTest, SKIP_SELECTOR, skippedUnder } from '../../../src/content/skip';

/** The texts of the elements marked data-t that the skip test keeps. */
function kept(html: string): string[] {
  document.body.innerHTML = html;
  const root = contentRoot(document) as Element;
  const skip = createSkipTest(root);
  return [...document.querySelectorAll('[data-t]')].filter((el) => !skip(el)).map((el) => el.getAttribute('data-t') as string);
}

describe('skip', () => {
  it('reads SVG text, tspan, textPath and foreignObject, not the parts SVG never draws', () => {
    expect(kept(`<main><svg><title data-t="title">SFO</title><desc data-t="desc">SFO</desc>
      <defs><text data-t="defs">SFO</text></defs><symbol><text data-t="symbol">SFO</text></symbol>
      <metadata data-t="metadata">SFO</metadata>
      <text data-t="text">MAPPA <tspan data-t="tspan">SFO</tspan></text><text><textPath data-t="textPath">SFO</textPath></text>
      <foreignObject><p xmlns="http://www.w3.org/1999/xhtml" data-t="foreign">SFO</p></foreignObject></svg></main>`))
      .toEqual(['text', 'tspan', 'textPath', 'foreign']);
  });

  it('skips editable regions in every spelling, and what sits inside them', () => {
    expect(kept(`<main><p data-t="plain">SFO</p>
      <div contenteditable data-t="empty">SFO</div><div contenteditable="true" data-t="true">SFO</div>
      <div contenteditable="TRUE" data-t="upper">SFO</div><div contenteditable="plaintext-only" data-t="plaintext">SFO</div>
      <div contenteditable="true"><span contenteditable="false" data-t="island">SFO</span></div>
      <div contenteditable="false" data-t="false">SFO</div><div contenteditable="FALSE" data-t="FALSE">SFO</div></main>`))
      .toEqual(['plain', 'false', 'FALSE']);
  });
});

describe('skippedUnder', () => {
  // The one query the collections replace: every SIMPLE_SKIP element and every editable region, in order.
  const byQuery = (root: Element): Element[] =>
    [...root.querySelectorAll(`${SKIP_SELECTOR.split(',').filter((s) => !s.startsWith('svg ')).join(',')},[contenteditable]`)]
      .filter((el) => el.getAttribute('contenteditable') === null || el.getAttribute('contenteditable')?.toLowerCase() !== 'false' || el.matches(SKIP_SELECTOR));

  const page = (n: number): string => Array.from({ length: n }, (_, i) => [
    `<p>Text ${i}</p>`, '<code>x</code>', '<div class="gem-c-metadata"><span class="govuk-header">h</span></div>', '<p hidden>h</p>',
    '<div contenteditable="false"><b>not an editor</b></div>', '<div contenteditable="TRUE"><i>editor</i></div>', '<nav><button>b</button></nav>',
    '<span aria-hidden="true">*</span>', '<div role="navigation">n</div>', '<div id="global-cookie-message">c</div>', '<header><p>top</p></header>',
  ][i % 11]).join('');

  it('finds by name what the one query finds, in document order, on a small page and (by the query) on one with many', () => {
    for (const n of [40, 3000]) {
      document.body.innerHTML = `<main>${page(n)}</main>`;
      const main = document.querySelector('main') as Element;
      const found = skippedUnder(main);
      expect(found).toEqual(byQuery(main));
      expect(found.length).toBeGreaterThan(n / 3);
    }
  });
});

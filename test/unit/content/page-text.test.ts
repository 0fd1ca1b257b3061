// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { describe as describeQuote, anchor } from '../../../src/core/anchoring';
import { extractPageText, offsetsOf, rangeFor } from '../../../src/content/page-text';

function page(html: string) {
  document.body.innerHTML = html;
  return extractPageText(document);
}

/** Selects from the start of one element's text to the end of another's. */
function select(from: string, to: string): Range {
  const range = document.createRange();
  range.setStart(document.querySelector(from)?.firstChild as Text, 0);
  const end = document.querySelector(to)?.firstChild as Text;
  range.setEnd(end, end.data.length);
  return range;
}

describe('page text', () => {
  it('is the main content only, without chrome, code or hidden text', () => {
    const p = page('<header>HMPPS</header><main><p>One.</p><p hidden>Secret</p><code>x</code><p>Two.</p></main>');
    expect(p.text).toBe('One.Two.');
  });

  it('maps a selection across table cells to offsets and back', () => {
    const p = page('<main><table><tr><td id="a">First cell</td><td id="b">second cell</td></tr><tr><td id="c">third</td></tr></table></main>');
    const at = offsetsOf(p, select('#a', '#c'));
    expect(at && p.text.slice(at.start, at.end)).toBe('First cellsecond cellthird');
    expect(rangeFor(document, p, at?.start ?? 0, at?.end ?? 0)?.toString()).toBe('First cellsecond cellthird');
  });

  it('leaves hidden text and list markers out of a selection across list items', () => {
    const p = page('<main><ul><li id="a">Alpha</li><li hidden>Hidden</li><li id="b">Beta</li></ul></main>');
    const at = offsetsOf(p, select('#a', '#b'));
    expect(at && p.text.slice(at.start, at.end)).toBe('AlphaBeta');
  });

  it('ignores a selection outside the main content', () => {
    const p = page('<header id="h">HMPPS</header><main><p>Text</p></main>');
    expect(offsetsOf(p, select('#h', '#h'))).toBeNull();
  });

  it('anchors a 100 KB selection exactly after it was described', () => {
    const long = 'The practitioner reviews the plan. '.repeat(3000);
    const p = page(`<main><p id="a">Before.</p><p id="b">${long}</p><p>After.</p></main>`);
    const at = offsetsOf(p, select('#b', '#b'));
    expect(at && at.end - at.start).toBeGreaterThanOrEqual(100_000);
    // The selection ends with a space, which a quote leaves out.
    const { quote, position } = describeQuote(p.text, at?.start ?? 0, at?.end ?? 0);
    expect(quote.exact.endsWith(' ')).toBe(false);
    expect(anchor(p.text, quote, position)).toMatchObject({ state: 'exact', start: position.start, end: position.end });
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { contentRoot } from '../../../src/content/skip';
import { ContentWalker, contentTextNodes } from '../../../src/content/walk';

const texts = (html: string): string[] => {
  document.body.innerHTML = html;
  return contentTextNodes(contentRoot(document) as Element).map((t) => t.data);
};

describe('the content walk', () => {
  it('reads content text in order and jumps over every skipped part, nested or not', () => {
    expect(texts(`<main><p>one</p><pre>code <b>bold</b></pre><p>two <code>x</code> three</p>
      <div contenteditable="TRUE">typed <span contenteditable="false">island</span></div>
      <nav><p>menu <em>deep</em></p></nav><p hidden>hidden</p><svg><title>t</title><text>chart</text></svg><p>four</p></main>`)
      .filter((t) => t.trim() !== ''))
      .toEqual(['one', 'two ', ' three', 'chart', 'four']);
  });

  it('copes with skipped parts that hold no text, and with a root that is skipped-looking itself', () => {
    expect(texts('<main><p>a</p><code></code><pre><br></pre><p>b</p></main>').filter((t) => t.trim())).toEqual(['a', 'b']);
    document.body.innerHTML = '<nav id="r"><p>in</p></nav>';
    expect(contentTextNodes(document.getElementById('r') as Element).map((t) => t.data)).toEqual(['in']);
  });

  it('resumes where it stopped, and knows when the page removed its place', () => {
    document.body.innerHTML = '<main><p id="a">a</p><p id="b">b</p></main>';
    const walker = new ContentWalker(contentRoot(document) as Element);
    expect(walker.next()?.data).toBe('a');
    expect(walker.intact).toBe(true);
    document.getElementById('a')?.remove();
    expect(walker.intact).toBe(false);
  });
});

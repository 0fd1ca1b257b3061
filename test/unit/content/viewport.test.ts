// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NEAR_SCREENS, nodesNear } from '../../../src/content/viewport';

/** Paragraphs stacked 100 px apart, `top` relative to the viewport; hidden ones have no box. */
function page(count: number, scrolled: number, hidden: (i: number) => boolean = () => false): Text[] {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p data-i="${i}">term ${i}</p>`).join('');
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const i = Number(this.getAttribute('data-i'));
    if (hidden(i)) return new DOMRect(0, 0, 0, 0);
    return new DOMRect(0, i * 100 - scrolled, 600, 80);
  });
  return [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
}
const indexes = (nodes: Text[]) => nodes.map((t) => Number(t.parentElement?.getAttribute('data-i')));

afterEach(() => vi.restoreAllMocks());

describe('nodes near the viewport', () => {
  // Three pages of 3,000 paragraphs in jsdom: seconds on a loaded machine.
  it('finds the band around the viewport, and only it, wherever the page is scrolled', () => {
    const h = 1000;
    const nodes = page(3000, 150_000);
    const near = indexes(nodesNear(nodes, h));
    // Viewport shows 1500..1509; the band reaches 1.5 screens either way.
    expect(near[0]).toBe(1500 - (NEAR_SCREENS * h) / 100);
    expect(near[near.length - 1]).toBe(1500 + ((1 + NEAR_SCREENS) * h) / 100);
    expect(near.length).toBeLessThan(60);
    expect(indexes(nodesNear(page(3000, 0), h))[0]).toBe(0);
    expect(indexes(nodesNear(page(100, 9_900), h)).at(-1)).toBe(99);
  }, 30_000);

  it('reads few boxes to get there', () => {
    const nodes = page(3000, 150_000);
    nodesNear(nodes, 1000);
    expect(vi.mocked(Element.prototype.getBoundingClientRect).mock.calls.length).toBeLessThan(100);
  });

  it('steps over hidden runs (closed sections) without losing the band', () => {
    const nodes = page(3000, 150_000, (i) => (i >= 600 && i < 1490) || i % 7 === 0);
    const near = indexes(nodesNear(nodes, 1000));
    expect(near).toContain(1501);
    expect(near).toContain(1524);
    expect(near.every((i) => i % 7 !== 0 && i >= 1490 && i <= 1525)).toBe(true);
  });

  it('is empty for no nodes, and for a page scrolled past them all', () => {
    expect(nodesNear([], 1000)).toEqual([]);
    expect(nodesNear(page(10, 100_000), 1000)).toEqual([]);
  });
});

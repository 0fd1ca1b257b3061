import { describe, expect, it } from 'vitest';
import { placeBeside } from '../../../src/content/ui/place';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;

function overlaps(a: DOMRect, left: number, top: number, w: number, h: number): boolean {
  return left < a.right && left + w > a.left && top < a.bottom && top + h > a.top;
}

describe('placeBeside', () => {
  it('puts the card below the term when it fits', () => {
    expect(placeBeside(rect(100, 100, 40, 20), 300, 150, 1000, 800)).toEqual({ left: 100, top: 126 });
  });

  it('puts the card above a term near the bottom of the window', () => {
    const pos = placeBeside(rect(100, 700, 40, 20), 300, 150, 1000, 800);
    expect(pos.top).toBe(700 - 6 - 150);
  });

  it('keeps the card inside the window horizontally', () => {
    expect(placeBeside(rect(950, 100, 40, 20), 300, 150, 1000, 800).left).toBe(1000 - 300 - 8);
  });

  it('never covers the term, wherever it is', () => {
    for (let top = 0; top < 800; top += 37) {
      for (const height of [60, 200, 390]) {
        const term = rect(500, top, 60, 20);
        const pos = placeBeside(term, 300, height, 1000, 800);
        expect(overlaps(term, pos.left, pos.top, 300, height), `term at ${top}, card ${height} high`).toBe(false);
      }
    }
  });
});

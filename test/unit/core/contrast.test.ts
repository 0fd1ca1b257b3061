import { describe, expect, it } from 'vitest';
import { blend, checkColour, contrastRatio, parseHex, relativeLuminance } from '../../../src/core/contrast';
import { HIGHLIGHT_COLOURS } from '../../../src/core/display-settings';

describe('contrast', () => {
  it('gives the WCAG luminance of black, white and a grey', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#777777')).toBeCloseTo(0.1845, 3);
  });

  it('gives known ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1d70b8', '#ffffff')).toBeCloseTo(5.17, 2);
    expect(contrastRatio('#0b0c0c', '#ffffff')).toBeCloseTo(19.59, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2); // the lightest grey that passes AA on white
    expect(contrastRatio('#d4351c', '#ffffff')).toBeCloseTo(4.86, 1);
    expect(contrastRatio('#abcdef', '#abcdef')).toBe(1);
  });

  it('parses short and long hex, and nothing else', () => {
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(parseHex('#1D70B8')).toEqual([29, 112, 184]);
    expect(parseHex('red')).toBeUndefined();
    expect(parseHex('#12345')).toBeUndefined();
    expect(() => contrastRatio('blue', '#fff')).toThrow(/Not a hex colour/);
  });

  it('blends a tint over the page as the browser composites it', () => {
    expect(blend('#000000', 0.5, '#ffffff')).toBe('#808080');
    expect(blend('#1d70b8', 0, '#ffffff')).toBe('#ffffff');
    expect(blend('#1d70b8', 1, '#ffffff')).toBe('#1d70b8');
  });

  it('checks the default blue as an underline and a tint on light and dark pages', () => {
    const blue = checkColour('#1d70b8');
    expect(blue.light.underline).toBeCloseTo(5.17, 2);
    expect(blue.light.underlinePasses).toBe(true);
    expect(blue.dark.underline).toBeCloseTo(contrastRatio('#1d70b8', '#1b1b1b'), 5);
    expect(blue.dark.underlinePasses).toBe(true);
    expect(blue.light.background).toBeCloseTo(contrastRatio('#0b0c0c', blend('#1d70b8', 0.25, '#ffffff')), 5);
    expect(blue.light.backgroundPasses).toBe(true);
  });

  it('fails black as an underline on a dark page, and passes it on a light one', () => {
    const black = checkColour('#0b0c0c');
    expect(black.light.underlinePasses).toBe(true);
    expect(black.dark.underline).toBeLessThan(3);
    expect(black.dark.underlinePasses).toBe(false);
  });

  it('fails purple as an underline on a dark page', () => {
    expect(checkColour('#4c2c92').dark.underlinePasses).toBe(false);
  });

  it('has a palette whose default passes everywhere', () => {
    const blue = HIGHLIGHT_COLOURS.find((c) => c.name === 'Blue');
    expect(blue?.hex).toBe('#1d70b8');
    const c = checkColour('#1d70b8');
    expect([c.light.underlinePasses, c.dark.underlinePasses, c.light.backgroundPasses, c.dark.backgroundPasses]).toEqual([true, true, true, true]);
  });
});

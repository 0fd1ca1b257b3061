/**
 * The icons: the full-colour one at every size the stores ask for, and the one-colour toolbar icon Firefox
 * shows through theme_icons (dark on light themes, light on dark ones). Chrome and Edge have no manifest key
 * for a dark-theme icon; they show the full-colour icon, whose symbol sits on its own opaque blue tile, so
 * it reads the same on any toolbar (README, "Packaging for the stores"). These tests hold both claims.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import { manifests, TOOLBAR_COLOURS } from '../../../scripts/manifests.mjs';
import { decodePng, pngSize } from './package-files';

type ThemeIcon = { size: number; light: string; dark: string };
type Manifest = { icons: Record<string, string>; action: { default_icon: Record<string, string>; theme_icons?: ThemeIcon[] } };
const { chrome, firefox } = manifests() as { chrome: Manifest; firefox: Manifest };
const colours = TOOLBAR_COLOURS as { dark: string; light: string };

// The toolbar colours of Firefox's built-in Light and Dark themes.
const FIREFOX_TOOLBAR = { light: '#f9f9fb', dark: '#2b2a33' };

type Rgb = [number, number, number];
const hex = (c: string): Rgb => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16)) as Rgb;
/** WCAG 2 relative luminance. */
const luminance = ([r, g, b]: Rgb) => {
  const lin = (v: number) => { const s = v / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
/** WCAG 2 contrast ratio. */
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The distinct colours of a PNG's pixels that are at least `minAlpha` opaque. */
function coloursOf(path: string, minAlpha: number): { colours: Map<string, number>; at: (x: number, y: number) => [Rgb, number]; size: number } {
  const { width, rgba } = decodePng(path);
  const found = new Map<string, number>();
  for (let i = 0; i < rgba.length; i += 4) {
    if ((rgba[i + 3] ?? 0) >= minAlpha) {
      const key = `#${[0, 1, 2].map((k) => (rgba[i + k] ?? 0).toString(16).padStart(2, '0')).join('')}`;
      found.set(key, (found.get(key) ?? 0) + 1);
    }
  }
  const at = (x: number, y: number): [Rgb, number] => {
    const i = (y * width + x) * 4;
    return [[rgba[i] ?? 0, rgba[i + 1] ?? 0, rgba[i + 2] ?? 0], rgba[i + 3] ?? 0];
  };
  return { colours: found, at, size: width };
}

describe('the full-colour icon', () => {
  it('exists at 16, 32, 48 and 128 pixels, for both browsers, and is the toolbar icon at 16 and 32', () => {
    for (const m of [chrome, firefox]) {
      expect(m.icons).toEqual({ 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' });
      expect(m.action.default_icon).toEqual({ 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' });
    }
    for (const [size, file] of Object.entries(chrome.icons)) expect(pngSize(file)).toEqual({ width: Number(size), height: Number(size) });
  });

  it.each([16, 32])('at %i pixels, keeps its symbol on its own opaque tile, in 3:1 contrast with it', (size) => {
    const { at, colours } = coloursOf(`icons/icon-${size}.png`, 255);
    // Every pixel away from the rounded corners is opaque: the toolbar never shows behind the symbol.
    const inset = Math.ceil(size * 0.2);
    for (let y = inset; y < size - inset; y++) {
      for (let x = 0; x < size; x++) expect(at(x, y)[1], `pixel ${x},${y}`).toBe(255);
    }
    // The tile is the commonest colour; the symbol's lines and lens stand out from it by 3:1 or more.
    const [tile] = [...colours].sort((a, b) => b[1] - a[1])[0] ?? ['#000000'];
    expect(tile).toBe('#1d70b8');
    const best = Math.max(...[...colours.keys()].map((c) => contrast(hex(c), hex(tile))));
    expect(best).toBeGreaterThanOrEqual(3);
  });
});

describe("Firefox's one-colour toolbar icon (theme_icons)", () => {
  const themeIcons = firefox.action.theme_icons ?? [];

  it('is in the Firefox manifest at 16 and 32 pixels, and not in the Chrome one (Chrome warns on the key)', () => {
    expect(themeIcons.map((t) => t.size)).toEqual([16, 32]);
    expect(chrome.action.theme_icons).toBeUndefined();
  });

  it.each(themeIcons.map((t) => [t.size, t] as const))('at %i pixels: one colour, light for dark themes and dark for light ones', (size, icon) => {
    for (const variant of ['light', 'dark'] as const) {
      const path = icon[variant];
      expect(path).toBe(`icons/toolbar-${variant}-${size}.png`);
      expect(pngSize(path)).toEqual({ width: size, height: size });
      // One colour, the one render-icons.mjs was given: edges blend into transparency only (a channel may be
      // off by a few steps where the renderer un-premultiplied a half-transparent pixel).
      const want = hex(colours[variant]);
      const { colours: found } = coloursOf(path, 128);
      const others = [...found.keys()].filter((c) => hex(c).some((v, k) => Math.abs(v - (want[k] ?? 0)) > 4));
      expect(others, path).toEqual([]);
      expect(found.get(colours[variant]) ?? 0, path).toBeGreaterThan(size);
      // theme_icons' `light` is the icon for dark themes, `dark` the one for light themes (easy to swap):
      // each must stand out from the toolbar of the theme that shows it.
      const toolbar = hex(variant === 'light' ? FIREFOX_TOOLBAR.dark : FIREFOX_TOOLBAR.light);
      expect(contrast(want, toolbar)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

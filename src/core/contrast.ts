/**
 * WCAG 2.x contrast for the highlight colours: relative luminance, contrast ratio, and how a colour
 * fares as an underline (non-text contrast, 1.4.11, 3:1) or as a tint behind text (1.4.3, 4.5:1) on
 * a light and a dark page.
 */

type Rgb = readonly [number, number, number];

/** The page a highlight is checked against: its background and its text colour. */
export interface Page {
  readonly background: string;
  readonly text: string;
}

/** A white GOV.UK page with GOV.UK's near-black text. */
export const LIGHT_PAGE: Page = { background: '#ffffff', text: '#0b0c0c' };
/**
 * A dark page (a dark theme or reader mode): #1b1b1b, the lighter of the usual dark backgrounds
 * (#0b0c0c, #1b1b1b) and so the harder one for an underline, with light text (#f3f2f1).
 */
export const DARK_PAGE: Page = { background: '#1b1b1b', text: '#f3f2f1' };

/** The opacity of the background style's tint; the content script paints with the same value. */
export const TINT_ALPHA = 0.25;
/** Non-text contrast an underline needs (WCAG 1.4.11). */
export const UNDERLINE_MINIMUM = 3;
/** Text contrast body text needs over the tint (WCAG 1.4.3). */
export const TEXT_MINIMUM = 4.5;

/** Parses #rgb or #rrggbb; undefined for anything else. */
export function parseHex(hex: string): Rgb | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (m === null) return undefined;
  const h = (m[1] as string).length === 3 ? (m[1] as string).split('').map((c) => c + c).join('') : (m[1] as string);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as unknown as Rgb;
}

function rgbOf(hex: string): Rgb {
  const rgb = parseHex(hex);
  if (rgb === undefined) throw new Error(`Not a hex colour: ${hex}`);
  return rgb;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function luminanceOf([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2.x relative luminance of a hex colour (0 for black, 1 for white). */
export function relativeLuminance(hex: string): number {
  return luminanceOf(rgbOf(hex));
}

function ratioOf(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminanceOf(a), luminanceOf(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The WCAG contrast ratio of two hex colours, from 1 to 21; the order does not matter. */
export function contrastRatio(fg: string, bg: string): number {
  return ratioOf(rgbOf(fg), rgbOf(bg));
}

/** A colour painted at an opacity over a background, as the browser composites it (in sRGB). */
export function blend(hex: string, alpha: number, over: string): string {
  const top = rgbOf(hex);
  const under = rgbOf(over);
  return `#${top.map((c, i) => Math.round(c * alpha + (under[i] as number) * (1 - alpha)).toString(16).padStart(2, '0')).join('')}`;
}

/** How a colour fares on one kind of page. */
export interface PageCheck {
  /** The underline against the page background. */
  readonly underline: number;
  readonly underlinePasses: boolean;
  /** The page's text against the tint over the page background. */
  readonly background: number;
  readonly backgroundPasses: boolean;
}

/** A colour's contrast on a light and a dark page. */
export interface ColourCheck {
  readonly light: PageCheck;
  readonly dark: PageCheck;
}

function checkOn(hex: string, page: Page): PageCheck {
  const underline = contrastRatio(hex, page.background);
  const background = contrastRatio(page.text, blend(hex, TINT_ALPHA, page.background));
  return { underline, underlinePasses: underline >= UNDERLINE_MINIMUM, background, backgroundPasses: background >= TEXT_MINIMUM };
}

/** Checks a highlight colour against WCAG AA on a light and a dark page. */
export function checkColour(hex: string): ColourCheck {
  return { light: checkOn(hex, LIGHT_PAGE), dark: checkOn(hex, DARK_PAGE) };
}

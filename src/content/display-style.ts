/**
 * The reader's highlight style and colour, painted over content.css's default underline. A
 * constructable stylesheet adopted by the document carries it, so nothing is added to the page's
 * text; where adopting fails (Firefox content scripts reach the page's document through Xray
 * wrappers), a <style data-probation-lens> in the head carries the same rules.
 */
import { DEFAULT_DISPLAY_SETTINGS, type DisplaySettings } from '../core/display-settings';
import { parseHex, TINT_ALPHA } from '../core/contrast';
import { HIGHLIGHT_NAMES } from './occurrences';

const RENAMED_RGB = '145, 43, 136';

/** The rules for a reader's settings; empty for the defaults, which content.css already paints. */
export function displayRules(settings: DisplaySettings): string {
  const { highlightStyle, highlightColour } = settings;
  if (highlightStyle === DEFAULT_DISPLAY_SETTINGS.highlightStyle && highlightColour === DEFAULT_DISPLAY_SETTINGS.highlightColour) return '';
  const rgb = (parseHex(highlightColour) ?? [29, 112, 184]).join(', ');
  if (highlightStyle === 'underline') {
    return `::highlight(${HIGHLIGHT_NAMES.jargon}) { text-decoration-color: ${highlightColour}; background-color: rgba(${rgb}, 0.10); }`;
  }
  return [
    `::highlight(${HIGHLIGHT_NAMES.jargon}) { text-decoration-line: none; background-color: rgba(${rgb}, ${TINT_ALPHA}); }`,
    `::highlight(${HIGHLIGHT_NAMES.renamed}) { text-decoration-line: none; background-color: rgba(${RENAMED_RGB}, ${TINT_ALPHA}); }`,
  ].join('\n');
}

function adopt(doc: Document, css: string): (() => void) | undefined {
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (view === null || !('adoptedStyleSheets' in doc)) return undefined;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    if (![...doc.adoptedStyleSheets].includes(sheet)) return undefined;
    return () => {
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets].filter((s) => s !== sheet);
    };
  } catch {
    return undefined;
  }
}

function styleElement(doc: Document, css: string): () => void {
  const style = doc.createElement('style');
  style.setAttribute('data-probation-lens', 'display');
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}

/** Paints the reader's style on the document; returns what takes it off again. */
export function applyDisplayStyle(doc: Document, settings: DisplaySettings): () => void {
  const css = displayRules(settings);
  if (css === '') return () => undefined;
  return adopt(doc, css) ?? styleElement(doc, css);
}

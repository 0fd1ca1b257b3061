/**
 * The reader's highlight style and colour, painted over content.css's default underline. A
 * constructable stylesheet adopted by the document carries it, so nothing is added to the page's
 * text; where adopting fails (Firefox content scripts reach the page's document through Xray
 * wrappers), a <style data-probation-lens> in the head carries the same rules. A document's rules
 * never reach into a shadow tree, so each open shadow root the scanner reads gets the default rules
 * and the reader's own, the same way.
 */
import { DEFAULT_DISPLAY_SETTINGS, type DisplaySettings } from '../core/display-settings';
import { parseHex, TINT_ALPHA } from '../core/contrast';
import { HIGHLIGHT_NAMES, LOOK_NAMES } from './occurrences';

const RENAMED_RGB = '145, 43, 136';

/** The default highlight rules: content.css paints them in the document (a unit test keeps the two the same). */
export const DEFAULT_RULES = `
::highlight(probation-jargon) {
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-color: #1d70b8;
  text-decoration-thickness: 2px;
  background-color: rgba(29, 112, 184, 0.10);
}
::highlight(probation-jargon-renamed) {
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-color: #912b88;
  text-decoration-thickness: 2px;
  background-color: rgba(145, 43, 136, 0.08);
}
::highlight(probation-jargon-spelled) {
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-color: #1d70b8;
  text-decoration-thickness: 1px;
}
::highlight(probation-jargon-page) {
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-color: #505a5f;
  text-decoration-thickness: 1px;
}
::highlight(probation-jargon-unknown) {
  text-decoration-line: underline;
  text-decoration-style: dashed;
  text-decoration-color: #6f777b;
  text-decoration-thickness: 1px;
}
::highlight(probation-note) {
  background-color: rgba(255, 221, 0, 0.45);
}
::highlight(probation-note-changed) {
  background-color: rgba(244, 119, 56, 0.30);
  text-decoration-line: underline;
  text-decoration-style: wavy;
  text-decoration-color: #b2410c;
}
`;

/** The rules for a reader's settings; empty for the defaults, which content.css already paints. */
export function displayRules(settings: DisplaySettings): string {
  const { highlightStyle, highlightColour } = settings;
  if (highlightStyle === DEFAULT_DISPLAY_SETTINGS.highlightStyle && highlightColour === DEFAULT_DISPLAY_SETTINGS.highlightColour) return '';
  const rgb = (parseHex(highlightColour) ?? [29, 112, 184]).join(', ');
  if (highlightStyle === 'underline') {
    return [
      `::highlight(${HIGHLIGHT_NAMES.jargon}) { text-decoration-color: ${highlightColour}; background-color: rgba(${rgb}, 0.10); }`,
      `::highlight(${LOOK_NAMES.spelled}) { text-decoration-color: ${highlightColour}; }`,
    ].join('\n');
  }
  return [
    `::highlight(${HIGHLIGHT_NAMES.jargon}) { text-decoration-line: none; background-color: rgba(${rgb}, ${TINT_ALPHA}); }`,
    `::highlight(${HIGHLIGHT_NAMES.renamed}) { text-decoration-line: none; background-color: rgba(${RENAMED_RGB}, ${TINT_ALPHA}); }`,
    // Quieter looks keep their thin underline and take half the tint.
    `::highlight(${LOOK_NAMES.spelled}) { text-decoration-color: ${highlightColour}; background-color: rgba(${rgb}, ${TINT_ALPHA / 2}); }`,
  ].join('\n');
}

const documentOf = (target: Document | ShadowRoot): Document => ('host' in target ? target.ownerDocument : target);

function adopt(target: Document | ShadowRoot, css: string): (() => void) | undefined {
  try {
    const doc = documentOf(target);
    const view = doc.defaultView;
    if (view === null || !('adoptedStyleSheets' in target)) return undefined;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    if (![...target.adoptedStyleSheets].includes(sheet)) return undefined;
    return () => {
      target.adoptedStyleSheets = [...target.adoptedStyleSheets].filter((s) => s !== sheet);
    };
  } catch {
    return undefined;
  }
}

function styleElement(target: Document | ShadowRoot, css: string): () => void {
  const doc = documentOf(target);
  const style = doc.createElement('style');
  style.setAttribute('data-probation-lens', 'display');
  style.textContent = css;
  if (target === doc) (doc.head ?? doc.documentElement).append(style);
  else target.append(style);
  return () => style.remove();
}

/** The highlight rules painted on a page: in its document and in each open shadow root it holds. */
export interface DisplayStyle {
  /** Paints the default rules and the reader's in an open shadow root, which a document's rules do not reach. */
  addRoot(root: ShadowRoot): void;
  /** Takes every rule this added off again. */
  remove(): void;
}

/** Paints the reader's style on the document, and on each shadow root handed to addRoot. */
export function applyDisplayStyle(doc: Document, settings: DisplaySettings): DisplayStyle {
  const css = displayRules(settings);
  const removers: Array<() => void> = [];
  if (css !== '') removers.push(adopt(doc, css) ?? styleElement(doc, css));
  return {
    addRoot(root) {
      const rules = `${DEFAULT_RULES}${css}`;
      removers.push(adopt(root, rules) ?? styleElement(root, rules));
    },
    remove() {
      for (const remove of removers.splice(0)) remove();
    },
  };
}

// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { applyDisplayStyle, DEFAULT_RULES, displayRules } from '../../../src/content/display-style';
import { DEFAULT_DISPLAY_SETTINGS } from '../../../src/core/display-settings';

afterEach(() => {
  document.head.innerHTML = '';
});

describe('display style', () => {
  it('adds nothing for the defaults, which content.css paints', () => {
    expect(displayRules(DEFAULT_DISPLAY_SETTINGS)).toBe('');
    const style = applyDisplayStyle(document, DEFAULT_DISPLAY_SETTINGS);
    expect(document.querySelectorAll('style').length).toBe(0);
    style.remove();
  });

  it('recolours the underline', () => {
    expect(displayRules({ ...DEFAULT_DISPLAY_SETTINGS, highlightColour: '#00703c' }))
      .toBe('::highlight(probation-jargon) { text-decoration-color: #00703c; background-color: rgba(0, 112, 60, 0.10); }\n' +
        '::highlight(probation-jargon-spelled) { text-decoration-color: #00703c; }');
  });

  it('paints a tint without an underline for the background style', () => {
    const css = displayRules({ ...DEFAULT_DISPLAY_SETTINGS, highlightStyle: 'background' });
    expect(css).toContain('::highlight(probation-jargon) { text-decoration-line: none; background-color: rgba(29, 112, 184, 0.25); }');
    expect(css).toContain('::highlight(probation-jargon-renamed)');
  });

  it('adopts a sheet where it can, else adds a marked <style> to the head, and takes it off again', () => {
    const style = applyDisplayStyle(document, { ...DEFAULT_DISPLAY_SETTINGS, highlightStyle: 'background' });
    const adopted = 'adoptedStyleSheets' in document && document.adoptedStyleSheets.length > 0;
    if (!adopted) expect(document.head.querySelector('style[data-probation-lens]')?.textContent).toContain('background-color');
    style.remove();
    expect(document.head.querySelector('style[data-probation-lens]')).toBeNull();
    if ('adoptedStyleSheets' in document) expect(document.adoptedStyleSheets.length).toBe(0);
  });

  it('paints the default rules and the reader\'s in each open shadow root, and takes them off again', () => {
    document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
    const roots = ['a', 'b'].map((id) => (document.getElementById(id) as HTMLElement).attachShadow({ mode: 'open' }));
    const rulesIn = (root: ShadowRoot): string => [
      ...('adoptedStyleSheets' in root ? root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)) : []),
      ...[...root.querySelectorAll('style[data-probation-lens]')].map((s) => s.textContent ?? ''),
    ].join('\n');
    const style = applyDisplayStyle(document, { ...DEFAULT_DISPLAY_SETTINGS, highlightStyle: 'background' });
    for (const root of roots) style.addRoot(root);
    for (const root of roots) {
      expect(rulesIn(root)).toContain('::highlight(probation-jargon-unknown)');
      expect(rulesIn(root)).toMatch(/::highlight\(probation-jargon\) \{ text-decoration-line: none;/);
    }
    style.remove();
    for (const root of roots) expect(rulesIn(root)).toBe('');
  });

  it('holds the same default rules as content.css, which paints them in the document', () => {
    const rules = (css: string): string => css.replace(/\/\*[^]*?\*\//g, '').replace(/\s+/g, ' ').trim();
    const file = readFileSync('src/content/content.css', 'utf8');
    expect(rules(DEFAULT_RULES)).toBe(rules(file));
  });
});

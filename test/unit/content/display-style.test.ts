// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { applyDisplayStyle, displayRules } from '../../../src/content/display-style';
import { DEFAULT_DISPLAY_SETTINGS } from '../../../src/core/display-settings';

afterEach(() => {
  document.head.innerHTML = '';
});

describe('display style', () => {
  it('adds nothing for the defaults, which content.css paints', () => {
    expect(displayRules(DEFAULT_DISPLAY_SETTINGS)).toBe('');
    const remove = applyDisplayStyle(document, DEFAULT_DISPLAY_SETTINGS);
    expect(document.querySelectorAll('style').length).toBe(0);
    remove();
  });

  it('recolours the underline', () => {
    expect(displayRules({ ...DEFAULT_DISPLAY_SETTINGS, highlightColour: '#00703c' }))
      .toBe('::highlight(probation-jargon) { text-decoration-color: #00703c; background-color: rgba(0, 112, 60, 0.10); }');
  });

  it('paints a tint without an underline for the background style', () => {
    const css = displayRules({ ...DEFAULT_DISPLAY_SETTINGS, highlightStyle: 'background' });
    expect(css).toContain('::highlight(probation-jargon) { text-decoration-line: none; background-color: rgba(29, 112, 184, 0.25); }');
    expect(css).toContain('::highlight(probation-jargon-renamed)');
  });

  it('adopts a sheet where it can, else adds a marked <style> to the head, and takes it off again', () => {
    const remove = applyDisplayStyle(document, { ...DEFAULT_DISPLAY_SETTINGS, highlightStyle: 'background' });
    const adopted = 'adoptedStyleSheets' in document && document.adoptedStyleSheets.length > 0;
    if (!adopted) expect(document.head.querySelector('style[data-probation-lens]')?.textContent).toContain('background-color');
    remove();
    expect(document.head.querySelector('style[data-probation-lens]')).toBeNull();
    if ('adoptedStyleSheets' in document) expect(document.adoptedStyleSheets.length).toBe(0);
  });
});

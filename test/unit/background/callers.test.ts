// The one decision of who a sender is: by its address, never by whether it has a tab.
import { describe, expect, it } from 'vitest';
import { callerOf, EXTENSION_PAGES, mayCall } from '../../../src/background/callers';

const BASE = 'moz-extension://0b7e6c1e-1234/';

describe('callerOf', () => {
  it('treats the popup and the options page as the extension, with or without a tab, query or fragment', () => {
    expect(EXTENSION_PAGES).toEqual(['popup.html', 'options.html']);
    expect(callerOf({ url: `${BASE}popup.html` }, BASE)).toBe('extension');
    expect(callerOf({ url: `${BASE}popup.html?tab=4` }, BASE)).toBe('extension');
    expect(callerOf({ url: `${BASE}options.html#import` }, BASE)).toBe('extension');
  });

  it('treats content scripts, other extension pages and look-alike addresses as pages', () => {
    expect(callerOf({ url: 'https://www.gov.uk/guidance/x' }, BASE)).toBe('page');
    expect(callerOf({ url: 'https://www.gov.uk/options.html' }, BASE)).toBe('page');
    expect(callerOf({ url: `${BASE}pdf/viewer.html?file=https://www.gov.uk/a.pdf` }, BASE)).toBe('page');
    expect(callerOf({ url: `${BASE}note-frame.html` }, BASE)).toBe('page');
    expect(callerOf({ url: `${BASE}options.html.evil` }, BASE)).toBe('page');
    expect(callerOf({ url: `${BASE}sub/options.html` }, BASE)).toBe('page');
    expect(callerOf({ url: `moz-extension://another-uuid/options.html` }, BASE)).toBe('page');
    expect(callerOf({}, BASE)).toBe('page');
  });

  it('lets the extension make every call, and a page only page calls', () => {
    expect([mayCall('extension', 'extension'), mayCall('extension', 'page'), mayCall('page', 'page'), mayCall('page', 'extension')])
      .toEqual([true, true, true, false]);
  });
});

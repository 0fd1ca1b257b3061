// The one decision of who a sender is: by its address, never by whether it has a tab.
import { describe, expect, it } from 'vitest';
import { callerOf, EXTENSION_PAGES, mayCall, mayReadNotes } from '../../../src/background/callers';

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

describe('mayReadNotes (the PDF viewer reads only its own document’s notes)', () => {
  const PDF = 'https://assets.publishing.service.gov.uk/media/5f1e/policy.pdf';
  const FP = '0123456789abcdef0123456789abcdef';
  const viewer = { url: `${BASE}pdf/viewer.html?file=${PDF}#page=3` };

  it('lets the viewer ask for the document it shows, by its address and fingerprint', () => {
    expect(mayReadNotes(viewer, BASE, { source: PDF, fingerprint: FP })).toBe(true);
    expect(mayReadNotes(viewer, BASE, { source: PDF })).toBe(true);
  });

  it('refuses the viewer another document, and a local file’s viewer anything but its URN', () => {
    expect(mayReadNotes(viewer, BASE, { source: 'https://www.gov.uk/guidance/x', fingerprint: FP })).toBe(false);
    expect(mayReadNotes(viewer, BASE, { source: 'https://www.gov.uk/guidance/x' })).toBe(false);
    const local = { url: `${BASE}pdf/viewer.html` };
    expect(mayReadNotes(local, BASE, { source: `urn:x-pdf:${FP}`, fingerprint: FP })).toBe(true);
    expect(mayReadNotes(local, BASE, { source: PDF, fingerprint: FP })).toBe(false);
    expect(mayReadNotes(local, BASE, { source: `urn:x-pdf:${FP}` })).toBe(false);
  });

  it('refuses a content script or the note frame a fingerprint, and lets the popup ask for anything', () => {
    expect(mayReadNotes({ url: 'https://www.gov.uk/guidance/x' }, BASE, { source: 'https://www.gov.uk/guidance/x' })).toBe(true);
    expect(mayReadNotes({ url: 'https://www.gov.uk/guidance/x' }, BASE, { source: PDF, fingerprint: FP })).toBe(false);
    expect(mayReadNotes({ url: `${BASE}note-frame.html#t` }, BASE, { source: PDF, fingerprint: FP })).toBe(false);
    expect(mayReadNotes({ url: `${BASE}popup.html?tab=3` }, BASE, { source: PDF, fingerprint: FP })).toBe(true);
  });
});

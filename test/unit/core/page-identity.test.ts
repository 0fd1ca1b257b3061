// Which page a note belongs to: one rule, used by the content script and the popup.
import { describe, expect, it } from 'vitest';
import { pageIdentity } from '../../../src/core/page-identity';

const ID = '5f1c2a0e-7631-11e4-a3cb-005056011aef';

describe('pageIdentity', () => {
  it('files a page by its address without query or fragment', () => {
    expect(pageIdentity({ url: 'https://www.justice.gov.uk/guidance/x?utm=1#part-2' })).toEqual({ source: 'https://www.justice.gov.uk/guidance/x' });
  });

  it('takes the canonical link from the page’s own origin, relative or absolute, without query or fragment', () => {
    expect(pageIdentity({ url: 'https://www.gov.uk/guidance/x?y=1', canonical: 'https://www.gov.uk/guidance/x-moved?z#a' }))
      .toEqual({ source: 'https://www.gov.uk/guidance/x-moved' });
    expect(pageIdentity({ url: 'https://www.gov.uk/a/b', canonical: '/guidance/c' })).toEqual({ source: 'https://www.gov.uk/guidance/c' });
  });

  it('refuses a canonical link to another origin, or one that is not an address', () => {
    for (const canonical of ['https://evil.example/guidance/x', 'http://www.gov.uk/guidance/y', 'https://gov.uk.evil.example/', 'javascript:alert(1)', 'https://[bad']) {
      expect(pageIdentity({ url: 'https://www.gov.uk/guidance/x', canonical }), canonical).toEqual({ source: 'https://www.gov.uk/guidance/x' });
    }
  });

  it('takes GOV.UK’s content id on GOV.UK only, and only in its own form', () => {
    expect(pageIdentity({ url: 'https://www.gov.uk/guidance/x', contentId: ` ${ID} ` })).toEqual({ source: 'https://www.gov.uk/guidance/x', contentId: ID });
    expect(pageIdentity({ url: 'https://example.org/x', contentId: ID })).toEqual({ source: 'https://example.org/x' });
    expect(pageIdentity({ url: 'https://www.gov.uk/guidance/x', contentId: 'x'.repeat(10_000) })).toEqual({ source: 'https://www.gov.uk/guidance/x' });
    expect(pageIdentity({ url: 'https://www.gov.uk/guidance/x', contentId: '' })).toEqual({ source: 'https://www.gov.uk/guidance/x' });
  });

  it('gives nothing for an address that is not a web page', () => {
    for (const url of ['chrome://newtab/', 'about:blank', 'moz-extension://x/options.html', 'not an address']) expect(pageIdentity({ url }), url).toBeUndefined();
  });
});

// @vitest-environment jsdom
// The content script reads the page's identity from its document; the rule itself is src/core/page-identity.ts.
import { describe, expect, it } from 'vitest';
import { pageIdentity } from '../../../src/content/page-identity';

/** A document with this head, at this address, as the content script sees one. */
function page(url: string, head: string): Document {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body></body></html>`, 'text/html');
  return { location: { href: url }, querySelector: doc.querySelector.bind(doc) } as unknown as Document;
}
const ID = '5f1c2a0e-7631-11e4-a3cb-005056011aef';

describe('the content script’s page identity', () => {
  it('files notes under the canonical link and content id of a GOV.UK page', () => {
    const doc = page('https://www.gov.uk/guidance/x?y=1', `<link rel="canonical" href="https://www.gov.uk/guidance/x-new"><meta name="govuk:content-id" content="${ID}">`);
    expect(pageIdentity(doc)).toEqual({ source: 'https://www.gov.uk/guidance/x-new', contentId: ID });
  });

  it('ignores a canonical link that points at another site', () => {
    const doc = page('https://www.justice.gov.uk/a', '<link rel="canonical" href="https://www.gov.uk/guidance/someone-elses-page">');
    expect(pageIdentity(doc)).toEqual({ source: 'https://www.justice.gov.uk/a' });
  });
});

// Serves the fixture pages at real addresses, so the manifest's matches decide where the extension runs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const read = (name) => readFileSync(`${dir}${name}`, 'utf8');

/** The demo policy page's address on GOV.UK. */
export const DEMO_URL = 'https://www.gov.uk/government/publications/probation-lens-demo';
/** A page outside the default sites. */
export const OUTSIDE_URL = 'https://example.org/probation-notes';

/** The hand-labelled expectations for the demo page. */
export const DEMO_EXPECTED = JSON.parse(read('demo-policy.expected.json'));

const PAGES = new Map([
  [DEMO_URL, () => read('demo-policy.html')],
  [OUTSIDE_URL, () => read('outside.html')],
]);

/** The HTML to answer for a URL, or undefined (answered 404). */
export function pageFor(url) {
  const u = new URL(url);
  return PAGES.get(`${u.origin}${u.pathname}`)?.();
}

/** Whether a request may be answered by the fixture server (everything else is refused). */
export function isFixtureHost(url) {
  return /^https:\/\/(www\.gov\.uk|example\.org)\//.test(url);
}

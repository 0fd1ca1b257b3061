// Serves the fixture pages at real addresses, so the manifest's matches decide where the extension runs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bigTextNodePage, churningPage, junkPage, policyPage } from '../../fixtures/generate.mjs';

const dir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const read = (name) => readFileSync(`${dir}${name}`, 'utf8');

/** The demo policy page's address on GOV.UK. */
export const DEMO_URL = 'https://www.gov.uk/government/publications/probation-lens-demo';
/** A page that defines its own acronym, uses an undefined one twice and a renamed term. */
export const PAGE_TERMS_URL = 'https://www.gov.uk/guidance/probation-lens-page-terms';
/** A page outside the default sites. */
export const OUTSIDE_URL = 'https://example.org/probation-notes';

/** The hand-labelled expectations for the demo page. */
export const DEMO_EXPECTED = JSON.parse(read('demo-policy.expected.json'));

/** Pages that stress the scanner, served on GOV.UK so the extension runs on them. */
export const BAD_INPUT = {
  huge: { url: 'https://www.gov.uk/bad-input/five-megabytes', page: policyPage(5_000_000) },
  bigTextNode: { url: 'https://www.gov.uk/bad-input/one-megabyte-text-node', html: bigTextNodePage(1_000_000) },
  empty: { url: 'https://www.gov.uk/bad-input/empty', html: '' },
  noMain: { url: 'https://www.gov.uk/bad-input/no-main', html: '<!doctype html><title>x</title><p>An SFO, without a main element.</p>' },
  churn: { url: 'https://www.gov.uk/bad-input/churn', html: churningPage(3000) },
  junk: { url: 'https://www.gov.uk/bad-input/brackets-and-junk', html: junkPage() },
};

const PAGES = new Map([
  [DEMO_URL, () => read('demo-policy.html')],
  [OUTSIDE_URL, () => read('outside.html')],
  [PAGE_TERMS_URL, () => read('page-terms.html')],
  ...Object.values(BAD_INPUT).map((b) => [b.url, () => b.html ?? b.page.html]),
]);

const overrides = new Map();

/** Serves other HTML at a fixture's address from now on (an edited page); null restores the fixture. */
export function overridePage(url, html) {
  if (html === null) overrides.delete(url);
  else overrides.set(url, html);
}

/** The HTML to answer for a URL, or undefined (answered 404). */
export function pageFor(url) {
  const u = new URL(url);
  const key = `${u.origin}${u.pathname}`;
  return overrides.get(key) ?? PAGES.get(key)?.();
}

/** The demo page's HTML as written. */
export const DEMO_HTML = read('demo-policy.html');

/** Whether a request may be answered by the fixture server (everything else is refused). */
export function isFixtureHost(url) {
  return /^https:\/\/(www\.gov\.uk|example\.org)\//.test(url);
}

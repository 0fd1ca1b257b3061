/** Which page a note belongs to, as the content script reads it from the document; the rule is src/core/page-identity.ts. */
import { pageIdentity as identify } from '../core/page-identity';
import type { PageIdentity } from '../shared/types';

/** Where notes of this page are filed: its canonical address (same origin only) and GOV.UK content id. */
export function pageIdentity(doc: Document): PageIdentity {
  const url = doc.location.href;
  const facts = {
    url,
    // The href as the browser resolves it (against the document's base), which the content script's world reads unaltered.
    canonical: doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href,
    contentId: doc.querySelector('meta[name="govuk:content-id"]')?.getAttribute('content'),
  };
  // Content scripts run on web pages only; the address itself is the fallback for anything else.
  return identify(facts) ?? { source: url.replace(/[?#].*$/s, '') };
}

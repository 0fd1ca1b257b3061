/**
 * Which page a note belongs to, decided once for the content script and the popup alike: the page's
 * canonical address when the page gives one on its own origin, else its own address, without query or
 * fragment either way; and on GOV.UK its content id, so a page that moves keeps its notes.
 */
import type { PageIdentity } from '../shared/types';

export type { PageIdentity } from '../shared/types';

/** What is known about a page: its address, and what its document says (absent when it cannot be read). */
export interface PageFacts {
  readonly url: string;
  /** The href of its link rel=canonical, as written (relative addresses are read against url). */
  readonly canonical?: string | null | undefined;
  /** The content of its meta govuk:content-id. */
  readonly contentId?: string | null | undefined;
}

// Only GOV.UK publishes content ids; elsewhere the same meta could file a page's notes under another page's id.
const CONTENT_ID_ORIGIN = 'https://www.gov.uk';
const CONTENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parse(address: string, base?: string): URL | undefined {
  try {
    return new URL(address, base);
  } catch {
    return undefined;
  }
}

/** Where a page's notes are filed; undefined for an address that is not a web page (notes live only on http and https pages). */
export function pageIdentity({ url, canonical, contentId }: PageFacts): PageIdentity | undefined {
  const here = parse(url);
  if (here === undefined || (here.protocol !== 'https:' && here.protocol !== 'http:')) return undefined;
  // A canonical link on another origin is refused: a page cannot file its notes, or find them, as another site's page.
  const link = canonical ? parse(canonical, here.href) : undefined;
  const page = link !== undefined && link.origin === here.origin ? link : here;
  const source = `${page.origin}${page.pathname}`;
  const id = contentId?.trim() ?? '';
  return here.origin === CONTENT_ID_ORIGIN && CONTENT_ID.test(id) ? { source, contentId: id } : { source };
}

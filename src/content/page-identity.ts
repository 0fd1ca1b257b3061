/** Which page a note belongs to, as the content script sees it. */

/** Where notes of this page are filed: its canonical address and GOV.UK content id. */
export function pageIdentity(doc: Document): { source: string; contentId?: string } {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const here = new URL(doc.location.href);
  const source = canonical && canonical.startsWith('https://') ? canonical : `${here.origin}${here.pathname}`;
  const contentId = doc.querySelector('meta[name="govuk:content-id"]')?.getAttribute('content') ?? undefined;
  return contentId ? { source, contentId } : { source };
}

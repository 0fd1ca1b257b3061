/** Which hosts the extension works on by default; mirrors the manifest's content script matches. */

/** Host suffixes matched by default: GOV.UK and the justice sites. */
export const DEFAULT_SITES: readonly string[] = ['www.gov.uk', 'justice.gov.uk', 'justiceinspectorates.gov.uk'];

/** Whether a host is one of the default sites or a subdomain of the justice ones. */
export function isDefaultSite(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'www.gov.uk' || DEFAULT_SITES.slice(1).some((site) => h === site || h.endsWith(`.${site}`));
}

/** A host name typed or received from elsewhere, made comparable; undefined when it is not a host. */
export function normaliseHost(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const host = input.trim().toLowerCase();
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/.test(host) ? host : undefined;
}

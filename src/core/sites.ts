/** Which hosts the extension works on by default; mirrors the manifest's content script matches. */

/** Host suffixes matched by default: GOV.UK and the justice sites. */
export const DEFAULT_SITES: readonly string[] = ['www.gov.uk', 'justice.gov.uk', 'justiceinspectorates.gov.uk'];

/** Whether a host is one of the default sites or a subdomain of the justice ones. */
export function isDefaultSite(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'www.gov.uk' || DEFAULT_SITES.slice(1).some((site) => h === site || h.endsWith(`.${site}`));
}

/**
 * GOV.UK's attachments host: the manifest holds it so the PDF viewer may fetch the documents opened there,
 * not to run the lens on its pages; its permission is never an added site.
 */
export const PDF_DOCUMENTS_HOST = 'assets.publishing.service.gov.uk';

/** A host name typed or received from elsewhere, made comparable; undefined when it is not a host. */
export function normaliseHost(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const host = input.trim().toLowerCase();
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/.test(host) ? host : undefined;
}

/**
 * The origin of a site the reader may add: https, a real host name (a dot, no port, no wildcard) and not
 * one of the defaults, which are always on. Undefined for anything else, so no other origin reaches the
 * browser's permission and scripting calls.
 */
export function addableOrigin(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const match = /^https:\/\/([^/?#]+)\/?$/i.exec(input.trim());
  const host = normaliseHost(match?.[1]);
  if (host === undefined || host.includes(':') || !host.includes('.') || /^[\d.]+$/.test(host) || isDefaultSite(host) || host === PDF_DOCUMENTS_HOST) return undefined;
  return `https://${host}`;
}

/** The match pattern that grants one added site: every page of the origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** The added site a granted host permission stands for ("https://example.org/*"); undefined for the defaults and wildcards. */
export function originOfPattern(pattern: string): string | undefined {
  const match = /^(https:\/\/[^/]+)\/\*$/.exec(pattern);
  return match ? addableOrigin(match[1]) : undefined;
}

/**
 * Which document the viewer shows, read from its own address. The background's redirect puts the PDF's
 * address after `?file=` as it was (query and all); a `#page=N` after it is the page to open at.
 * Pure: no browser APIs, so it is tested fast.
 */

import { addableOrigin } from '../core/sites';

/** The marker the "Open in the browser's viewer" link adds, which the redirect lets through. */
export const ORIGINAL_MARKER = 'probation-lens-original';

/** Hosts the viewer may always fetch a document from: the ones in the manifest's host permissions. */
const FETCHABLE = /^(?:assets\.publishing\.service\.gov\.uk|(?:[a-z0-9-]+\.)*justice\.gov\.uk|(?:[a-z0-9-]+\.)*justiceinspectorates\.gov\.uk)$/;

/**
 * What the viewer was asked to show: a document on a default host (`remote`); one on a site the reader may have
 * added (`added`: shown only while the extension holds that site's permission, which only the browser knows);
 * none (the file chooser); or an address it never fetches (`refused`).
 */
export type ViewerRequest =
  | { readonly kind: 'remote'; readonly url: string; readonly page: number | null }
  | { readonly kind: 'added'; readonly url: string; readonly origin: string; readonly page: number | null }
  | { readonly kind: 'none'; readonly page: number | null }
  | { readonly kind: 'refused'; readonly url: string };

/** The page number in a `#page=N` fragment (also `#page=N&zoom=…`), or null. */
export function pageInFragment(hash: string): number | null {
  const m = /^#?(?:.*&)?page=(\d{1,6})(?:&|$)/.exec(hash);
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/** The origin of an https address without credentials or a port; undefined for anything else. */
export function httpsOrigin(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.username === '' && u.password === '' && u.port === '' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the viewer may fetch this address without asking: https, on a default host. */
export function isFetchable(url: string): boolean {
  const origin = httpsOrigin(url);
  return origin !== undefined && FETCHABLE.test(new URL(origin).hostname);
}

/**
 * Reads the viewer's `location.search` and `location.hash`. The PDF's address is everything after
 * `?file=` (the redirect does not encode it, so its own query comes along); an encoded one is decoded.
 */
export function readViewerRequest(search: string, hash: string): ViewerRequest {
  const page = pageInFragment(hash);
  const m = /^\?file=(.+)$/s.exec(search);
  if (m === null) return { kind: 'none', page };
  let url = m[1] as string;
  if (/^https?%3A/i.test(url)) {
    try {
      url = decodeURIComponent(url);
    } catch {
      return { kind: 'refused', url };
    }
  }
  if (isFetchable(url)) return { kind: 'remote', url, page };
  const origin = addableOrigin(httpsOrigin(url));
  return origin === undefined ? { kind: 'refused', url } : { kind: 'added', url, origin, page };
}

/**
 * The one host the viewer page may connect to besides its own files: the document's origin, or none. The
 * manifest allows every https host (a site the reader adds later must be reachable); the viewer narrows its
 * page to this before anything is fetched (src/pdf/document-access.ts).
 */
export function connectSource(request: ViewerRequest): string {
  return request.kind === 'remote' || request.kind === 'added' ? `'self' ${new URL(request.url).origin}` : "'self'";
}

/** The document's own address with the marker that lets it through to the browser's viewer. */
export function originalAddress(url: string): string {
  const u = new URL(url);
  u.hash = '';
  if (!u.searchParams.has(ORIGINAL_MARKER)) u.search = `${u.search === '' ? '?' : `${u.search}&`}${ORIGINAL_MARKER}`;
  return u.href;
}

/** The document's address without our marker and fragment: the key notes are stored under. */
export function documentKey(url: string): string {
  const u = new URL(url);
  u.hash = '';
  u.searchParams.delete(ORIGINAL_MARKER);
  return u.href;
}

/** A file name for saving the document: the last part of its path, or "document.pdf". */
export function fileNameOf(url: string): string {
  try {
    const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    return /\.pdf$/i.test(last) ? last : `${last || 'document'}.pdf`;
  } catch {
    return 'document.pdf';
  }
}

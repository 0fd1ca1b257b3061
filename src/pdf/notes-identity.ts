/**
 * Where a PDF's notes are filed, decided once for the viewer, the popup and the background alike: the
 * document's address (without our marker or a fragment) and the PDF's own fingerprint, so a note follows
 * the same file to another address. A file opened from this computer has no address: its notes are filed
 * under `urn:x-pdf:<fingerprint>` (as Hypothesis names PDFs), and found again by that fingerprint anywhere.
 * Pure: no browser APIs.
 */
import { cleanFingerprint, pdfUrn } from '../core/pdf-fingerprint';
import { documentKey, readViewerRequest } from './address';

export { cleanFingerprint, fingerprintOfUrn, pdfUrn } from '../core/pdf-fingerprint';
/** The viewer's own page in the built extension. */
export const VIEWER_PAGE = 'pdf/viewer.html';

/** Where a PDF's notes are filed. */
export interface PdfIdentity {
  /** The document's address as notes are keyed by it, or its `urn:x-pdf:` name for a file from this computer. */
  readonly source: string;
  /** The PDF's first fingerprint (pdf.js `fingerprints[0]`), lower case. */
  readonly fingerprint?: string;
}

/** The identity of an open document: its address, or for a local file its URN; with its fingerprint when it has one. */
export function pdfIdentity(url: string | null, fingerprint: string | null | undefined): PdfIdentity | undefined {
  const f = cleanFingerprint(fingerprint);
  if (url !== null) return { source: documentKey(url), ...(f ? { fingerprint: f } : {}) };
  return f ? { source: pdfUrn(f), fingerprint: f } : undefined;
}

/**
 * The document a viewer page shows, read from that page's address (a tab's URL, a message sender's URL):
 * the PDF's address and the source its notes are filed under; undefined when the address is not our
 * viewer showing a web document (a local file leaves no address in it).
 */
export function viewerDocument(pageUrl: string, extensionBase: string): { url: string; source: string } | undefined {
  if (!pageUrl.startsWith(`${extensionBase}${VIEWER_PAGE}`)) return undefined;
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return undefined;
  }
  if (`${page.origin}${page.pathname}` !== `${new URL(extensionBase).origin}/${VIEWER_PAGE}`) return undefined;
  const request = readViewerRequest(page.search, page.hash);
  return request.kind === 'remote' ? { url: request.url, source: documentKey(request.url) } : undefined;
}

/**
 * The viewer's one door to the network. The manifest lets extension pages connect to any https host, because a
 * site the reader adds later must be reachable and the manifest cannot change at run time; this page narrows
 * itself, before pdf.js fetches anything, to its own files and the one origin of the document it shows. Every
 * other extension page narrows itself to its own files in its HTML. A PDF on an added site is fetched only while
 * the browser says the extension holds that site's permission (the reader can withdraw it at any time).
 */
import { originPattern } from '../core/sites';
import browser from '../shared/browser';
import type { ViewerRequest } from './address';

/**
 * Adds this page's own connect-src, `connect-src <source>`, as a meta policy in its head. The browser enforces
 * it beside the manifest's, so a connection must pass both; a later policy can narrow that, never widen it.
 */
export function limitConnections(doc: Document, source: string): void {
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src ${source}`;
  doc.head.prepend(meta);
}

/** The request as the viewer may act on it: a document on an added site only while its permission is held. */
export async function permittedRequest(request: ViewerRequest, contains = hasPermission): Promise<ViewerRequest> {
  if (request.kind !== 'added') return request;
  return (await contains(originPattern(request.origin)).catch(() => false)) ? request : { kind: 'refused', url: request.url };
}

function hasPermission(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

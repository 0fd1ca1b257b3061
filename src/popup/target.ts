/** Which tab the popup acts on: the one named by ?tab=ID (tests, keyboard users), else the active tab. */
import { pageIdentity } from '../core/page-identity';
import browser from '../shared/browser';
import { callTab } from '../shared/messaging';
import { cleanFingerprint, viewerDocument } from '../pdf/notes-identity';
import type { PageIdentity } from '../shared/types';

/** The tab the popup acts on, with what the views need to know about its address. */
export interface TargetTab {
  readonly id: number;
  readonly url: string;
  /** The host for web pages; undefined for browser pages, where the extension cannot run. */
  readonly host?: string;
  readonly origin?: string;
  /** Where notes of this page are filed, as its content script files them (src/core/page-identity.ts). */
  readonly identity?: PageIdentity;
  /** identity's address. */
  readonly source?: string;
  /**
   * Set when the tab is our PDF viewer showing a web document: the PDF's own address. host, origin and
   * identity are then the PDF's (its site's switch, its notes), not the viewer page's.
   */
  readonly pdf?: { readonly url: string };
}

/**
 * The page's identity as its content script reads it from the document (canonical link, content id); from
 * the address alone, by the same rule, where no content script runs or it cannot answer.
 */
async function identityOf(tabId: number, url: string): Promise<PageIdentity | undefined> {
  const fromPage = await callTab(tabId, 'pageIdentity', {}).catch(() => undefined);
  // The answer is checked as the popup's own reading would be: a page's content script never files notes on another origin.
  const own = pageIdentity({ url });
  return fromPage !== undefined && own !== undefined && pageIdentity({ url, canonical: fromPage.source })?.source === fromPage.source
    ? pageIdentity({ url, canonical: fromPage.source, contentId: fromPage.contentId ?? null })
    : own;
}

/** Finds the tab the popup acts on; undefined when there is none (a window without tabs). */
export async function targetTab(): Promise<TargetTab | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param !== null
    ? await browser.tabs.get(Number(param))
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return undefined;
  const url = tab.url ?? '';
  // Our PDF viewer: the page is the document it shows (src/pdf/notes-identity.ts), filed as the viewer files it.
  const shown = viewerDocument(url, browser.runtime.getURL(''));
  if (shown !== undefined) {
    const pdf = new URL(shown.url);
    // The viewer knows the file's fingerprint, which finds its notes made at another address; taken only for the document it shows.
    const answer = await callTab(tab.id, 'pageIdentity', {}).catch(() => undefined);
    const fingerprint = answer?.source === shown.source ? cleanFingerprint(answer.fingerprint) : undefined;
    const identity = { source: shown.source, ...(fingerprint ? { fingerprint } : {}) };
    return { id: tab.id, url, host: pdf.host, origin: pdf.origin, identity, source: shown.source, pdf: { url: shown.url } };
  }
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return { id: tab.id, url };
  const identity = await identityOf(tab.id, url);
  return { id: tab.id, url, host: parsed.host, origin: parsed.origin, ...(identity ? { identity, source: identity.source } : {}) };
}

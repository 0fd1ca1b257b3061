/** Which tab the popup acts on: the one named by ?tab=ID (tests, keyboard users), else the active tab. */
import browser from '../shared/browser';

/** The tab the popup acts on, with what the views need to know about its address. */
export interface TargetTab {
  readonly id: number;
  readonly url: string;
  /** The host for web pages; undefined for browser pages, where the extension cannot run. */
  readonly host?: string;
  readonly origin?: string;
  /** The address without query or fragment: where notes of this page are filed. */
  readonly source?: string;
}

/** Finds the tab the popup acts on; undefined when there is none (a window without tabs). */
export async function targetTab(): Promise<TargetTab | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param !== null
    ? await browser.tabs.get(Number(param))
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return undefined;
  const url = tab.url ?? '';
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return { id: tab.id, url };
  return { id: tab.id, url, host: parsed.host, origin: parsed.origin, source: `${parsed.origin}${parsed.pathname}` };
}

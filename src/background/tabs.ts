/** Telling open tabs that something changed: the one way the background reaches many content scripts. */
import browser from '../shared/browser';
import { callContentScript, callViewer, isViewerCall } from '../shared/messaging';
import type { ContentCalls } from '../shared/protocol';

/** A tab's host and its address without query or fragment; empty when the tab has no web address. */
export function addressOf(url: string | undefined): { host?: string; page?: string } {
  try {
    const u = new URL(url ?? '');
    return { host: u.host, page: `${u.origin}${u.pathname}` };
  } catch {
    return {};
  }
}

/**
 * Calls the content script of every tab that passes `which`; tabs without one (browser pages, sites
 * the extension does not run on) are skipped quietly. A call our PDF viewer answers too goes once to every
 * open viewer, which decides by its document whether it is meant (a site's switch names its host).
 */
export async function tellTabs<K extends keyof ContentCalls>(
  name: K, args: Parameters<typeof callContentScript<K>>[2], which: (tab: browser.Tabs.Tab) => boolean = () => true,
): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.allSettled([
    ...tabs.filter((t) => t.id !== undefined && which(t)).map((t) => callContentScript(t.id as number, name, args)),
    ...(isViewerCall(name) ? [callViewer(null, name, args as never)] : []),
  ]);
}

/**
 * Sites the reader added beyond the defaults. The browser's host permission is the only record: a site
 * is added while its permission is granted, so nothing here lives in the worker's memory or in storage.
 * Each added site gets a dynamic content script; Firefox forgets those on restart, so they are
 * registered again at every start.
 */
import browser from '../shared/browser';
import { callTab, type Handlers } from '../shared/messaging';
import { CodedError, type BackgroundCalls } from '../shared/protocol';
import { addableOrigin, originOfPattern, originPattern } from '../core/sites';
import { serialQueue } from '../shared/serial';
import { siteState } from '../storage/settings';
import { grantedSites } from './granted-sites';
import { syncMenu } from './menu';
import { applyPdfRedirect } from './pdf-redirect';
import { addressOf, tellTabs } from './tabs';

type SiteCalls = Pick<BackgroundCalls, 'addedSites' | 'enableAddedSite' | 'removeAddedSite'>;

const scriptId = (origin: string) => `site:${origin}`;

function originArg(args: { origin: unknown }): string {
  const origin = addableOrigin(args.origin);
  if (origin === undefined) throw new CodedError('bad-request', 'origin');
  return origin;
}


// Registering and injecting are check-then-act; one at a time, so two starts (onStartup and the worker's
// own, or onAdded and the popup's call) never register the same id twice or start two lenses in a tab.
const serially = serialQueue();

/** Registers the content script for one origin unless it already is. */
async function register(origin: string): Promise<void> {
  const id = scriptId(origin);
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0) return;
  const script = { id, matches: [originPattern(origin)], js: ['content.js'], css: ['content.css'], runAt: 'document_start' as const };
  try {
    await browser.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
  } catch {
    // A browser that cannot keep the script across restarts refuses the flag: register it for this session.
    await browser.scripting.registerContentScripts([script]);
  }
}

/** Unregisters the content script of one origin, if there is one. */
async function unregister(origin: string): Promise<void> {
  const ids = [scriptId(origin)];
  if ((await browser.scripting.getRegisteredContentScripts({ ids })).length > 0) await browser.scripting.unregisterContentScripts({ ids });
}

/**
 * Starts the lens in the origin's open tabs: injects it where it does not run, and switches it on again
 * where it still runs from before the site was removed (removing only switched it off).
 */
async function startInOpenTabs(origin: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: originPattern(origin) });
  const host = new URL(origin).host;
  const state = await siteState(host);
  await Promise.allSettled(tabs.map(async ({ id: tabId }) => {
    if (tabId === undefined) return;
    const running = await callTab(tabId, 'pageSummary', {}).then(() => true, () => false);
    if (running) {
      await callTab(tabId, 'siteStateChanged', state);
      return;
    }
    await browser.scripting.insertCSS({ target: { tabId }, files: ['content.css'] });
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  }));
}

/** What follows the added sites, made afresh for the sites granted now: the "Add note" item and the PDF redirects. */
export async function refreshForAddedSites(): Promise<void> {
  await Promise.all([grantedSites().then(syncMenu), applyPdfRedirect()]);
}

/** Starts the lens on a granted site: its script for future loads, its pages open now, and its "Add note" item. */
function start(origin: string): Promise<void> {
  return serially(async () => {
    await register(origin);
    await startInOpenTabs(origin);
    await refreshForAddedSites();
  });
}

/** Stops the lens on a site for future loads, and takes it out of the "Add note" item. */
function stop(origin: string): Promise<void> {
  return serially(async () => {
    await unregister(origin);
    await refreshForAddedSites();
  });
}

/** Registers the content script of every granted site again; safe to run any number of times. */
export async function restoreAddedSites(): Promise<void> {
  const origins = await grantedSites();
  await Promise.allSettled(origins.map((origin) => serially(() => register(origin))));
}

/**
 * Keeps the scripts in step with the permissions. Firefox may close the popup when its permission prompt
 * opens, so the popup's own enableAddedSite call can be lost: the grant itself starts the site. The
 * reader can also grant or withdraw a site in the browser's settings.
 */
export function followPermissionChanges(): void {
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    for (const origin of origins.map(originOfPattern)) if (origin) void start(origin).catch(() => undefined);
  });
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    for (const origin of origins.map(originOfPattern)) if (origin) void stop(origin).catch(() => undefined);
  });
}

/** The background's handlers for added sites. */
export const siteHandlers: Handlers<SiteCalls> = {
  addedSites: () => grantedSites(),
  async enableAddedSite(args) {
    const origin = originArg(args);
    if (!(await browser.permissions.contains({ origins: [originPattern(origin)] }))) {
      throw new CodedError('not-granted', origin);
    }
    await start(origin);
    return { origin };
  },
  async removeAddedSite(args) {
    const origin = originArg(args);
    await stop(origin);
    const host = new URL(origin).host;
    // Pages already open stop now (highlights and notes) rather than at their next load.
    await tellTabs('siteStateChanged', { host, enabled: false, notes: false }, (t) => addressOf(t.url).host === host);
    await browser.permissions.remove({ origins: [originPattern(origin)] });
    // The menu follows the permissions, so it is made again once the site's is given back.
    await serially(refreshForAddedSites);
    return { origin };
  },
};

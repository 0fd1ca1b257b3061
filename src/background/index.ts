/**
 * The background: answers calls from content scripts and extension pages, and turns keyboard
 * commands into calls to the active tab. Every listener is registered synchronously at start,
 * because the browser may stop this worker at any moment and start it again for one event.
 */
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { callTab, handleCalls } from '../shared/messaging';
import { CodedError, type BackgroundCalls } from '../shared/protocol';
import { normaliseHost } from '../core/sites';
import { isSiteEnabled, setSiteEnabled } from '../storage/settings';
import { database } from './database';
import { exchangeHandlers } from './exchange';
import { healthHandlers } from './health';
import { libraryHandlers } from './library';
import { noteHandlers } from './notes';
import { addressOf, tellTabs } from './tabs';
import { followPermissionChanges, restoreAddedSites, siteHandlers } from './sites';
import { settingsHandlers } from './settings-calls';
import { keepStartState } from './start-state';

// The pages the content script runs on, as manifest.json lists them.
const CONTENT_MATCHES = browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];

function hostArg(args: { host: unknown }): string {
  const host = normaliseHost(args.host);
  if (host === undefined) throw new CodedError('bad-request', 'host');
  return host;
}

handleCalls<BackgroundCalls>(
  {
    async getSiteState(args) {
      const host = hostArg(args);
      return { host, enabled: await isSiteEnabled(host) };
    },
    async setSiteEnabled(args) {
      const host = hostArg(args);
      if (typeof args.enabled !== 'boolean') throw new CodedError('bad-request', 'enabled');
      await setSiteEnabled(host, args.enabled);
      await tellTabs('siteStateChanged', { host, enabled: args.enabled }, (t) => addressOf(t.url).host === host);
      return { host, enabled: args.enabled };
    },
    ...noteHandlers,
    ...libraryHandlers,
    ...exchangeHandlers,
    ...siteHandlers,
    ...settingsHandlers,
    ...healthHandlers(database),
  },
);

// What pages need to start their lens, readable by them without waking this worker.
keepStartState();
// Added sites' content scripts: Firefox forgets dynamic scripts on restart, so register them at every start.
followPermissionChanges();
browser.runtime.onStartup.addListener(() => void restoreAddedSites());
void restoreAddedSites();
// Opening the database checks that the browser has not deleted it since the last start, so the options
// page can warn even when the reader opens nothing else first.
void database().catch(() => undefined);

// Ask the browser not to evict our storage under pressure: notes are the user's own work.
void navigator.storage?.persist?.().catch(() => false);

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({ id: 'add-note', title: t('contextMenuAddNote'), contexts: ['selection'], documentUrlPatterns: CONTENT_MATCHES });
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === 'add-note' && tab?.id !== undefined) void callTab(tab.id, 'addNoteFromSelection', {}).catch(() => undefined);
});

browser.commands.onCommand.addListener(async (command: string) => {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  if (command === 'add-note') await callTab(tab.id, 'addNoteFromSelection', {}).catch(() => undefined);
  else if (command === 'next-term' || command === 'previous-term') {
    await callTab(tab.id, 'stepTerm', { direction: command === 'next-term' ? 1 : -1 }).catch(() => undefined);
  }
});

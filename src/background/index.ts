/**
 * The background: answers calls from content scripts and extension pages, and turns keyboard
 * commands into calls to the active tab. Every listener is registered synchronously at start,
 * because the browser may stop this worker at any moment and start it again for one event.
 */
import browser from '../shared/browser';
import { callTab, handleCalls } from '../shared/messaging';
import type { BackgroundCalls } from '../shared/protocol';
import { backgroundGuard } from './callers';
import { database } from './database';
import { exchangeHandlers } from './exchange';
import { healthHandlers } from './health';
import { libraryHandlers } from './library';
import { noteHandlers } from './notes';
import { followMenuClicks, followMenuShown } from './menu';
import { applyPdfRedirect, pdfHandlers } from './pdf-redirect';
import { followPermissionChanges, refreshForAddedSites, restoreAddedSites, siteHandlers } from './sites';
import { settingsHandlers } from './settings-calls';
import { followPolicyChanges, policyHandlers } from './policy';
import { welcomeOnInstall } from './welcome';
import { keepStartState } from './start-state';

handleCalls<BackgroundCalls>(
  {
    ...noteHandlers,
    ...libraryHandlers,
    ...exchangeHandlers,
    ...siteHandlers,
    ...settingsHandlers,
    ...policyHandlers,
    ...pdfHandlers,
    ...healthHandlers(database),
  },
  // Who may call what, and each call's schema: src/background/callers.ts and BACKGROUND_RULES in the protocol.
  backgroundGuard(browser.runtime.getURL('')),
);

// What pages need to start their lens, readable by them without waking this worker.
keepStartState();
// PDFs open in our viewer: the rule names the viewer's own address, which differs per Firefox install.
void applyPdfRedirect().catch(() => undefined);
// Added sites' content scripts: Firefox forgets dynamic scripts on restart, so register them at every start.
followPermissionChanges();
followPolicyChanges();
browser.runtime.onStartup.addListener(() => void restoreAddedSites());
void restoreAddedSites();
// Opening the database checks that the browser has not deleted it since the last start, so the options
// page can warn even when the reader opens nothing else first.
void database().catch(() => undefined);

// Persistent storage is asked for on the options page, in the reader's click: Chrome ignores
// navigator.storage.persist() from a service worker, and Firefox asks the reader, which a worker cannot.

// The "Add note" item shows on the default sites and the added ones: made at install and at each browser start.
browser.runtime.onInstalled.addListener((details) => {
  void refreshForAddedSites().catch(() => undefined);
  void welcomeOnInstall(details).catch(() => undefined);
});
browser.runtime.onStartup.addListener(() => void refreshForAddedSites().catch(() => undefined));
followMenuClicks();
followMenuShown();

async function runCommand(command: string): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  if (command === 'add-note') await callTab(tab.id, 'addNoteFromSelection', {});
  else if (command === 'next-term' || command === 'previous-term') {
    await callTab(tab.id, 'stepTerm', { direction: command === 'next-term' ? 1 : -1 });
  }
}

// A tab without our content script cannot answer; there is nothing to tell the reader then.
browser.commands.onCommand.addListener((command: string) => void runCommand(command).catch(() => undefined));

/**
 * The "Add note" item on a selection. It shows on the pages the lens runs on: the default sites from the
 * manifest and every site the reader added, so it is made afresh whenever the added sites change; and in our
 * own PDF viewer, an extension page, matched by its own address (Chrome and Firefox both match an extension's
 * own pages in documentUrlPatterns). A click is carried to the tab the same way for both: the viewer answers
 * addNoteFromSelection for its tab as a content script does (src/pdf/notes.ts).
 */
import { originPattern } from '../core/sites';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { callTab } from '../shared/messaging';
import { serialQueue } from '../shared/serial';

const MENU_ID = 'add-note';
// The pages the content script runs on, as manifest.json lists them.
const CONTENT_MATCHES = browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
/** The PDF viewer's pages, whatever document they show (its address differs per Firefox install). */
export const VIEWER_PATTERN = `${browser.runtime.getURL('pdf/viewer.html')}*`;
const inTurn = serialQueue();

/** Makes the menu item afresh for the default sites and these added origins. */
export function syncMenu(addedOrigins: readonly string[]): Promise<void> {
  return inTurn(async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: MENU_ID, title: t('contextMenuAddNote'), contexts: ['selection'],
      documentUrlPatterns: [...CONTENT_MATCHES, ...addedOrigins.map(originPattern), VIEWER_PATTERN],
    });
  });
}

/** Opens the note editor in the tab whose selection the reader chose "Add note" on. */
export function followMenuClicks(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    // A tab without our content script cannot answer; there is nothing to tell the reader then.
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void callTab(tab.id, 'addNoteFromSelection', {}).catch(() => undefined);
  });
}

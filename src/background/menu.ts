/**
 * The "Add note" item on a selection. It shows on the pages the lens runs on: the default sites from the
 * manifest and every site the reader added, so it is made afresh whenever the added sites change; and in our
 * own PDF viewer, an extension page, matched by its own address (Chrome and Firefox both match an extension's
 * own pages in documentUrlPatterns). A click is carried to the tab the same way for both: the viewer answers
 * addNoteFromSelection for its tab as a content script does (src/pdf/notes.ts).
 */
import { originPattern } from '../core/sites';
import { readViewerRequest } from '../pdf/address';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { callTab } from '../shared/messaging';
import { serialQueue } from '../shared/serial';
import { siteState } from '../storage/settings';

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

/** The site whose switches apply to a page: a web page's host, or the host of the document our viewer shows. */
export function siteOfPage(pageUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  if (!pageUrl.startsWith(VIEWER_PATTERN.slice(0, -1))) return url.protocol === 'https:' || url.protocol === 'http:' ? url.host : undefined;
  const request = readViewerRequest(url.search, url.hash);
  return request.kind === 'remote' || request.kind === 'added' ? new URL(request.url).host : undefined;
}

/** The menu events only Firefox has (menus.onShown and onHidden, with refresh); absent in Chrome. */
interface ShownEvents {
  readonly onShown?: { addListener(l: (info: { menuIds: ReadonlyArray<string | number>; pageUrl?: string }) => void): void };
  readonly onHidden?: { addListener(l: () => void): void };
  readonly refresh?: () => Promise<void>;
}

/**
 * Firefox: as the menu opens on a page of a site where the reader hid their notes, the item is taken out of it
 * (and put back once the menu closes), so "Add note" is not offered there. Chrome has no onShown: there the
 * item shows, and its click does nothing on such a site, since no notes run there to answer it.
 */
export function followMenuShown(): void {
  const menus = browser.contextMenus as unknown as ShownEvents;
  if (menus.onShown === undefined || menus.onHidden === undefined || menus.refresh === undefined) return;
  const refresh = menus.refresh.bind(menus);
  let hidden = false;
  menus.onShown.addListener((info) => {
    const host = info.menuIds.includes(MENU_ID) ? siteOfPage(info.pageUrl ?? '') : undefined;
    if (host === undefined) return;
    void siteState(host).then(async (state) => {
      if (state.notes) return;
      hidden = true;
      await browser.contextMenus.update(MENU_ID, { visible: false });
      await refresh();
    }).catch(() => undefined);
  });
  menus.onHidden.addListener(() => {
    if (!hidden) return;
    hidden = false;
    void Promise.resolve(browser.contextMenus.update(MENU_ID, { visible: true })).catch(() => undefined);
  });
}

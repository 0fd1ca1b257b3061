// Sites the reader adds, as the background handles them: open tabs follow a site removed and added again, and
// the "Add note" menu item shows on every added site.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, SENDERS, type FakeBrowser } from './fake-browser';

const state = vi.hoisted(() => ({ fake: undefined as unknown as FakeBrowser }));
vi.mock('../../../src/shared/browser', () => ({ default: new Proxy({}, { get: (_, key) => (state.fake.browser as Record<string | symbol, unknown>)[key] }) }));
vi.mock('../../../src/background/database', () => ({ database: async () => { throw new Error('no database in these tests'); } }));

const ORIGIN = 'https://example.org';
// Our PDF viewer, matched by its own address whatever document it shows.
const VIEWER = 'chrome-extension://probation-lens/pdf/viewer.html*';
const PAGE = 'https://example.org/probation-notes';

async function startBackground(): Promise<FakeBrowser> {
  state.fake = fakeBrowser();
  vi.resetModules();
  await import('../../../src/background/index');
  return state.fake;
}

/** The document patterns of the "Add note" item as last made. */
const menuPatterns = (fake: FakeBrowser): string[] => (fake.browser.contextMenus.create.mock.calls.at(-1)?.[0] as { documentUrlPatterns?: string[] } | undefined)?.documentUrlPatterns ?? [];
/** Waits until the background has done what an event started (it answers events without a promise to wait on). */
const settled = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setImmediate(r));
};

let fake: FakeBrowser;
beforeEach(async () => {
  fake = await startBackground();
  // A page of the site open in a tab, whose lens (injected when the site was first added) still answers.
  fake.tabs.push({ id: 5, url: PAGE, answer: ({ probationLens }) => (probationLens === 'pageSummary' ? { enabled: true, terms: [] } : null) });
});

describe('a site removed and added again', () => {
  it('is highlighted again in tabs already open: their lens is switched back on', async () => {
    fake.granted.add(`${ORIGIN}/*`);
    expect(await fake.call('enableAddedSite', { origin: ORIGIN }, SENDERS.popup)).toEqual({ ok: { origin: ORIGIN } });
    expect(await fake.call('removeAddedSite', { origin: ORIGIN }, SENDERS.options)).toEqual({ ok: { origin: ORIGIN } });
    expect(fake.told.filter((m) => m.name === 'siteStateChanged').map((m) => m.args).at(-1)).toEqual({ host: 'example.org', enabled: false, notes: false });
    expect(fake.granted.size).toBe(0);

    fake.granted.add(`${ORIGIN}/*`);
    expect(await fake.call('enableAddedSite', { origin: ORIGIN }, SENDERS.popup)).toEqual({ ok: { origin: ORIGIN } });
    // The tab heard: on (added), off (removed), on again (added again), and ends on.
    expect(fake.told.filter((m) => m.name === 'siteStateChanged').map((m) => [m.tabId, (m.args as { enabled: boolean }).enabled])).toEqual([[5, true], [5, false], [5, true]]);
    // Already running there: not injected a second time.
    expect(fake.injected).toEqual([]);
    expect([...fake.registered.keys()]).toEqual([`site:${ORIGIN}`]);
  });

  it('stays off in open tabs when the reader had switched highlighting off for it', async () => {
    fake.granted.add(`${ORIGIN}/*`);
    await fake.call('setSiteEnabled', { host: 'example.org', enabled: false }, SENDERS.popup);
    await fake.call('enableAddedSite', { origin: ORIGIN }, SENDERS.popup);
    // Highlighting stays off; the notes, which the reader did not hide, are shown.
    expect(fake.told.filter((m) => m.name === 'siteStateChanged').map((m) => m.args).at(-1)).toEqual({ host: 'example.org', enabled: false, notes: true });
  });

  it('starts the lens in open tabs where it never ran', async () => {
    fake.tabs.push({ id: 6, url: 'https://example.org/other' });
    fake.granted.add(`${ORIGIN}/*`);
    await fake.call('enableAddedSite', { origin: ORIGIN }, SENDERS.popup);
    expect(fake.injected).toEqual([6]);
  });
});

describe('"Add note" in the context menu', () => {
  it('shows on the default sites from install, and on a site once the reader adds it, until it is removed', async () => {
    fake.browser.runtime.onInstalled.fire({ reason: 'install' });
    await settled(() => fake.browser.contextMenus.create.mock.calls.length > 0);
    expect(menuPatterns(fake)).toEqual(['https://www.gov.uk/*', 'https://*.justice.gov.uk/*', VIEWER]);

    fake.granted.add(`${ORIGIN}/*`);
    await fake.call('enableAddedSite', { origin: ORIGIN }, SENDERS.popup);
    expect(menuPatterns(fake)).toEqual(['https://www.gov.uk/*', 'https://*.justice.gov.uk/*', `${ORIGIN}/*`, VIEWER]);
    // Made afresh each time, never twice.
    expect(fake.browser.contextMenus.removeAll).toHaveBeenCalledTimes(fake.browser.contextMenus.create.mock.calls.length);

    await fake.call('removeAddedSite', { origin: ORIGIN }, SENDERS.options);
    expect(menuPatterns(fake)).toEqual(['https://www.gov.uk/*', 'https://*.justice.gov.uk/*', VIEWER]);
  });

  it('follows a site granted or withdrawn in the browser’s own settings, and is made again at each browser start', async () => {
    fake.granted.add(`${ORIGIN}/*`);
    fake.browser.permissions.onAdded.fire({ origins: [`${ORIGIN}/*`] });
    await settled(() => fake.browser.contextMenus.create.mock.calls.length > 0);
    expect(menuPatterns(fake)).toContain(`${ORIGIN}/*`);
    fake.browser.runtime.onStartup.fire();
    const before = fake.browser.contextMenus.create.mock.calls.length;
    await settled(() => fake.browser.contextMenus.create.mock.calls.length > before);
    expect(menuPatterns(fake)).toContain(`${ORIGIN}/*`);
    fake.granted.delete(`${ORIGIN}/*`);
    fake.browser.permissions.onRemoved.fire({ origins: [`${ORIGIN}/*`] });
    await settled(() => !menuPatterns(fake).includes(`${ORIGIN}/*`));
    expect(menuPatterns(fake)).not.toContain(`${ORIGIN}/*`);
  });

  it('opens the note editor in the tab of an added site when chosen', async () => {
    fake.browser.contextMenus.onClicked.fire({ menuItemId: 'add-note', selectionText: 'MAPPA' }, { id: 5, url: PAGE });
    await settled(() => fake.told.some((m) => m.name === 'addNoteFromSelection'));
    expect(fake.told.filter((m) => m.name === 'addNoteFromSelection')).toEqual([{ tabId: 5, name: 'addNoteFromSelection', args: {} }]);
  });

  it('opens the note editor in a PDF viewer tab when chosen there: the same call to the tab', async () => {
    // The viewer answers the notes' calls for its tab as a content script does (src/pdf/notes.ts).
    fake.tabs.push({ id: 7, url: SENDERS.viewer.url, answer: () => null });
    fake.browser.contextMenus.onClicked.fire({ menuItemId: 'add-note', selectionText: 'MAPPA', pageUrl: SENDERS.viewer.url }, { id: 7, url: SENDERS.viewer.url });
    await settled(() => fake.told.some((m) => m.name === 'addNoteFromSelection'));
    expect(fake.told.filter((m) => m.name === 'addNoteFromSelection')).toEqual([{ tabId: 7, name: 'addNoteFromSelection', args: {} }]);
  });
});

describe('"Add note" where the reader hid their notes (Firefox, which tells the menu opening)', () => {
  const ASSETS = 'assets.publishing.service.gov.uk';
  const visibility = (): unknown[] => fake.browser.contextMenus.update.mock.calls.map((c: unknown[]) => (c[1] as { visible?: boolean }).visible);

  it('is taken out of the menu as it opens in the viewer of a PDF on that site, and put back once it closes', async () => {
    await fake.call('setSiteEnabled', { host: ASSETS, enabled: false }, SENDERS.popup);
    await fake.call('setSiteNotesHidden', { host: ASSETS, hidden: true }, SENDERS.popup);
    fake.browser.contextMenus.onShown.fire({ menuIds: ['add-note'], pageUrl: SENDERS.viewer.url });
    await settled(() => fake.browser.contextMenus.refresh.mock.calls.length > 0);
    expect(visibility()).toEqual([false]);
    fake.browser.contextMenus.onHidden.fire();
    expect(visibility()).toEqual([false, true]);
  });

  it('stays on a site whose notes are shown, highlighting off or on', async () => {
    await fake.call('setSiteEnabled', { host: ASSETS, enabled: false }, SENDERS.popup);
    fake.browser.contextMenus.onShown.fire({ menuIds: ['add-note'], pageUrl: SENDERS.viewer.url });
    fake.browser.contextMenus.onShown.fire({ menuIds: ['add-note'], pageUrl: 'https://www.gov.uk/guidance/x' });
    await settled(() => false);
    fake.browser.contextMenus.onHidden.fire();
    expect(visibility()).toEqual([]);
  });

  it('reads the site of a page: a web page’s host, the host of the document a viewer shows', async () => {
    const { siteOfPage } = await import('../../../src/background/menu');
    expect(siteOfPage('https://www.gov.uk/guidance/x')).toBe('www.gov.uk');
    expect(siteOfPage(SENDERS.viewer.url)).toBe(ASSETS);
    expect(siteOfPage('chrome-extension://probation-lens/pdf/viewer.html?file=https://example.org/docs/a.pdf')).toBe('example.org');
    expect(siteOfPage('chrome-extension://probation-lens/pdf/viewer.html')).toBeUndefined();
    expect(siteOfPage('chrome-extension://probation-lens/options.html')).toBeUndefined();
    expect(siteOfPage('not a url')).toBeUndefined();
  });
});

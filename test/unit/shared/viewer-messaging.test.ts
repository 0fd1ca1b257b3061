// The link between the popup or background and our PDF viewer (src/shared/messaging.ts): calls reach the
// viewer of one tab, or every viewer; only the extension's own pages and background may make them; each is checked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, SENDERS, type FakeBrowser } from '../background/fake-browser';

const state = vi.hoisted(() => ({ fake: undefined as unknown as FakeBrowser }));
vi.mock('../../../src/shared/browser', () => ({ default: new Proxy({}, { get: (_, key) => (state.fake.browser as Record<string | symbol, unknown>)[key] }) }));

const BACKGROUND = { id: 'probation-lens', url: 'chrome-extension://probation-lens/background.js' };
const envelope = (name: string, args: unknown, tab: number | null = 7) => ({ probationLensViewer: name, tab, args });

let fake: FakeBrowser;
let messaging: typeof import('../../../src/shared/messaging');
const heard: unknown[] = [];
beforeEach(async () => {
  fake = fakeBrowser();
  state.fake = fake;
  vi.resetModules();
  messaging = await import('../../../src/shared/messaging');
  heard.length = 0;
  messaging.handleViewerCalls(() => 7, {
    showTerm: (args) => { heard.push(args); return true; },
    siteStateChanged: (args) => { heard.push(args); },
  }, new AbortController().signal);
});

describe('viewer calls', () => {
  it('answers the popup and the background for its own tab, and every viewer’s calls', async () => {
    expect(await fake.send(envelope('showTerm', { term: 'PQRP' }), SENDERS.popup)).toEqual({ ok: true });
    expect(await fake.send(envelope('siteStateChanged', { host: 'assets.publishing.service.gov.uk', enabled: false, notes: true }, null), BACKGROUND)).toEqual({ ok: null });
    expect(await fake.send(envelope('showTerm', { term: 'SFO' }), SENDERS.options)).toEqual({ ok: true });
    expect(heard).toEqual([{ term: 'PQRP' }, { host: 'assets.publishing.service.gov.uk', enabled: false, notes: true }, { term: 'SFO' }]);
  });

  it('ignores another tab’s calls, content scripts, other extensions and calls it has no handler for', async () => {
    expect(await fake.send(envelope('showTerm', { term: 'SFO' }, 8), SENDERS.popup)).toBeUndefined();
    expect(await fake.send(envelope('showTerm', { term: 'SFO' }), SENDERS.content())).toBeUndefined();
    expect(await fake.send(envelope('showTerm', { term: 'SFO' }), SENDERS.otherExtension)).toBeUndefined();
    // A page inside a tab that is ours but not the popup or options (another viewer, a note frame).
    expect(await fake.send(envelope('showTerm', { term: 'SFO' }), SENDERS.viewer)).toBeUndefined();
    expect(await fake.send(envelope('pageSummary', {}), SENDERS.popup)).toBeUndefined();
    expect(await fake.send({ probationLens: 'showTerm', args: { term: 'SFO' } }, SENDERS.popup)).toBeUndefined();
    expect(heard).toEqual([]);
  });

  it('refuses arguments that break the call’s rule, naming the field, before the handler runs', async () => {
    expect(await fake.send(envelope('showTerm', { term: 'SFO', extra: 1 }), SENDERS.popup)).toMatchObject({ code: 'bad-request' });
    expect(await fake.send(envelope('siteStateChanged', { host: 'x', enabled: 'no', notes: true }), SENDERS.popup)).toMatchObject({ code: 'bad-request', error: expect.stringContaining('enabled') });
    expect(heard).toEqual([]);
  });

  it('stops answering when its signal aborts', async () => {
    const stop = new AbortController();
    messaging.handleViewerCalls(() => 9, { showTerm: () => true }, stop.signal);
    expect(await fake.send(envelope('showTerm', { term: 'SFO' }, 9), SENDERS.popup)).toEqual({ ok: true });
    stop.abort();
    expect(await fake.send(envelope('showTerm', { term: 'SFO' }, 9), SENDERS.popup)).toBeUndefined();
  });

  it('carries a tab call to the viewer when no content script answers, and leaves other calls alone', async () => {
    fake.browser.runtime.sendMessage.mockImplementation((async (message: unknown) => fake.send(message, SENDERS.popup)) as never);
    fake.tabs.push({ id: 7, url: 'chrome-extension://probation-lens/pdf/viewer.html?file=https://assets.publishing.service.gov.uk/a.pdf' });
    expect(await messaging.callTab(7, 'showTerm', { term: 'PQRP' })).toBe(true);
    expect(heard).toEqual([{ term: 'PQRP' }]);
    await expect(messaging.callTab(7, 'pageIdentity', {})).rejects.toThrow(/Receiving end does not exist/);
    fake.tabs.push({ id: 3, url: 'https://www.gov.uk/x', answer: () => false });
    expect(await messaging.callTab(3, 'showTerm', { term: 'PQRP' })).toBe(false);
    expect(heard).toHaveLength(1);
  });
});

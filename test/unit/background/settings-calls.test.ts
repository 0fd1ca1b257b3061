// The background's settings calls: two quick changes both land, and open pages hear them in order, ending on the last.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DISPLAY_SETTINGS } from '../../../src/core/display-settings';
import { fakeBrowser, SENDERS, type FakeBrowser } from './fake-browser';

const state = vi.hoisted(() => ({ fake: undefined as unknown as FakeBrowser }));
vi.mock('../../../src/shared/browser', () => ({ default: new Proxy({}, { get: (_, key) => (state.fake.browser as Record<string | symbol, unknown>)[key] }) }));
vi.mock('../../../src/background/database', () => ({ database: async () => { throw new Error('no database in these tests'); } }));

async function startBackground(): Promise<FakeBrowser> {
  state.fake = fakeBrowser();
  vi.resetModules();
  await import('../../../src/background/index');
  return state.fake;
}

let fake: FakeBrowser;
beforeEach(async () => {
  fake = await startBackground();
  fake.tabs.push({ id: 1, url: 'https://www.gov.uk/guidance/x', answer: () => null }, { id: 2, url: 'https://www.justice.gov.uk/a', answer: () => null });
});

describe('display settings calls', () => {
  it('lands a style and a colour changed in quick succession, and every page ends on both', async () => {
    const replies = await Promise.all([
      fake.call('setDisplaySettings', { highlightStyle: 'background' }, SENDERS.options),
      fake.call('setDisplaySettings', { highlightColour: '#00703c' }, SENDERS.options),
    ]);
    const both = { ...DEFAULT_DISPLAY_SETTINGS, highlightStyle: 'background', highlightColour: '#00703c' };
    expect(replies[1]).toEqual({ ok: both });
    expect(await fake.call('getDisplaySettings', {}, SENDERS.content())).toEqual({ ok: both });
    for (const tabId of [1, 2]) {
      const heard = fake.told.filter((m) => m.tabId === tabId && m.name === 'displaySettingsChanged').map((m) => m.args);
      expect(heard.at(-1)).toEqual(both);
      expect(heard).toHaveLength(2);
    }
  });

  it('refuses a colour outside the palette, naming it, and tells no page', async () => {
    expect(await fake.call('setDisplaySettings', { highlightColour: '#ff0000' }, SENDERS.options)).toMatchObject({ code: 'bad-request', field: 'highlightColour' });
    expect(fake.told).toEqual([]);
  });
});

describe('site switch calls', () => {
  it('lands two quick switches both, and tells only the pages of each host', async () => {
    await Promise.all([
      fake.call('setSiteEnabled', { host: 'www.gov.uk', enabled: false }, SENDERS.popup),
      fake.call('setSiteEnabled', { host: 'www.justice.gov.uk', enabled: false }, SENDERS.options),
    ]);
    expect(await fake.call('getSiteState', { host: 'www.gov.uk' }, SENDERS.content())).toEqual({ ok: { host: 'www.gov.uk', enabled: false, notes: true } });
    expect(await fake.call('getSiteState', { host: 'WWW.JUSTICE.GOV.UK' }, SENDERS.content())).toEqual({ ok: { host: 'www.justice.gov.uk', enabled: false, notes: true } });
    expect(fake.told.filter((m) => m.name === 'siteStateChanged')).toEqual([
      { tabId: 1, name: 'siteStateChanged', args: { host: 'www.gov.uk', enabled: false, notes: true } },
      { tabId: 2, name: 'siteStateChanged', args: { host: 'www.justice.gov.uk', enabled: false, notes: true } },
    ]);
  });

  it('keeps notes with highlighting off; hides them only when asked; on again brings both back and forgets the choice', async () => {
    const told = () => fake.told.filter((m) => m.tabId === 1 && m.name === 'siteStateChanged').map((m) => m.args);
    const host = 'www.gov.uk';
    expect(await fake.call('setSiteEnabled', { host, enabled: false }, SENDERS.popup)).toEqual({ ok: { host, enabled: false, notes: true } });
    expect(await fake.call('setSiteNotesHidden', { host, hidden: true }, SENDERS.popup)).toEqual({ ok: { host, enabled: false, notes: false } });
    expect(await fake.call('getSiteState', { host }, SENDERS.content())).toEqual({ ok: { host, enabled: false, notes: false } });
    expect(await fake.call('setSiteEnabled', { host, enabled: true }, SENDERS.popup)).toEqual({ ok: { host, enabled: true, notes: true } });
    // Off again: the notes stay, as by default.
    expect(await fake.call('setSiteEnabled', { host, enabled: false }, SENDERS.popup)).toEqual({ ok: { host, enabled: false, notes: true } });
    expect(told()).toEqual([
      { host, enabled: false, notes: true }, { host, enabled: false, notes: false }, { host, enabled: true, notes: true }, { host, enabled: false, notes: true },
    ]);
    // Only the extension's own pages may change it.
    expect(await fake.call('setSiteNotesHidden', { host, hidden: true }, SENDERS.content())).toMatchObject({ code: 'not-allowed' });
  });

  it('refuses a host that is not one', async () => {
    expect(await fake.call('getSiteState', { host: 'not a host/' }, SENDERS.content())).toMatchObject({ code: 'bad-request', field: 'host' });
  });
});

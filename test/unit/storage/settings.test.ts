// Settings in storage: each change is a read-change-write of one stored value, taking turns, so quick
// changes never overwrite one another.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DISPLAY_SETTINGS } from '../../../src/core/display-settings';
import { fakeBrowser, type FakeBrowser } from '../background/fake-browser';

const state = vi.hoisted(() => ({ fake: undefined as unknown as FakeBrowser }));
vi.mock('../../../src/shared/browser', () => ({ default: new Proxy({}, { get: (_, key) => (state.fake.browser as Record<string | symbol, unknown>)[key] }) }));

const { displaySettings, isSiteEnabled, saveDisplaySettings, setSiteEnabled, setSiteNotesHidden, siteState } = await import('../../../src/storage/settings');

beforeEach(() => { state.fake = fakeBrowser(); });

describe('display settings', () => {
  it('gives the defaults when nothing was chosen, and keeps each valid stored field', async () => {
    expect(await displaySettings()).toEqual(DEFAULT_DISPLAY_SETTINGS);
    state.fake.local.set('displaySettings', { highlightStyle: 'background', highlightColour: 'not a colour', hiddenCategories: ['role'] });
    expect(await displaySettings()).toEqual({ ...DEFAULT_DISPLAY_SETTINGS, highlightStyle: 'background', hiddenCategories: ['role'] });
  });

  it('lands two quick changes both: a style, then a colour', async () => {
    const [first, second] = await Promise.all([
      saveDisplaySettings({ highlightStyle: 'background' }),
      saveDisplaySettings({ highlightColour: '#00703c' }),
    ]);
    expect(first).toEqual({ ...DEFAULT_DISPLAY_SETTINGS, highlightStyle: 'background' });
    expect(second).toEqual({ ...DEFAULT_DISPLAY_SETTINGS, highlightStyle: 'background', highlightColour: '#00703c' });
    expect(await displaySettings()).toEqual(second);
  });

  it('refuses a bad change, naming the setting, and keeps the stored settings', async () => {
    await saveDisplaySettings({ highlightStyle: 'background' });
    await expect(saveDisplaySettings({ highlightColour: '#ff0000' })).rejects.toMatchObject({ code: 'bad-request', field: 'highlightColour' });
    await expect(saveDisplaySettings({ font: 'Comic Sans' } as never)).rejects.toMatchObject({ code: 'bad-request', field: 'font' });
    expect(await displaySettings()).toEqual({ ...DEFAULT_DISPLAY_SETTINGS, highlightStyle: 'background' });
  });

  it('goes on after a failed write: the next change still lands', async () => {
    state.fake.browser.storage.local.set.mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(saveDisplaySettings({ highlightStyle: 'background' })).rejects.toThrow('QuotaExceededError');
    expect(await saveDisplaySettings({ highlightColour: '#00703c' })).toEqual({ ...DEFAULT_DISPLAY_SETTINGS, highlightColour: '#00703c' });
  });
});

describe('sites switched off', () => {
  it('is on for every host until switched off, and on again when switched back', async () => {
    expect(await isSiteEnabled('www.gov.uk')).toBe(true);
    await setSiteEnabled('www.gov.uk', false);
    expect(await isSiteEnabled('www.gov.uk')).toBe(false);
    await setSiteEnabled('www.gov.uk', true);
    expect(await isSiteEnabled('www.gov.uk')).toBe(true);
  });

  it('lands two quick switches both', async () => {
    await Promise.all([setSiteEnabled('www.gov.uk', false), setSiteEnabled('www.justice.gov.uk', false)]);
    expect(state.fake.local.get('disabledSites')).toEqual(['www.gov.uk', 'www.justice.gov.uk']);
    await Promise.all([setSiteEnabled('www.gov.uk', true), setSiteEnabled('example.org', false)]);
    expect(state.fake.local.get('disabledSites')).toEqual(['example.org', 'www.justice.gov.uk']);
  });

  it('keeps notes shown with highlighting off unless hidden too; switching on forgets the choice; changes take turns', async () => {
    expect(await siteState('www.gov.uk')).toEqual({ host: 'www.gov.uk', enabled: true, notes: true });
    await Promise.all([setSiteEnabled('www.gov.uk', false), setSiteNotesHidden('www.gov.uk', true), setSiteEnabled('www.justice.gov.uk', false)]);
    expect(await siteState('www.gov.uk')).toEqual({ host: 'www.gov.uk', enabled: false, notes: false });
    expect(await siteState('www.justice.gov.uk')).toEqual({ host: 'www.justice.gov.uk', enabled: false, notes: true });
    await setSiteEnabled('www.gov.uk', true);
    expect(state.fake.local.get('notesHiddenSites')).toEqual([]);
    await setSiteEnabled('www.gov.uk', false);
    expect(await siteState('www.gov.uk')).toEqual({ host: 'www.gov.uk', enabled: false, notes: true });
  });
});

/**
 * How highlights look: read by every page as it starts, changed on the options page and then told to
 * every tab, so open pages repaint without a reload.
 */
import browser from '../shared/browser';
import { callTab, type Handlers } from '../shared/messaging';
import type { BackgroundCalls } from '../shared/protocol';
import { displaySettings, saveDisplaySettings } from '../storage/settings';

/** Handlers for the display settings. */
export const settingsHandlers: Pick<Handlers<BackgroundCalls>, 'getDisplaySettings' | 'setDisplaySettings'> = {
  getDisplaySettings: () => displaySettings(),
  async setDisplaySettings(args) {
    const settings = await saveDisplaySettings(args);
    const tabs = await browser.tabs.query({});
    await Promise.allSettled(tabs.filter((t) => t.id !== undefined).map((t) => callTab(t.id as number, 'displaySettingsChanged', settings)));
    return settings;
  },
};

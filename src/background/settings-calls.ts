/**
 * How highlights look: read by every page as it starts, changed on the options page and then told to
 * every tab, so open pages repaint without a reload.
 */
import type { Handlers } from '../shared/messaging';
import type { BackgroundCalls } from '../shared/protocol';
import { displaySettings, saveDisplaySettings } from '../storage/settings';
import { tellTabs } from './tabs';

/** Handlers for the display settings. */
export const settingsHandlers: Pick<Handlers<BackgroundCalls>, 'getDisplaySettings' | 'setDisplaySettings'> = {
  getDisplaySettings: () => displaySettings(),
  async setDisplaySettings(args) {
    const settings = await saveDisplaySettings(args);
    await tellTabs('displaySettingsChanged', settings);
    return settings;
  },
};

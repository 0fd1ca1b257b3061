/**
 * The reader's settings: how highlights look and the sites switched off. Read by every page as it starts,
 * changed on the popup or options page and then told to the tabs concerned, so open pages follow without a reload.
 */
import { normaliseHost } from '../core/sites';
import type { Handlers } from '../shared/messaging';
import { badRequest, type BackgroundCalls } from '../shared/protocol';
import { serialQueue } from '../shared/serial';
import { displaySettings, isSiteEnabled, saveDisplaySettings, setSiteEnabled } from '../storage/settings';
import { addressOf, tellTabs } from './tabs';

// A change and its telling take turns, so open pages hear the changes in the order they were made and end on the last.
const inTurn = serialQueue();

function hostArg(args: { host: string }): string {
  const host = normaliseHost(args.host);
  if (host === undefined) throw badRequest('host');
  return host;
}

/** Handlers for the settings. */
export const settingsHandlers: Pick<Handlers<BackgroundCalls>, 'getSiteState' | 'setSiteEnabled' | 'getDisplaySettings' | 'setDisplaySettings'> = {
  async getSiteState(args) {
    const host = hostArg(args);
    return { host, enabled: await isSiteEnabled(host) };
  },
  setSiteEnabled(args) {
    const host = hostArg(args);
    return inTurn(async () => {
      await setSiteEnabled(host, args.enabled);
      await tellTabs('siteStateChanged', { host, enabled: args.enabled }, (t) => addressOf(t.url).host === host);
      return { host, enabled: args.enabled };
    });
  },
  getDisplaySettings: () => displaySettings(),
  setDisplaySettings(args) {
    return inTurn(async () => {
      const settings = await saveDisplaySettings(args);
      await tellTabs('displaySettingsChanged', settings);
      return settings;
    });
  },
};

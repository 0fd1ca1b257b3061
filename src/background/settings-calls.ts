/**
 * The reader's settings: how highlights look and the sites switched off. Read by every page as it starts,
 * changed on the popup or options page and then told to the tabs concerned, so open pages follow without a reload.
 */
import { normaliseHost } from '../core/sites';
import type { Handlers } from '../shared/messaging';
import { badRequest, type BackgroundCalls } from '../shared/protocol';
import { serialQueue } from '../shared/serial';
import type { SiteState } from '../shared/protocol';
import { displaySettings, saveDisplaySettings, setSiteEnabled, setSiteNotesHidden, siteState } from '../storage/settings';
import { writeStartState } from './start-state';
import { addressOf, tellTabs } from './tabs';

// A change and its telling take turns, so open pages hear the changes in the order they were made and end on the last.
const inTurn = serialQueue();

function hostArg(args: { host: string }): string {
  const host = normaliseHost(args.host);
  if (host === undefined) throw badRequest('host');
  return host;
}

/**
 * After a site's switches changed: the start state is written before the answer, so a page the reader
 * loads as soon as the popup says so starts the new way; then the site's open pages are told.
 */
async function siteChanged(host: string): Promise<SiteState> {
  const state = await siteState(host);
  await writeStartState().catch(() => undefined);
  await tellTabs('siteStateChanged', state, (t) => addressOf(t.url).host === host);
  return state;
}

/** Handlers for the settings. */
export const settingsHandlers: Pick<Handlers<BackgroundCalls>, 'getSiteState' | 'setSiteEnabled' | 'setSiteNotesHidden' | 'getDisplaySettings' | 'setDisplaySettings'> = {
  getSiteState: (args) => siteState(hostArg(args)),
  setSiteEnabled(args) {
    const host = hostArg(args);
    return inTurn(async () => {
      await setSiteEnabled(host, args.enabled);
      return siteChanged(host);
    });
  },
  setSiteNotesHidden(args) {
    const host = hostArg(args);
    return inTurn(async () => {
      await setSiteNotesHidden(host, args.hidden);
      return siteChanged(host);
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

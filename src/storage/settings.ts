/**
 * User settings, kept in the extension's own storage (never the page's). Only the background imports this.
 * Every change is a read-change-write of one stored value, so changes take turns in one queue: two quick
 * changes (a style then a colour, two site switches) both land, the second on top of the first.
 */
import { displaySettingsProblems, normaliseDisplaySettings, type DisplaySettings } from '../core/display-settings';
import browser from '../shared/browser';
import { CodedError } from '../shared/protocol';
import { serialQueue } from '../shared/serial';

const inTurn = serialQueue();

const DISABLED_SITES = 'disabledSites';

/** The hosts the reader switched highlighting off for. */
export async function disabledSites(): Promise<string[]> {
  const stored = (await browser.storage.local.get(DISABLED_SITES))[DISABLED_SITES];
  return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];
}

/** Whether highlighting is on for a host: on unless the user switched it off. */
export async function isSiteEnabled(host: string): Promise<boolean> {
  return !(await disabledSites()).includes(host);
}

/** Remembers the user's choice for a host. */
export function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  return inTurn(async () => {
    const sites = new Set(await disabledSites());
    if (enabled) sites.delete(host);
    else sites.add(host);
    await browser.storage.local.set({ [DISABLED_SITES]: [...sites].sort() });
  });
}

const DISPLAY = 'displaySettings';

/** How highlights look; the defaults for anything missing or invalid in storage. */
export async function displaySettings(): Promise<DisplaySettings> {
  return normaliseDisplaySettings((await browser.storage.local.get(DISPLAY))[DISPLAY]);
}

/** Validates a change, merges it into the stored settings and returns the result; a bad change throws CodedError bad-request. */
export function saveDisplaySettings(change: Partial<DisplaySettings>): Promise<DisplaySettings> {
  const problems = displaySettingsProblems(change);
  if (problems.length > 0) return Promise.reject(new CodedError('bad-request', JSON.stringify(problems), problems[0]?.setting));
  return inTurn(async () => {
    const next = normaliseDisplaySettings({ ...(await displaySettings()), ...change });
    await browser.storage.local.set({ [DISPLAY]: next });
    return next;
  });
}

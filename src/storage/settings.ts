/**
 * User settings, kept in the extension's own storage (never the page's). Only the background imports this.
 */
import { displaySettingsProblems, normaliseDisplaySettings, type DisplaySettings } from '../core/display-settings';
import browser from '../shared/browser';
import { CodedError } from '../shared/protocol';

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
export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const sites = new Set(await disabledSites());
  if (enabled) sites.delete(host);
  else sites.add(host);
  await browser.storage.local.set({ [DISABLED_SITES]: [...sites].sort() });
}

const DISPLAY = 'displaySettings';

/** How highlights look; the defaults for anything missing or invalid in storage. */
export async function displaySettings(): Promise<DisplaySettings> {
  return normaliseDisplaySettings((await browser.storage.local.get(DISPLAY))[DISPLAY]);
}

/** Validates a change, merges it into the stored settings and returns the result; a bad change throws CodedError bad-request. */
export async function saveDisplaySettings(change: Partial<DisplaySettings>): Promise<DisplaySettings> {
  const problems = displaySettingsProblems(change);
  if (problems.length > 0) throw new CodedError('bad-request', JSON.stringify(problems));
  const next = normaliseDisplaySettings({ ...(await displaySettings()), ...change });
  await browser.storage.local.set({ [DISPLAY]: next });
  return next;
}

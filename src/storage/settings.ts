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
const HIDDEN_NOTE_SITES = 'notesHiddenSites';

async function hostList(key: string): Promise<string[]> {
  const stored = (await browser.storage.local.get(key))[key];
  return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];
}

/** The hosts the reader switched highlighting off for. */
export function disabledSites(): Promise<string[]> {
  return hostList(DISABLED_SITES);
}

/** The hosts where the reader, with highlighting off, also chose to hide their notes. */
export function notesHiddenSites(): Promise<string[]> {
  return hostList(HIDDEN_NOTE_SITES);
}

/** Whether highlighting is on for a host: on unless the user switched it off. */
export async function isSiteEnabled(host: string): Promise<boolean> {
  return !(await disabledSites()).includes(host);
}

/** What runs on a host: highlighting unless switched off; notes unless the reader also hid them there. */
export async function siteState(host: string): Promise<{ host: string; enabled: boolean; notes: boolean }> {
  const [off, hidden] = await Promise.all([disabledSites(), notesHiddenSites()]);
  const enabled = !off.includes(host);
  return { host, enabled, notes: enabled || !hidden.includes(host) };
}

const withOrWithout = (list: readonly string[], host: string, present: boolean): string[] => {
  const sites = new Set(list);
  if (present) sites.add(host);
  else sites.delete(host);
  return [...sites].sort();
};

/**
 * Remembers the user's choice for a host. Switching highlighting on brings everything back: a choice to
 * hide the notes too is forgotten, so the next time highlighting goes off the notes stay, as they do by default.
 */
export function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  return inTurn(async () => {
    const change: Record<string, string[]> = { [DISABLED_SITES]: withOrWithout(await disabledSites(), host, !enabled) };
    if (enabled) change[HIDDEN_NOTE_SITES] = withOrWithout(await notesHiddenSites(), host, false);
    await browser.storage.local.set(change);
  });
}

/** Remembers whether the reader's notes are hidden on a host while its highlighting is off. */
export function setSiteNotesHidden(host: string, hidden: boolean): Promise<void> {
  return inTurn(async () => {
    await browser.storage.local.set({ [HIDDEN_NOTE_SITES]: withOrWithout(await notesHiddenSites(), host, hidden) });
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

/**
 * What the background remembers of install events, in the extension's storage: whether the welcome page was
 * opened, and how many install events it has handled. Only the background imports this.
 */
import browser from '../shared/browser';

/** The storage.local key (tests read it to know the background has handled an install event). */
export const FIRST_RUN_KEY = 'firstRun';

/** The record: `welcomed` once the welcome page opened; `events` counts the install events handled. */
export interface FirstRunRecord {
  readonly welcomed: boolean;
  readonly events: number;
}

const isRecord = (v: unknown): v is FirstRunRecord => typeof v === 'object' && v !== null
  && typeof (v as FirstRunRecord).welcomed === 'boolean' && Number.isInteger((v as FirstRunRecord).events);

/** The stored record; undefined before the first install event was handled (or when what is stored is not one). */
export async function firstRunRecord(): Promise<FirstRunRecord | undefined> {
  const stored = (await browser.storage.local.get(FIRST_RUN_KEY))[FIRST_RUN_KEY];
  return isRecord(stored) ? stored : undefined;
}

/** Stores the record. */
export async function saveFirstRunRecord(record: FirstRunRecord): Promise<void> {
  await browser.storage.local.set({ [FIRST_RUN_KEY]: record });
}

/** The reader's own choice of case-data guard mode, in the extension's storage. Only the background imports this. */
import { isCaseDataMode, type CaseDataMode } from '../core/case-data';
import browser from '../shared/browser';

const KEY = 'caseDataGuard';

/** The reader's stored mode; undefined when they never chose one (or what is stored is not a mode). */
export async function personalGuardMode(): Promise<CaseDataMode | undefined> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return isCaseDataMode(stored) ? stored : undefined;
}

/** Remembers the reader's mode. */
export async function savePersonalGuardMode(mode: CaseDataMode): Promise<void> {
  await browser.storage.local.set({ [KEY]: mode });
}

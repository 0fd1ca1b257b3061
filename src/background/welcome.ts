/** The welcome page: opened once, after a first install (src/core/welcome.ts decides), unless the organisation said not to. */
import { shouldWelcome } from '../core/welcome';
import browser from '../shared/browser';
import { firstRunRecord, saveFirstRunRecord } from '../storage/first-run';
import { policyState } from './policy';

/**
 * Handles one install event: opens the welcome page when shouldWelcome says so, then records the event. The
 * record is written after the tab is opened, so a reader of it (the e2e harness) finds the tab already there.
 */
export async function welcomeOnInstall(details: { reason: string }): Promise<void> {
  const [record, { policy }] = await Promise.all([firstRunRecord(), policyState()]);
  const open = shouldWelcome({
    reason: details.reason,
    handledBefore: record !== undefined,
    ...(policy.welcomePage !== undefined ? { welcomePage: policy.welcomePage } : {}),
  });
  if (open) await browser.tabs.create({ url: browser.runtime.getURL('welcome.html') });
  await saveFirstRunRecord({ welcomed: open || record?.welcomed === true, events: (record?.events ?? 0) + 1 });
}

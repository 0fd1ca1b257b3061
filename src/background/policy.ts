/**
 * Managed policy: what an organisation sets for every reader by enterprise policy (Chrome and Edge's
 * managed storage, described by managed_schema.json; Firefox's 3rdparty policy). Read afresh on each
 * call, never kept in this worker's memory; a change (Chrome re-reads policy while running) reaches
 * open tabs at once, as a glossary change does.
 */
import { isCaseDataMode, type CaseDataMode } from '../core/case-data';
import { effective, NO_POLICY, parsePolicy, type PolicyState } from '../core/policy';
import browser from '../shared/browser';
import type { Handlers } from '../shared/messaging';
import { CodedError, type BackgroundCalls } from '../shared/protocol';
import { personalGuardMode, savePersonalGuardMode } from '../storage/guard-setting';
import { tellTabs } from './tabs';

/** The guard's mode when neither the organisation nor the reader chose one. */
const DEFAULT_GUARD = 'warn' as const;

/** The organisation's settings, checked; nothing set when the browser has no managed storage for us. */
export async function policyState(): Promise<PolicyState> {
  try {
    // Firefox rejects when no policy names the add-on; Chrome answers {} when no policy is set.
    return parsePolicy(await browser.storage.managed.get());
  } catch {
    return NO_POLICY;
  }
}

/** The guard's mode as it applies (the organisation's, else the reader's, else warn) and whether the organisation set it. */
export async function guard(): Promise<{ mode: CaseDataMode; locked: boolean }> {
  const [{ policy }, personal] = await Promise.all([policyState(), personalGuardMode()]);
  const { value, locked } = effective(policy.caseDataGuard, personal, DEFAULT_GUARD);
  return { mode: value, locked };
}

/** Repaints open tabs when the organisation's policy changes while the browser runs. */
export function followPolicyChanges(): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void tellTabs('glossaryChanged', {});
  });
}

/** Handlers for the managed policy and the guard setting it can lock. */
export const policyHandlers: Pick<Handlers<BackgroundCalls>, 'managedPolicy' | 'teamGlossary' | 'caseDataGuard' | 'setCaseDataGuard'> = {
  managedPolicy: () => policyState(),
  async teamGlossary() {
    return [...((await policyState()).policy.teamGlossary ?? [])];
  },
  caseDataGuard: () => guard(),
  async setCaseDataGuard(args) {
    if (!isCaseDataMode(args.mode)) throw new CodedError('bad-request', 'mode');
    if ((await policyState()).policy.caseDataGuard !== undefined) throw new CodedError('set-by-organisation', 'caseDataGuard');
    await savePersonalGuardMode(args.mode);
    return guard();
  },
};

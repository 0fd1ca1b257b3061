/** When the welcome page opens: a pure decision, so every case is tested without a browser. */

/** What the browser says about an install event, what the extension remembers, and what the organisation set. */
export interface InstallFacts {
  /** runtime.onInstalled's reason: 'install', 'update', 'browser_update' (Chrome), 'shared_module_update'. */
  readonly reason: string;
  /** Whether an earlier install event was already handled in this profile (src/storage/first-run.ts). */
  readonly handledBefore: boolean;
  /** The managed policy's welcomePage, when the organisation set it. */
  readonly welcomePage?: boolean;
}

/**
 * Whether to open the welcome page: on a first install only, never on an update, and not when the
 * organisation switched it off. A developer or tester loading the unpacked build is a first-time reader too,
 * so it opens for them as well; but Chromium reports an unpacked copy loaded from the command line as
 * installed afresh at every start of the same profile (and Firefox a temporary add-on at every load), so
 * an install after one already handled in this profile is a restart, not a first install.
 */
export function shouldWelcome(facts: InstallFacts): boolean {
  return facts.reason === 'install' && !facts.handledBefore && facts.welcomePage !== false;
}

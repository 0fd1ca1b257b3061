/** When the welcome page opens: a pure decision, so every case is tested without a browser. */

/** What the browser says about an install, and what the organisation set. */
export interface InstallFacts {
  /** runtime.onInstalled's reason: 'install', 'update', 'browser_update' (Chrome), 'shared_module_update'. */
  readonly reason: string;
  /** Firefox: loaded with about:debugging or web-ext (a developer, or a test run). */
  readonly temporary?: boolean;
  /** management.getSelf's installType: 'development' for an unpacked extension. */
  readonly installType?: string;
  /** The managed policy's welcomePage, when the organisation set it. */
  readonly welcomePage?: boolean;
}

/**
 * Whether to open the welcome page: on a first install only (never on an update), unless the
 * organisation switched it off, and not for a development copy (unpacked or temporary: a developer or a
 * test run, which `npm start` shows the page to itself).
 */
export function shouldWelcome(facts: InstallFacts): boolean {
  if (facts.reason !== 'install' || facts.welcomePage === false) return false;
  return facts.temporary !== true && facts.installType !== 'development';
}

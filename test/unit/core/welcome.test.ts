import { describe, expect, it } from 'vitest';
import { shouldWelcome } from '../../../src/core/welcome';

describe('shouldWelcome', () => {
  it('opens on a first install, from a store, by policy or unpacked by a developer', () => {
    expect(shouldWelcome({ reason: 'install', handledBefore: false })).toBe(true);
    expect(shouldWelcome({ reason: 'install', handledBefore: false, welcomePage: true })).toBe(true);
  });

  it('never on an update, a browser update or a shared-module update', () => {
    for (const reason of ['update', 'browser_update', 'chrome_update', 'shared_module_update']) {
      expect(shouldWelcome({ reason, handledBefore: false })).toBe(false);
    }
  });

  it('not again when this profile already handled an install (an unpacked copy restarted, a temporary add-on loaded again)', () => {
    expect(shouldWelcome({ reason: 'install', handledBefore: true })).toBe(false);
  });

  it('not when the organisation set welcomePage to false', () => {
    expect(shouldWelcome({ reason: 'install', handledBefore: false, welcomePage: false })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { shouldWelcome } from '../../../src/core/welcome';

describe('shouldWelcome', () => {
  it('opens on a first install from a store or by policy', () => {
    expect(shouldWelcome({ reason: 'install', installType: 'normal' })).toBe(true);
    expect(shouldWelcome({ reason: 'install', installType: 'admin' })).toBe(true);
    expect(shouldWelcome({ reason: 'install', installType: 'admin', welcomePage: true })).toBe(true);
  });

  it('never on an update, a browser update or a shared-module update', () => {
    for (const reason of ['update', 'browser_update', 'chrome_update', 'shared_module_update']) {
      expect(shouldWelcome({ reason, installType: 'normal' })).toBe(false);
    }
  });

  it('not when the organisation set welcomePage to false', () => {
    expect(shouldWelcome({ reason: 'install', installType: 'admin', welcomePage: false })).toBe(false);
  });

  it('not for a development copy: unpacked, or a temporary add-on', () => {
    expect(shouldWelcome({ reason: 'install', installType: 'development' })).toBe(false);
    expect(shouldWelcome({ reason: 'install', temporary: true })).toBe(false);
  });
});

// Real managed-policy files for the policy tests, addressed so that no other browser on the machine is touched.
// - Chromium reads /etc/chromium/policies/managed/*.json, which every Chromium started while the file exists
//   reads too: the file addresses its settings (3rdparty) only to a test build of the extension whose key gives it
//   an id of its own, so other runs never see them, and it lives only while the suite runs (removed in after(),
//   and on exit even when the run fails).
// - Firefox reads one policies.json (on Debian /usr/lib/firefox-esr/distribution, or /etc/firefox/policies): the
//   tests point their own Firefox at a policies.json in a temporary folder instead (browser.policies.alternatePath,
//   honoured under automation), so no other Firefox ever reads it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The public half of a key used only by these tests (its private half was never kept). */
const TEST_CHROME_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjoBNyYFyOGrT4FmT3mxUGONZ0UWLZKNqw7kaM9cppHd5nFGjkk8G13Kl9CtbEOzh0OnIG382+8xXIyWgmFDwGJ7xNMd2cYNoAkVs+UKPLryEebysymavrYJ/LVegMslEQ4ySN+eSw0Jb0uVKXw1OVxVUzco2KGiXts4emEbEMeQBCxzPdxCjYjPHEzrAJWGcvVdpMaqpPkOJDvLFbeqJdXjv8fT4exPSNlhBzc66tGHuswhzZTi2w+Mu098zGV8y70pcXm5yrO7bJbYq+PO27beqgGkXesXoFWapvtjPagTeLbgaVQnMtLM8tciqFICyqWD4IZhIy4rwp9XMaysR5wIDAQAB';
/** The Chromium extension id TEST_CHROME_KEY gives. */
export const TEST_CHROME_ID = 'kdmmfabddibcifbfmhoibcodjedkolio';
/** Where Debian's Chromium reads mandatory policy on Linux. */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
/** The add-on id of the Firefox build (scripts/manifests.mjs). */
export const GECKO_ID = 'probation-lens@probation-lens.org.uk';

const removeOnExit = new Set();
process.on('exit', () => {
  for (const path of removeOnExit) rmSync(path, { force: true, recursive: true });
});

/** A policy file for Chromium: write(settings) (re)writes it, remove() deletes it; `extension` is the test build to load. */
export function chromiumPolicy() {
  const dir = mkdtempSync(join(tmpdir(), 'probation-lens-policy-chromium-'));
  removeOnExit.add(dir);
  const extension = join(dir, 'extension');
  cpSync(resolve('dist/chrome'), extension, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
  writeFileSync(join(extension, 'manifest.json'), JSON.stringify({ ...manifest, key: TEST_CHROME_KEY }, null, 2));
  const file = join(CHROMIUM_POLICY_DIR, `probation-lens-e2e-${process.pid}.json`);
  return {
    extension,
    file,
    write(settings) {
      mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
      removeOnExit.add(file);
      writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [TEST_CHROME_ID]: settings } } }, null, 2));
    },
    remove() {
      rmSync(file, { force: true });
      rmSync(dir, { force: true, recursive: true });
      removeOnExit.delete(file);
      removeOnExit.delete(dir);
    },
  };
}

/** A policies.json for one Firefox: `prefs` and `env` point the browser at it. */
export function firefoxPolicy() {
  const dir = mkdtempSync(join(tmpdir(), 'probation-lens-policy-firefox-'));
  removeOnExit.add(dir);
  const file = join(dir, 'policies.json');
  return {
    file,
    prefs: {
      'browser.policies.alternatePath': file,
      // Firefox honours alternatePath only under automation.
      'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true,
    },
    env: { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    write(settings) {
      writeFileSync(file, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: settings } } } }, null, 2));
    },
    remove() {
      rmSync(dir, { force: true, recursive: true });
      removeOnExit.delete(dir);
    },
  };
}

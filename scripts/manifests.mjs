// The Chrome and Firefox manifests, both derived from the one source manifest.json.
import { readFileSync } from 'node:fs';

const GECKO_ID = 'probation-lens@probation-lens.org.uk';
// The CSS Custom Highlight API arrived in Firefox 140.
const FIREFOX_MIN = '140.0';
// Firefox for Android reads data_collection_permissions from 142 on (desktop from 140): older Android
// versions would install the add-on without showing its data-collection statement (addons-linter:
// KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION).
const FIREFOX_ANDROID_MIN = '142.0';

/** The manifests build.mjs writes: Chrome's service worker, Firefox's background scripts and gecko settings. */
export function manifests(root = '.') {
  const source = JSON.parse(readFileSync(`${root}/manifest.json`, 'utf8'));
  const version = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')).version;
  const chrome = { ...source, version };
  const firefox = {
    ...source,
    version,
    background: { scripts: ['background.js'] },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN, data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN },
    },
  };
  return { chrome, firefox };
}

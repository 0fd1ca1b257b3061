// The Chrome and Firefox manifests, both derived from the one source manifest.json.
import { readFileSync } from 'node:fs';

const GECKO_ID = 'probation-lens@probation-lens.org.uk';
// The CSS Custom Highlight API arrived in Firefox 140.
const FIREFOX_MIN = '140.0';

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
    },
  };
  return { chrome, firefox };
}

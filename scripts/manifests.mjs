// The Chrome and Firefox manifests, both derived from the one source manifest.json.
import { readFileSync } from 'node:fs';

const GECKO_ID = 'probation-lens@probation-lens.org.uk';
// The CSS Custom Highlight API arrived in Firefox 140.
const FIREFOX_MIN = '140.0';
// Firefox for Android reads data_collection_permissions from 142 on (desktop from 140): older Android
// versions would install the add-on without showing its data-collection statement (addons-linter:
// KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION).
const FIREFOX_ANDROID_MIN = '142.0';

/**
 * The colours of Firefox's toolbar icons, for our one-colour toolbar icon (scripts/render-icons.mjs): `dark` is
 * the icon for light themes, `light` the icon for dark themes, as in theme_icons.
 */
export const TOOLBAR_COLOURS = { dark: '#15141a', light: '#fbfbfe' };

/** Firefox's theme_icons: the one-colour toolbar icon, dark on light themes and light on dark ones. */
const THEME_ICONS = [16, 32].map((size) => ({
  size, dark: `icons/toolbar-dark-${size}.png`, light: `icons/toolbar-light-${size}.png`,
}));

/** The manifests build.mjs writes: Chrome's service worker; Firefox's background scripts, gecko settings and theme icons. */
export function manifests(root = '.') {
  const source = JSON.parse(readFileSync(`${root}/manifest.json`, 'utf8'));
  const version = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')).version;
  const chrome = { ...source, version };
  const firefox = {
    ...source,
    version,
    background: { scripts: ['background.js'] },
    // Firefox's extension origin is already a random id per install; it has no use_dynamic_url.
    web_accessible_resources: source.web_accessible_resources.map(({ use_dynamic_url: _, ...rest }) => rest),
    // Chrome and Edge have no manifest key for this (they warn on theme_icons): see README, Packaging.
    action: { ...source.action, theme_icons: THEME_ICONS },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN, data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN },
    },
  };
  return { chrome, firefox };
}

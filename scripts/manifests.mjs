// The Chrome and Firefox manifests, both derived from the one source manifest.json.
import { readFileSync } from 'node:fs';

const GECKO_ID = 'probation-lens@probation-lens.org.uk';
/**
 * The public half of the key that fixes the Chrome and Edge extension id (fleomcoinhfpblaiinoadckohbdkikja) for
 * unpacked and self-hosted builds, so an administrator's policy can name it. Only the public key is here.
 */
export const CHROME_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA7m/gYhUVuwjD3MT35z3cKHXmy2zIImJiYtCKNrZS16FmNAiy3tv+ERxtPhA3KviogE/u/BiznGQkGNI2o1PDfP1C9m8sA0cEXoaIn84Y34fyGnSqdSdhnJeX2xnLRWmsKyjA/zUrIXpCHEIeeJ7dkkpZnIrVrI8LxUbrO4itHF8cEX/p4wNqrkN6PwmxviRR/AytPcuNWKj73gScI3oiOdOhzzJexa/zef2u5Vq4GJROhIeHJlztjgK1COYJUbvyjod7RonRVcmNvRR6XZ3UFms4jwe1YWlYrweNH+wMpgbLuumhYa8+3VzZOjeT77Di0KzGl65iVoPL+UF8nFjNxwIDAQAB';
/** Where Chrome and Edge find the description of the settings an organisation can manage (storage.managed). */
export const MANAGED_SCHEMA = 'managed_schema.json';
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
  // Firefox reads managed settings from its 3rdparty policy and has no managed_schema key (addons-linter warns).
  const chrome = { ...source, version, key: CHROME_KEY, storage: { managed_schema: MANAGED_SCHEMA } };
  const firefox = {
    ...source,
    version,
    background: { scripts: ['background.js'] },
    // Firefox's extension origin is already a random id per install; it has no use_dynamic_url.
    web_accessible_resources: source.web_accessible_resources.map((entry) => { const rest = { ...entry }; delete rest.use_dynamic_url; return rest; }),
    // Chrome and Edge have no manifest key for this (they warn on theme_icons): see README, Packaging.
    action: { ...source.action, theme_icons: THEME_ICONS },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN, data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN },
    },
  };
  return { chrome, firefox };
}

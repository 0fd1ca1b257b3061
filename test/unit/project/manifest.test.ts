/**
 * The shipped manifests ask only for what the README documents: a test compares them with an
 * allow-list, so a new permission is a deliberate, reviewed change.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import { manifests } from '../../../scripts/manifests.mjs';

const DEFAULT_SITES = ['https://www.gov.uk/*', 'https://*.justice.gov.uk/*', 'https://*.justiceinspectorates.gov.uk/*'];
const ALLOWED = {
  // activeTab: the popup reads the address of the tab it was opened on; scripting: added sites' scripts.
  // declarativeNetRequestWithHostAccess: the redirect of PDF addresses to our viewer, on hosts we hold only.
  permissions: ['activeTab', 'contextMenus', 'declarativeNetRequestWithHostAccess', 'scripting', 'storage', 'unlimitedStorage'],
  optional_permissions: [],
  // Any https site, but only the one the reader chooses, when they choose it (see README).
  optional_host_permissions: ['https://*/*'],
};

// GOV.UK's attachments host: its PDFs open in our viewer, which may fetch them (README, Permissions).
const PDF_HOST = 'https://assets.publishing.service.gov.uk/*';

type Manifest = Record<string, unknown> & {
  permissions?: string[]; host_permissions?: string[]; optional_permissions?: string[]; optional_host_permissions?: string[];
  content_scripts: { matches: string[]; js: string[] }[]; content_security_policy: { extension_pages: string };
  background: Record<string, unknown>;
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  browser_specific_settings?: { gecko: { id: string; strict_min_version: string }; gecko_android?: { strict_min_version: string } };
};

const { chrome, firefox } = manifests() as { chrome: Manifest; firefox: Manifest };

describe.each([['Chrome', chrome], ['Firefox', firefox]])('the %s manifest', (_, m) => {
  it('is Manifest V3 and asks only for the documented permissions', () => {
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions ?? [])].sort()).toEqual(ALLOWED.permissions);
    expect([...(m.optional_permissions ?? [])].sort()).toEqual(ALLOWED.optional_permissions);
    expect([...(m.optional_host_permissions ?? [])].sort()).toEqual(ALLOWED.optional_host_permissions);
    expect(m.host_permissions).toEqual([...DEFAULT_SITES, PDF_HOST]);
    // Nothing required reaches every site; the one wide pattern is optional, asked for one site at a time.
    // Two pages are web-accessible, and that grants no site access: the PDF viewer (a link to a PDF may be
    // anywhere) and the note frame, which the content script puts inside its UI on the pages it runs on.
    const { optional_host_permissions: _optional, web_accessible_resources: accessible, ...required } = m;
    expect(JSON.stringify(required)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/\*/);
    expect(JSON.stringify({ ...m, web_accessible_resources: [] })).not.toMatch(/<all_urls>|\*:\/\/\*\/\*/);
    expect((accessible ?? []).map(({ resources, matches }) => ({ resources, matches }))).toEqual([
      { resources: ['pdf/viewer.html'], matches: ['<all_urls>'] }, { resources: ['note-frame.html'], matches: ['https://*/*'] },
    ]);
  });

  it('runs the content script on the default sites only', () => {
    expect(m.content_scripts.flatMap((c) => c.matches)).toEqual(DEFAULT_SITES);
  });

  it('loads no remote code, and lets its pages connect to https hosts only (each page narrows that further)', () => {
    const csp = m.content_security_policy.extension_pages;
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
    // wasm-unsafe-eval lets pdf.js compile its bundled WebAssembly decoders; it allows no eval of JavaScript.
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    // A site the reader adds later must be reachable by the PDF viewer, and the manifest cannot change at run
    // time; the viewer narrows its page to its document's origin, every other page to 'self' (chrome-package.test.ts).
    expect(directives.get('connect-src')).toEqual(["'self'", 'https:']);
    expect(csp).not.toMatch(/(?<!wasm-)unsafe-eval|unsafe-inline|http:|\bdata:|\bblob:/);
  });
});

describe('the browser-specific parts', () => {
  it('gives Chrome a service worker and Firefox background scripts, a gecko id and a minimum version with the Highlight API', () => {
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings?.gecko.id).toMatch(/@/);
    expect(Number.parseFloat(firefox.browser_specific_settings?.gecko.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
    // Firefox for Android shows the data-collection statement (data_collection_permissions) from 142 on.
    expect(Number.parseFloat(firefox.browser_specific_settings?.gecko_android?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(142);
  });
});

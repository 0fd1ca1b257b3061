/**
 * The Chrome Web Store and Edge Add-ons package, checked the way their reviews and Chrome's loader would:
 * a fresh build's dist/chrome and its zip. Mozilla's package has addons-linter (firefox-package.test.ts);
 * Chrome has no offline validator, so this is ours.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBuild, removeBuild, version } from './fresh-build';
import { filesUnder, pngSize, readZip, referencedFiles } from './package-files';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Manifest = Record<string, Json> & {
  manifest_version: number; version: string; default_locale: string; background: { service_worker: string };
  content_security_policy: { extension_pages: string }; icons: Record<string, string>;
  action: { default_icon: Record<string, string>; default_popup: string };
};

// The top-level keys Chrome documents for Manifest V3 (developer.chrome.com, "Manifest file format"); any
// other key is an "Unrecognized manifest key" warning on chrome://extensions, e.g. Firefox's own keys.
const CHROME_KEYS = new Set([
  'manifest_version', 'name', 'version', 'description', 'icons', 'action', 'author', 'background', 'chrome_settings_overrides',
  'chrome_url_overrides', 'commands', 'content_scripts', 'content_security_policy', 'cross_origin_embedder_policy',
  'cross_origin_opener_policy', 'declarative_net_request', 'default_locale', 'devtools_page', 'export', 'externally_connectable',
  'homepage_url', 'host_permissions', 'import', 'incognito', 'key', 'minimum_chrome_version', 'oauth2', 'omnibox',
  'optional_host_permissions', 'optional_permissions', 'options_page', 'options_ui', 'permissions', 'requirements',
  'sandbox', 'short_name', 'side_panel', 'storage', 'tts_engine', 'update_url', 'version_name', 'web_accessible_resources',
]);

/** The Chrome extension id a manifest `key` (base64 DER public key) gives. */
const chromeId = (key: string): string => createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32)
  .replace(/[0-9a-f]/g, (h) => String.fromCharCode(97 + parseInt(h, 16)));

let out: string;
let dir: string;
let manifest: Manifest;
beforeAll(() => {
  out = freshBuild();
  dir = `${out}/chrome`;
  manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as Manifest;
}, 60_000);
afterAll(() => removeBuild(out));

const bundles = () => filesUnder(dir).filter((f) => /\.m?js$/.test(f)).map((f) => ({ f, text: readFileSync(`${dir}/${f}`, 'utf8') }));
const pages = () => filesUnder(dir).filter((f) => f.endsWith('.html')).map((f) => ({ f, text: readFileSync(`${dir}/${f}`, 'utf8') }));

describe('the Chrome package', () => {
  it('is Manifest V3 with a service worker for background, and only keys Chrome knows', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(Object.keys(manifest.background)).toEqual(['service_worker']);
    expect(existsSync(`${dir}/${manifest.background.service_worker}`)).toBe(true);
    expect(Object.keys(manifest).filter((k) => !CHROME_KEYS.has(k))).toEqual([]);
    expect(Object.keys(manifest.action).filter((k) => !['default_icon', 'default_title', 'default_popup'].includes(k))).toEqual([]);
    // Chrome's version: one to four dot-separated integers, each 0 to 65535, and the one package.json gives.
    expect(manifest.version).toBe(version);
    expect(manifest.version).toMatch(/^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/);
  });

  it('has every file the manifest names, and every file the pages load', () => {
    const named = referencedFiles(manifest);
    expect(named).toEqual(expect.arrayContaining(['background.js', 'content.js', 'content.css', 'popup.html', 'options.html', 'icons/icon-128.png']));
    // Relative to the page's own folder (the PDF viewer lives in pdf/); a link to a place in the same page
    // ("#main-content", in the demo page) names no file.
    const fromPages = pages().flatMap(({ f, text }) => [...text.matchAll(/\b(?:src|href)="([^"#][^"]*)"/g)]
      .map((m) => posix.normalize(posix.join(posix.dirname(f), m[1] ?? ''))));
    expect(fromPages.length).toBeGreaterThan(0);
    const missing = [...named, ...fromPages].filter((f) => !existsSync(`${dir}/${f}`));
    expect(missing).toEqual([]);
    // And no image that nothing uses (Firefox's one-colour toolbar icons stay out of this package).
    expect(filesUnder(dir).filter((f) => f.endsWith('.png') && !named.includes(f))).toEqual([]);
  });

  it('has every __MSG_…__ of the manifest in the default locale, and a name and description the stores accept', () => {
    const messages = JSON.parse(readFileSync(`${dir}/_locales/${manifest.default_locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
    const keys = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !messages[k]?.message)).toEqual([]);
    // Chrome refuses a name over 75 characters; the Web Store a description over 132.
    expect(messages.extName?.message.length).toBeLessThanOrEqual(75);
    expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it('has PNG icons of the sizes their keys say: 16, 32, 48 and 128', () => {
    expect(Object.keys(manifest.icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '128']);
    const icons = [...Object.entries(manifest.icons), ...Object.entries(manifest.action.default_icon)];
    expect(icons.filter(([size, file]) => {
      const { width, height } = pngSize(`${dir}/${file}`);
      return width !== Number(size) || height !== Number(size);
    })).toEqual([]);
  });

  it('loads no remote code: pages load only their own scripts, bundles never evaluate strings', () => {
    const scripts = pages().flatMap(({ f, text }) => [...text.matchAll(/<script\b[^>]*>/g)]
      .map((m) => ({ f, tag: m[0], src: /\bsrc="([^"]*)"/.exec(m[0])?.[1] })));
    expect(scripts.length).toBeGreaterThan(0);
    // Inline code (no src) and anything with a scheme or a protocol-relative address are out.
    expect(scripts.filter(({ src }) => src === undefined || /:|^\/\//.test(src)).map(({ f, tag }) => `${f}: ${tag}`)).toEqual([]);
    const rules: [RegExp, string][] = [
      [/\beval\s*\(/, 'eval'],
      [/\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/, 'new Function'],
      [/\bset(?:Timeout|Interval)\s*\(\s*["'`]/, 'a timer given a string'],
      [/\bimportScripts\s*\(|\bimport\s*\(\s*["'`]https?:/, 'loading a script'],
      [/\.(?:innerHTML|outerHTML)\s*=(?!=)|insertAdjacentHTML|document\.write/, 'HTML from a string'],
    ];
    const found = bundles().flatMap(({ f, text }) => rules.filter(([re]) => re.test(text)).map(([, what]) => `${f}: ${what}`));
    expect(found).toEqual([]);
    const css = filesUnder(dir).filter((f) => f.endsWith('.css'));
    expect(css.filter((f) => /@import|url\(\s*["']?(?:https?:)?\/\//.test(readFileSync(`${dir}/${f}`, 'utf8')))).toEqual([]);
  });

  it('has a content security policy without unsafe-eval, inline code or remote sources', () => {
    const csp = manifest.content_security_policy.extension_pages;
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name = '', ...values]) => [name, values]));
    // WebAssembly for pdf.js's decoders, never eval. Connections to any https host, for the PDF viewer alone: every
    // page narrows that in its own policy (the next test), the viewer to the one document's origin.
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", 'https:']);
    expect(csp).not.toMatch(/(?<!wasm-)unsafe-eval|unsafe-inline|http:|\bdata:|\bblob:/);
  });

  it('has every page narrow its connections back: its own files only, the PDF viewer its document’s origin', () => {
    const own = `<meta http-equiv="Content-Security-Policy" content="connect-src 'self'">`;
    const list = pages();
    expect(list.map(({ f }) => f).sort()).toEqual(['demo.html', 'note-frame.html', 'options.html', 'pdf/viewer.html', 'popup.html', 'welcome.html']);
    // In the head, before anything the page loads (a meta policy applies from where it is parsed).
    const narrowed = ({ text }: { text: string }) => {
      const head = text.split(/<\/head>/i)[0] ?? '';
      const loads = head.search(/<(?:script|link)\b/i);
      return head.includes(own) && (loads === -1 || head.indexOf(own) < loads);
    };
    expect(list.filter((p) => p.f !== 'pdf/viewer.html' && !narrowed(p)).map(({ f }) => f)).toEqual([]);
    // The viewer has none in its HTML: a second policy can only narrow, so it adds its own, for its document's
    // origin, before it fetches (src/pdf/document-access.ts; the end-to-end tests show the browsers enforce it).
    const viewer = list.find(({ f }) => f === 'pdf/viewer.html')?.text ?? '';
    expect(viewer).not.toMatch(/Content-Security-Policy/i);
    expect(readFileSync(`${dir}/pdf/viewer.mjs`, 'utf8')).toContain('Content-Security-Policy');
  });

  it('has a background that makes no network request of its own', () => {
    const background = readFileSync(`${dir}/${manifest.background.service_worker}`, 'utf8');
    expect(background.length).toBeGreaterThan(1000);
    expect(background.match(/\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon/g) ?? []).toEqual([]);
  });

  it('has the public key that gives the extension id the README documents for administrators', () => {
    // Chrome's id: SHA-256 of the DER public key, its first 32 hex digits written with a-p for 0-f.
    expect(typeof manifest.key).toBe('string');
    const id = chromeId(manifest.key as string);
    expect(id).toBe('fleomcoinhfpblaiinoadckohbdkikja');
    const admin = readFileSync('README.md', 'utf8').split('## For administrators')[1]?.split('\n## ')[0] ?? '';
    expect(admin).toContain(`| Chrome and Edge | \`${id}\``);
    // No private key in the package (nor in the repository: the public key alone fixes the id).
    expect(filesUnder(dir).filter((f) => f.endsWith('.pem') || /PRIVATE KEY/.test(readFileSync(`${dir}/${f}`, 'latin1')))).toEqual([]);
  });

  it('ships a zip for the stores holding exactly dist/chrome, byte for byte, but the manifest without its key', () => {
    const zip = readZip(`${out}/probation-lens-chrome-${version}.zip`);
    expect([...zip.keys()].sort()).toEqual(filesUnder(dir));
    const differ = [...zip].filter(([name, data]) => !data.equals(readFileSync(`${dir}/${name}`))).map(([name]) => name);
    expect(differ).toEqual(['manifest.json']);
    // The Chrome Web Store and Edge Add-ons refuse an uploaded manifest with a `key`; all else is the same.
    const listed = JSON.parse(zip.get('manifest.json')?.toString('utf8') ?? '{}') as Record<string, unknown>;
    expect(listed).not.toHaveProperty('key');
    const { key, ...rest } = manifest;
    expect(typeof key).toBe('string');
    expect(listed).toEqual(rest);
  });
});

/** Project rules that a reviewer should not have to remember: who may import whom, and what src never does. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const SOURCES = files('src').map((path) => ({ path: relative('src', path), text: readFileSync(path, 'utf8') }));
const importsOf = (text: string) => [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');

describe('module boundaries', () => {
  it.each([
    ['content', /\/(storage|background|popup|options)\//, 'the content script asks the background for data; it never opens storage'],
    ['core', /\/(content|storage|background|popup|options|shared\/(browser|messaging))|webextension-polyfill|^idb$/, 'the core is pure: no browser, no storage'],
    ['popup', /\/(content|storage|background)\//, 'extension pages reach data through the background'],
    ['options', /\/(content|storage|background)\//, 'extension pages reach data through the background'],
    // The PDF viewer runs the page lens on its text layers, so it may import content; data still comes by message.
    ['pdf', /\/(storage|background|popup|options)\//, 'extension pages reach data through the background'],
    ['ui', /\/(content|storage|background|popup|options)\//, 'pieces both extension pages use depend on neither page, and reach data through the background'],
    ['shared', /\/(core|content|storage|background|popup|options|ui)\//, 'shared is the bottom layer every part stands on: it imports nothing from the core or any part'],
    ['storage', /\/(content|background|popup|options|ui)\/|shared\/(messaging|i18n)/, 'storage is the extension origin\'s data behind domain calls: it answers the background, never words anything'],
  ])('%s imports nothing it must not', (folder, forbidden, why) => {
    const offending = SOURCES.filter((f) => f.path.startsWith(`${folder}/`))
      .flatMap((f) => importsOf(f.text).filter((i) => forbidden.test(i)).map((i) => `${f.path}: ${i}`));
    expect(offending, why).toEqual([]);
  });

  it('the rule above can fail: a forbidden import is found', () => {
    expect(importsOf("import type { Note } from '../core/backup';\nimport browser from './browser';").filter((i) => /\/(core|content)\//.test(i))).toEqual(['../core/backup']);
  });

  it('imports webextension-polyfill in one module only', () => {
    expect(SOURCES.filter((f) => importsOf(f.text).includes('webextension-polyfill')).map((f) => f.path)).toEqual(['shared/browser.ts']);
  });

  it('never builds HTML from strings, opens the page’s IndexedDB, or makes network requests', () => {
    const rules: [RegExp, string][] = [
      [/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/, 'HTML from strings'],
      [/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/, 'network'],
    ];
    const found = SOURCES.flatMap((f) => rules.filter(([re]) => re.test(f.text)).map(([, what]) => `${f.path}: ${what}`));
    // The one exception: the PDF viewer reads the start of the document the reader opened, from its own
    // address, to word a failure (an error page at a .pdf address); its connect-src allows nothing else.
    expect(found).toEqual(['pdf/document-request.ts: network']);
    expect(SOURCES.filter((f) => f.path.startsWith('content/') && /\bindexedDB\b|from 'idb'/.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('no unit test times anything: speed is measured by npm run bench, beside a peer', () => {
    const timer = new RegExp(['performance', 'now\\('].join('\\.'));
    expect(timer.test(['const t = performance', 'now();'].join('.'))).toBe(true);
    const timed = files('test/unit').filter((path) => timer.test(readFileSync(path, 'utf8'))).map((path) => relative('test/unit', path));
    expect(timed).toEqual([]);
  });
});

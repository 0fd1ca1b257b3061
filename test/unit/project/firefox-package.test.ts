/**
 * Mozilla's own validator, addons-linter (what addons.mozilla.org runs on an upload), on a fresh build of
 * the Firefox package: the folder and the zip we would upload. Not one error or notice is accepted, no warning
 * but the three named below that come from pdf.js itself, and no rule is switched off.
 */
import { existsSync, readFileSync } from 'node:fs';
import linter, { type LinterResult } from 'addons-linter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBuild, removeBuild, version } from './fresh-build';
import { referencedFiles } from './package-files';

let out: string;
beforeAll(() => { out = freshBuild(); }, 60_000);
afterAll(() => removeBuild(out));

async function lint(path: string): Promise<LinterResult> {
  const instance = linter.createInstance({
    config: {
      _: [path], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false,
      output: 'none', boring: true, selfHosted: false,
    },
    runAsBinary: false,
  });
  return instance.run();
}

const described = (r: LinterResult) => [...r.errors, ...r.warnings, ...r.notices]
  .map((m) => `${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`);

/**
 * The warnings that come from pdf.js itself, accepted by name and file (README, Packaging): each is an
 * import() of an address pdf.js computes, and each can only load our own bundled files, as the pages'
 * script-src is 'self'. The viewer's fallback "fake worker" imports pdf-worker.mjs; pdf.js's scripting
 * sandbox (never started: the viewer runs no script of a document) imports its sandbox bundle; the worker
 * imports the JavaScript decoders beside the WebAssembly ones when WebAssembly is unavailable. Anything
 * else, and any error or notice, fails.
 */
const FROM_PDFJS = [
  'UNSAFE_VAR_ASSIGNMENT: Unsafe call to import for argument 0 (pdf/pdf-worker.mjs)',
  'UNSAFE_VAR_ASSIGNMENT: Unsafe call to import for argument 0 (pdf/viewer.mjs)',
  'UNSAFE_VAR_ASSIGNMENT: Unsafe call to import for argument 0 (pdf/viewer.mjs)',
];

describe('addons-linter', () => {
  it.each([
    ['the dist/firefox folder', () => `${out}/firefox`],
    ['the zip for addons.mozilla.org', () => `${out}/probation-lens-firefox-${version}.zip`],
  ])('finds nothing to report in %s', async (_, path) => {
    const result = await lint(path());
    expect(described(result).sort()).toEqual(FROM_PDFJS);
    expect(result.summary).toEqual({ errors: 0, notices: 0, warnings: FROM_PDFJS.length });
  }, 120_000);
});

describe('the Firefox package', () => {
  it('has every file its manifest names, the theme icons among them', () => {
    const named = referencedFiles(JSON.parse(readFileSync(`${out}/firefox/manifest.json`, 'utf8')));
    expect(named).toEqual(expect.arrayContaining(['background.js', 'icons/toolbar-light-16.png', 'icons/toolbar-dark-32.png']));
    expect(named.filter((f) => !existsSync(`${out}/firefox/${f}`))).toEqual([]);
  });
});

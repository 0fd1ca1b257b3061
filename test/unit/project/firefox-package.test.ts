/**
 * Mozilla's own validator, addons-linter (what addons.mozilla.org runs on an upload), on a fresh build of
 * the Firefox package: the folder and the zip we would upload. Not one error, warning or notice is accepted,
 * and no rule is switched off.
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
  .map((m) => `${m.code}: ${m.message}${m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : ''}`);

describe('addons-linter', () => {
  it.each([
    ['the dist/firefox folder', () => `${out}/firefox`],
    ['the zip for addons.mozilla.org', () => `${out}/probation-lens-firefox-${version}.zip`],
  ])('finds nothing to report in %s', async (_, path) => {
    const result = await lint(path());
    expect(described(result)).toEqual([]);
    expect(result.summary).toEqual({ errors: 0, notices: 0, warnings: 0 });
  }, 120_000);
});

describe('the Firefox package', () => {
  it('has every file its manifest names, the theme icons among them', () => {
    const named = referencedFiles(JSON.parse(readFileSync(`${out}/firefox/manifest.json`, 'utf8')));
    expect(named).toEqual(expect.arrayContaining(['background.js', 'icons/toolbar-light-16.png', 'icons/toolbar-dark-32.png']));
    expect(named.filter((f) => !existsSync(`${out}/firefox/${f}`))).toEqual([]);
  });
});

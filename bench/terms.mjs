// The built-in glossary, read from src/ (bundled with esbuild as build.mjs's checkGlossary does),
// so the benchmark's documents and its peers use exactly the forms the extension highlights.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import { esbuildGlossary } from '../scripts/glossary-plugin.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Loads BUILTIN and returns every highlighted form ({ text, phrase, expansion }) (lookupOnly entries skipped, as the matcher does)
 * plus the phrase false friends, which the page generator uses sparingly.
 */
export async function loadGlossary() {
  const result = await esbuild.build({
    stdin: {
      contents: "export { BUILTIN } from './src/core/builtin';\n" +
        "export { formsOf } from './src/core/glossary';\n" +
        "export { PHRASE_FALSE_FRIENDS } from './src/core/phrases-data';\n",
      resolveDir: ROOT, loader: 'ts',
    },
    bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent', plugins: [esbuildGlossary],
  });
  const code = result.outputFiles[0].text;
  const { BUILTIN, formsOf, PHRASE_FALSE_FRIENDS } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const forms = BUILTIN.filter((e) => !e.lookupOnly).flatMap((e) => formsOf(e).map((text) => ({ text, phrase: e.phrase === true, expansion: e.senses[0]?.expansion })));
  return { entries: BUILTIN.length, forms, phraseFalseFriends: [...PHRASE_FALSE_FRIENDS] };
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One combined, case-sensitive pattern over every form: longest first, spaces as \s+, the matcher's
 * endings (SFOs, SFO's, PSO’s) and its edges (no letter or digit either side). Flags: 'gu'.
 */
export function combinedPattern(forms) {
  const body = [...new Set(forms.map((f) => f.text))]
    .sort((a, b) => b.length - a.length)
    .map((f) => escape(f).replace(/ +/g, '\\s+'))
    .join('|');
  return `(?<![\\p{L}\\p{N}])(?:${body})(?:s['’]|['’]s|s)?(?![\\p{L}\\p{N}])`;
}

// The pure core's speed, in Node, side by side with a naive peer in one run (timings moved here from the unit
// tests, which assert no times): look-up search per keystroke against a plain substring filter over the same
// glossary, and re-anchoring a note whose passage was edited (in place, and also moved) against finding an
// unedited note by indexOf. Reported as medians and ratios; nothing is asserted.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import { esbuildGlossary } from '../scripts/glossary-plugin.mjs';
import { policyDocument } from './pages.mjs';
import { median } from './report.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** src/core's search and anchoring, bundled as build.mjs bundles them. */
async function loadCore() {
  const result = await esbuild.build({
    stdin: {
      contents: "export { BUILTIN } from './src/core/builtin';\nexport { createSearch } from './src/core/search';\nexport { anchorerFor, describe } from './src/core/anchoring';\n",
      resolveDir: ROOT, loader: 'ts',
    },
    // The built-in glossary is a virtual module the build makes from its sources (as build.mjs and terms.mjs do).
    bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent', plugins: [esbuildGlossary],
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/** Milliseconds per call of fn, over `times` calls after one warm-up. */
function perCall(fn, times) {
  fn();
  const start = performance.now();
  for (let i = 0; i < times; i++) fn();
  return (performance.now() - start) / times;
}

/** Runs the core benchmark for `rounds` rounds; `glossary` is bench/terms.mjs's, for the page text. */
export async function runCore({ rounds, glossary }) {
  const { BUILTIN, createSearch, anchorerFor, describe } = await loadCore();
  const queries = ['s', 'sf', 'sfo', 'serious furth', 'mapa', 'probation officer', 'xyzzy', 'offence'];
  const search = createSearch([{ entries: BUILTIN, source: 'built-in' }]);
  // The peer: every entry whose term or an expansion contains the query, no ranking, no typo tolerance.
  const naive = (q) => BUILTIN.filter((e) => e.term.toLowerCase().includes(q) || e.senses.some((s) => s.expansion.toLowerCase().includes(q)));

  const text = policyDocument(glossary, 400_000).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  const sentences = [...text.matchAll(/[A-Z][^.!?]{40,300}[.!?]/g)];
  const chosen = sentences[Math.floor(sentences.length / 2)];
  const note = describe(text, chosen.index, chosen.index + chosen[0].length);
  const edited = text.replace(note.quote.exact, note.quote.exact.replace(/[a-z]{4,}/, 'changed'));
  const moved = text.slice(0, 20_000) + edited;
  const changedIn = (page) => { const anchor = anchorerFor(page); return () => anchor(note.quote, note.position); };
  const inPlace = changedIn(edited), elsewhere = changedIn(moved);
  const states = [inPlace().state, elsewhere().state];

  const samples = { searchOurs: [], searchPeer: [], inPlace: [], moved: [], exactPeer: [] };
  for (let r = 0; r < rounds; r++) {
    samples.searchOurs.push(perCall(() => { for (const q of queries) search.search(q); }, 50) / queries.length);
    samples.searchPeer.push(perCall(() => { for (const q of queries) naive(q); }, 50) / queries.length);
    samples.inPlace.push(perCall(inPlace, 20));
    samples.moved.push(perCall(elsewhere, 20));
    samples.exactPeer.push(perCall(() => text.indexOf(note.quote.exact), 20));
  }
  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  return { rounds, states, pageChars: text.length, samples, medians: m };
}

/** The core benchmark's table, in the report's Markdown. */
export function formatCore(core) {
  const ms = (v) => v.toFixed(3);
  const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(1)}x` : 'n/a');
  const m = core.medians;
  return [
    `Core (Node, ${core.rounds} rounds, medians; page of ${Math.round(core.pageChars / 1000)} K characters; edited passage found as: ${core.states.join(', ')})`,
    '',
    '| what | ours (ms) | peer (ms) | ours / peer |',
    '| --- | --- | --- | --- |',
    `| look-up search, per keystroke (peer: substring filter) | ${ms(m.searchOurs)} | ${ms(m.searchPeer)} | ${ratio(m.searchOurs, m.searchPeer)} |`,
    `| re-anchor an edited passage in place (peer: indexOf of an unedited one) | ${ms(m.inPlace)} | ${ms(m.exactPeer)} | ${ratio(m.inPlace, m.exactPeer)} |`,
    `| re-anchor an edited passage that also moved (peer: the same indexOf) | ${ms(m.moved)} | ${ms(m.exactPeer)} | ${ratio(m.moved, m.exactPeer)} |`,
  ].join('\n');
}

import { readFileSync, readdirSync } from 'node:fs';
import { loadBuiltinGlossary } from './scripts/glossary-plugin.mjs';
const { entries } = await loadBuiltinGlossary();
const key = (s) => s.toLowerCase().replace(/[\s\-‐‑‒–—]+/g, ' ').trim();
const forms = new Set(); for (const e of entries) for (const f of [e.term, ...(e.variants ?? []), ...(e.spelled ?? [])]) forms.add(key(f));
const ex = readFileSync('src/glossary-data/not-covered.txt', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const dir = process.argv[2] ?? 'test/fixtures/public-glossaries';
for (const f of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
  const rows = readFileSync(`${dir}/${f}`, 'utf8').split('\n').slice(1).filter((l) => l.trim()).map((l) => l.split('\t'));
  const ok = (r) => (r[0] ? r[0].split(/\s*[/,]\s*/) : [r[1]]).some((n) => { const k = key(n); return forms.has(k) || (/s$/i.test(k) && forms.has(k.slice(0, -1))); });
  const notProb = rows.filter((r) => ex.some((x) => x[0] === f && x[1] === (r[0] || r[1]) && x[2] === 'not-probation')).length;
  console.log(`${f}: explained ${rows.filter(ok).length} / probation-relevant ${rows.length - notProb} (rows ${rows.length})`);
}
let senses = 0; for (const e of entries) senses += e.senses.length;
console.log('entries', entries.length, 'senses', senses, 'spelled forms', entries.reduce((n, e) => n + (e.spelled?.length ?? 0), 0));

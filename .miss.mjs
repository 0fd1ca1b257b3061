import { readFileSync } from 'node:fs';
import { loadBuiltinGlossary } from './scripts/glossary-plugin.mjs';
const { entries } = await loadBuiltinGlossary();
const forms = new Set();
for (const e of entries) for (const f of [e.term, ...(e.variants ?? []), ...(e.spelled ?? [])]) forms.add(f.toLowerCase());
for (const f of ['moj-acronyms', 'moj-style-guide', 'calculate-release-dates', 'hmpps-service-code']) {
  const rows = readFileSync(`/work/shared/reference/public-glossaries/${f}.tsv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const miss = rows.filter((r) => !forms.has((r[0] || r[1]).toLowerCase()));
  console.log(`== ${f}: ${rows.length - miss.length}/${rows.length}`);
  if (process.argv[2] === f || process.argv[2] === 'all') console.log(miss.map((r) => r.slice(0, 3).join(' | ')).join('\n'));
}

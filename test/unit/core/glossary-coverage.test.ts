/**
 * Coverage of the public glossaries: every probation-relevant row of the four shared sources is explained
 * by the built-in glossary (as a term, another form, a spelled-out form, or a plural of one), or listed with
 * its reason in src/glossary-data/not-covered.txt.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN } from '../../../src/core/builtin';
import type { GlossaryEntry } from '../../../src/shared/types';

const DIR = 'test/fixtures/public-glossaries';
const SOURCES = readdirSync(DIR).filter((f) => f.endsWith('.tsv')).sort();

interface Row { readonly file: string; readonly line: number; readonly term: string; readonly expansion: string }

function rowsOf(file: string): Row[] {
  return readFileSync(`${DIR}/${file}`, 'utf8').split('\n').slice(1).flatMap((text, i) => {
    const [term = '', expansion = ''] = text.split('\t');
    return term || expansion ? [{ file, line: i + 2, term: term.trim(), expansion: expansion.trim() }] : [];
  });
}

const key = (s: string): string => s.toLowerCase().replace(/[\s\-‐‑‒–—]+/g, ' ').trim();

/** Every written form the glossary explains, lower case. */
function explainedForms(entries: readonly GlossaryEntry[]): Set<string> {
  const forms = new Set<string>();
  for (const e of entries) for (const f of [e.term, ...(e.variants ?? []), ...(e.spelled ?? [])]) forms.add(key(f));
  return forms;
}

/** Whether a row is explained: its term (any part of "A / B", "A/B" or "A, B"), else its expansion, as a form or a plural of one. */
function explains(forms: ReadonlySet<string>, row: Row): boolean {
  const names = row.term ? row.term.split(/\s*[/,]\s*/) : [row.expansion];
  return names.some((name) => {
    const k = key(name);
    return forms.has(k) || (/s$/i.test(k) && forms.has(k.slice(0, -1)));
  });
}

interface Exclusion { readonly file: string; readonly term: string; readonly kind: 'not-probation' | 'left-out'; readonly reason: string }

function exclusions(): Exclusion[] {
  return readFileSync('src/glossary-data/not-covered.txt', 'utf8').split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [file = '', term = '', kind = '', reason = ''] = l.split('\t');
      return { file, term, kind: kind as Exclusion['kind'], reason };
    });
}

describe('coverage of the public glossaries', () => {
  const forms = explainedForms(BUILTIN);
  const excluded = exclusions();

  it('reads the four sources and the exclusions, and the check can fail', () => {
    expect(SOURCES).toEqual(['calculate-release-dates.tsv', 'hmpps-service-code.tsv', 'moj-acronyms.tsv', 'moj-style-guide.tsv']);
    for (const f of SOURCES) expect(rowsOf(f).length, f).toBeGreaterThan(20);
    expect(explains(forms, { file: 'x', line: 1, term: 'ZZQX', expansion: 'Nothing at all' })).toBe(false);
    expect(explains(forms, { file: 'x', line: 1, term: 'SFOs', expansion: '' })).toBe(true);
    expect(explains(forms, { file: 'x', line: 1, term: '', expansion: 'Home Detention Curfew' })).toBe(true);
    for (const x of excluded) {
      expect(SOURCES, `${x.file} in not-covered.txt`).toContain(x.file);
      expect(['not-probation', 'left-out'], `${x.term}: kind`).toContain(x.kind);
      expect(x.reason.length, `${x.term}: a reason`).toBeGreaterThan(10);
    }
  });

  it.each(SOURCES)('%s: every probation-relevant row is explained or excluded with a reason', (file) => {
    const here = excluded.filter((x) => x.file === file);
    const missing = rowsOf(file).filter((row) => !explains(forms, row) && !here.some((x) => x.term === (row.term || row.expansion)));
    expect(missing.map((r) => `${file}:${r.line} ${r.term || r.expansion}`)).toEqual([]);
    // An exclusion whose row is explained after all, or that names no row, is stale.
    const stale = here.filter((x) => !rowsOf(file).some((r) => (r.term || r.expansion) === x.term && !explains(forms, r)));
    expect(stale.map((x) => x.term)).toEqual([]);
  });

  it('prints the coverage of each source, and the glossary\'s size (for the closing note)', () => {
    const lines = SOURCES.map((file) => {
      const rows = rowsOf(file);
      const notProbation = new Set(excluded.filter((x) => x.file === file && x.kind === 'not-probation').map((x) => x.term));
      const relevant = rows.filter((r) => !notProbation.has(r.term || r.expansion));
      const explained = relevant.filter((r) => explains(forms, r));
      return `${file}: ${explained.length} / ${relevant.length} probation-relevant rows explained (${rows.length} rows)`;
    });
    const senses = BUILTIN.flatMap((e) => e.senses);
    const undefinedSenses = senses.filter((s) => !s.definition?.trim());
    console.log([...lines, `${BUILTIN.length} terms, ${senses.length} senses, ${undefinedSenses.length} without a definition`].join('\n'));
    expect(undefinedSenses.map((s) => s.expansion)).toEqual([]);
  });
});

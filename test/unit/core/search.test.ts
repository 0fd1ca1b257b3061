import { describe, expect, it } from 'vitest';
import { BUILTIN } from '../../../src/core/builtin';
import { createSearch, editDistance } from '../../../src/core/search';
import type { GlossaryEntry } from '../../../src/shared/types';

const builtin = createSearch([{ entries: BUILTIN, source: 'built-in' }]);
const terms = (query: string, limit?: number) => builtin.search(query, limit).map((r) => r.entry.term);

describe('look-up search over the built-in glossary', () => {
  it('puts the exact abbreviation first, in any letter case', () => {
    for (const q of ['sfo', 'SFO', 'Sfo', '  sfo ']) {
      const [first] = builtin.search(q);
      expect(first?.entry.term).toBe('SFO');
      expect(first?.entry.senses[0]?.expansion).toBe('Serious Further Offence');
      expect(first?.source).toBe('built-in');
    }
    expect(terms('oasys')[0]).toBe('OASys');
    expect(terms('OASYS')[0]).toBe('OASys');
  });

  it('finds a term by the words of its expansion', () => {
    expect(terms('serious further').slice(0, 2)).toEqual(expect.arrayContaining(['SFO']));
    expect(terms('serious further')[0]).toMatch(/^(SFO|Serious Further Offence)$/);
    expect(terms('probation officer', 5)).toContain('PO');
    expect(terms('probation officer')[0]).toBe('PO');
    expect(terms('multi-agency public protection')[0]).toBe('MAPPA');
  });

  it('forgives a small typo', () => {
    expect(terms('mapa', 3)).toContain('MAPPA');
    expect(terms('ofender assesment system', 3)).toContain('OASys');
  });

  it('ranks an abbreviation prefix above a word of an expansion', () => {
    const results = builtin.search('mapp');
    expect(results[0]?.entry.term).toBe('MAPPA');
  });

  it('falls back to words in definitions', () => {
    expect(terms('cafcass')).toContain('Napo');
  });

  it('scores descend and the limit holds', () => {
    const results = builtin.search('s', 7);
    expect(results).toHaveLength(7);
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
  });

  it('returns nothing for an empty query and copes with a huge one', () => {
    expect(builtin.search('')).toEqual([]);
    expect(builtin.search('   ')).toEqual([]);
    expect(() => builtin.search('probation '.repeat(100))).not.toThrow();
    expect(() => builtin.search('x'.repeat(1000))).not.toThrow();
    expect(builtin.search('x'.repeat(1000))).toEqual([]);
  });

  // Time per keystroke is measured by npm run bench (bench/core.mjs), beside a plain substring filter; never asserted here.
});

describe('personal and page glossaries', () => {
  const personal: GlossaryEntry[] = [
    { term: 'SFO', senses: [{ expansion: 'Senior Finance Officer', category: 'role' }] },
    { term: 'ZQX', senses: [{ expansion: 'Team-only thing', category: 'other' }] },
  ];
  const page: GlossaryEntry[] = [{ term: 'SFO', senses: [{ expansion: 'Something Found Online', category: 'other' }] }];

  it('shows a personal entry before the built-in one with the same term, and drops neither', () => {
    const search = createSearch([{ entries: BUILTIN, source: 'built-in' }, { entries: personal, source: 'personal' }]);
    const results = search.search('sfo');
    expect(results.slice(0, 2).map((r) => [r.entry.term, r.source])).toEqual([['SFO', 'personal'], ['SFO', 'built-in']]);
    expect(search.search('zqx')[0]).toMatchObject({ source: 'personal', entry: { term: 'ZQX' } });
  });

  it('keeps the personal entry first even when the built-in one matches the words better', () => {
    const mine: GlossaryEntry[] = [{ term: 'SFO', senses: [{ expansion: 'Serious Further Offence review (local)', category: 'process' }] }];
    const search = createSearch([{ entries: BUILTIN, source: 'built-in' }, { entries: mine, source: 'personal' }]);
    const sfo = search.search('serious further offence').filter((r) => r.entry.term === 'SFO');
    expect(sfo.map((r) => r.source)).toEqual(['personal', 'built-in']);
  });

  it('puts a page-defined entry first for an exact match', () => {
    const search = createSearch([
      { entries: BUILTIN, source: 'built-in' },
      { entries: personal, source: 'personal' },
      { entries: page, source: 'page' },
    ]);
    expect(search.search('SFO').slice(0, 3).map((r) => r.source)).toEqual(['page', 'personal', 'built-in']);
    expect(search.search('something found')[0]).toMatchObject({ source: 'page' });
  });
});

describe('editDistance', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('mapa', 'mappa')).toBe(1);
    expect(editDistance('oasys', 'oasys')).toBe(0);
    expect(editDistance('prbation', 'probation')).toBe(1);
    expect(editDistance('porbation', 'probation')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3); // gives up past the limit
  });
});

// How a found term is painted and listed: one set of decisions for web pages and PDFs (src/core/term-kinds.ts).
import { describe, expect, it } from 'vitest';
import { abbreviationEntries, candidatePaint, definedElsewhere, entryKinds, highlightName, matchPaint, termSource, unexplainedTokens, ALL_HIGHLIGHT_NAMES } from '../../../src/core/term-kinds';
import type { GlossaryEntry } from '../../../src/shared/types';

const GLOSSARY: GlossaryEntry[] = [
  { term: 'SFO', senses: [{ expansion: 'Serious Further Offence', category: 'other' }] },
  { term: 'MAPPA', senses: [{ expansion: 'Multi-Agency Public Protection Arrangements', category: 'process' }], spelled: ['multi-agency public protection arrangements'] },
  { term: 'offender', phrase: true, senses: [{ expansion: 'person on probation', category: 'role' }], renamed: { now: 'person on probation' } },
];

describe('term kinds', () => {
  it('names every highlight under the stable probation-jargon prefix, one per kind and look', () => {
    expect(ALL_HIGHLIGHT_NAMES).toEqual(['probation-jargon', 'probation-jargon-renamed', 'probation-jargon-unknown', 'probation-jargon-spelled', 'probation-jargon-page']);
    expect(highlightName({ kind: 'jargon' })).toBe('probation-jargon');
    expect(highlightName({ kind: 'jargon', look: 'page' })).toBe('probation-jargon-page');
    expect(highlightName({ kind: 'unknown' })).toBe('probation-jargon-unknown');
  });

  it('paints renamed terms as renamed, and none of a hidden category', () => {
    expect(entryKinds(GLOSSARY, new Set())).toEqual(['jargon', 'jargon', 'renamed']);
    expect(entryKinds(GLOSSARY, new Set(['process']))).toEqual(['jargon', undefined, 'renamed']);
  });

  it('gives a term written out the quieter look, but not a renamed one', () => {
    const kinds = entryKinds(GLOSSARY, new Set());
    expect(matchPaint({ start: 0, end: 5, entry: 1, spelled: true }, kinds)).toEqual({ kind: 'jargon', look: 'spelled' });
    expect(matchPaint({ start: 0, end: 5, entry: 1 }, kinds)).toEqual({ kind: 'jargon' });
    expect(matchPaint({ start: 0, end: 5, entry: 2, spelled: true }, kinds)).toEqual({ kind: 'renamed' });
    expect(matchPaint({ start: 0, end: 5, entry: 1 }, entryKinds(GLOSSARY, new Set(['process'])))).toBeUndefined();
  });

  it('gives an abbreviation the text defines as something else the page look, not one it defines as the glossary does', () => {
    const kinds = entryKinds(GLOSSARY, new Set());
    const forms = abbreviationEntries(GLOSSARY, kinds);
    expect(forms.get('SFO')).toBe(0);
    expect(forms.has('offender')).toBe(false);
    const elsewhere = definedElsewhere([['SFO', { long: 'Serious Fraud Office' }], ['MAPPA', { long: 'Multi-Agency Public Protection Arrangements' }]], forms, GLOSSARY);
    expect([...elsewhere]).toEqual([0]);
    expect(matchPaint({ start: 0, end: 3, entry: 0 }, kinds, elsewhere)).toEqual({ kind: 'jargon', look: 'page' });
    expect(matchPaint({ start: 0, end: 3, entry: 1, spelled: true }, kinds, elsewhere)).toEqual({ kind: 'jargon', look: 'spelled' });
  });

  it('paints an acronym the text defines in the page look, and an unexplained one unless it is everyday capitals', () => {
    const c = { start: 0, end: 4, token: 'PQRP', ordinary: false };
    expect(candidatePaint(c, 'page')).toEqual({ kind: 'jargon', look: 'page' });
    expect(candidatePaint(c, 'unknown')).toEqual({ kind: 'unknown' });
    expect(candidatePaint({ ...c, ordinary: true }, 'unknown')).toBeUndefined();
    expect(candidatePaint({ ...c, ordinary: true }, 'page')).toEqual({ kind: 'jargon', look: 'page' });
    expect(candidatePaint(c, undefined)).toBeUndefined();
  });

  it('flags acronyms used twice or more that nothing defines, the 60 most frequent', () => {
    const counts = new Map([['LPRB', 2], ['ONCE', 1], ['PQRP', 5]]);
    expect([...unexplainedTokens(counts, (t) => t === 'PQRP')]).toEqual(['LPRB']);
    const many = new Map(Array.from({ length: 70 }, (_, i) => [`X${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`, 100 - i] as const));
    const flagged = unexplainedTokens(many, () => false);
    expect(flagged.size).toBe(60);
    expect(flagged.has('XAA')).toBe(true);
    expect(flagged.has([...many.keys()][69] as string)).toBe(false);
  });

  it('says where a listed term’s meaning comes from', () => {
    const defined = (t: string) => t === 'PQRP' || t === 'SFO';
    expect(termSource({ kind: 'unknown', entry: -1, token: 'LPRB' }, defined, 10, 5)).toBe('unknown');
    expect(termSource({ kind: 'jargon', entry: -1, token: 'PQRP' }, defined, 10, 5)).toBe('page');
    expect(termSource({ kind: 'jargon', entry: 0, token: 'SFO' }, defined, 10, 5)).toBe('page');
    expect(termSource({ kind: 'jargon', entry: 1, token: 'MAPPA' }, defined, 10, 5)).toBe('built-in');
    expect(termSource({ kind: 'jargon', entry: 6, token: 'TEAM' }, defined, 10, 5)).toBe('team');
    expect(termSource({ kind: 'renamed', entry: 11, token: 'MINE' }, defined, 10, 5)).toBe('personal');
  });
});

import { describe, expect, it } from 'vitest';
import { findCandidates, isCandidateShaped, isOrdinaryToken, stripEnding } from '../../../src/core/candidates';

const KNOWN = new Set(['SFO', 'MAPPA']);
const tokens = (text: string) => findCandidates(text, (t) => KNOWN.has(t)).map((c) => `${c.token}${c.ordinary ? '(ordinary)' : ''}`);

describe('findCandidates', () => {
  it('finds acronym-shaped tokens the glossary does not know', () => {
    expect(tokens('The QRT and the DRR met; the SFO too.')).toEqual(['QRT', 'DRR']);
    expect(tokens('Two DRRs, the QRT’s view and eMPT results')).toEqual(['DRR', 'QRT', 'eMPT']);
    // PM (a time) and MO (a state code) are everyday capitals unless the page defines them.
    expect(tokens('Two PMs and the MO’s view')).toEqual(['PM(ordinary)', 'MO(ordinary)']);
  });

  it('ignores words that are not acronym-shaped', () => {
    expect(tokens('McDonald met Smith in London with iPhone and Ofsted')).toEqual([]);
  });

  it('marks ordinary capitals: emphasis, shouting, initials, numerals, states, everyday abbreviations', () => {
    expect(tokens('It was SO fantastic')).toEqual(['SO(ordinary)']);
    expect(tokens('ANNEX B: RISK OF SERIOUS HARM')).toEqual(['ANNEX(ordinary)', 'RISK(ordinary)', 'OF(ordinary)', 'SERIOUS(ordinary)', 'HARM(ordinary)']);
    expect(tokens('as George EP Box wrote')).toEqual(['EP(ordinary)']);
    expect(tokens('Part II and Stage IV')).toEqual(['II(ordinary)', 'IV(ordinary)']);
    expect(tokens('Boston, MA and the UK, NHS, PDF and BBC')).toEqual(['MA(ordinary)', 'UK(ordinary)', 'NHS(ordinary)', 'PDF(ordinary)', 'BBC(ordinary)']);
  });

  it('skips hyphenated and dotted tokens, codes and hashes', () => {
    expect(tokens('(D-OR) and Ph.D and GOV.UK')).toEqual([]);
    expect(tokens('code X7K9QZ2, hash 9F86D081884C7D65, base64 aGVsbG8gV29ybGQ=')).toEqual([]);
  });

  it('reports offsets of the token as written', () => {
    const text = 'See the PMs.';
    const [c] = findCandidates(text, () => false);
    expect(c && text.slice(c.start, c.end)).toBe('PMs');
  });
});

describe('token helpers', () => {
  it('strips plural and possessive endings only from acronyms', () => {
    expect(stripEnding('PMs')).toBe('PM');
    expect(stripEnding("MO's")).toBe('MO');
    expect(stripEnding('CPS')).toBe('CPS');
    expect(stripEnding('OASys')).toBe('OASys');
  });

  it('shapes candidates strictly', () => {
    expect(isCandidateShaped('CAS3')).toBe(true);
    expect(isCandidateShaped('X7K9')).toBe(false);
    expect(isCandidateShaped('ABCDEFGHI')).toBe(false);
    expect(isOrdinaryToken('XII')).toBe(true);
    expect(isOrdinaryToken('QRT')).toBe(false);
  });
});

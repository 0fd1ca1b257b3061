import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/core/matcher';
import type { GlossaryEntry } from '../../../src/shared/types';

const entry = (term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  term, senses: [{ expansion: `${term} expanded`, category: 'other' }], ...extra,
});

const GLOSSARY: GlossaryEntry[] = [
  entry('SFO'), entry('PSO'), entry('PO'), entry('HMPPS'), entry('OASys'), entry('nDelius', { variants: ['NDelius'] }),
  entry('Napo', { variants: ['NAPO'] }), entry('CRC'), entry('HMI Probation'), entry('HMI'), entry('MAPPA'),
  entry('LED', { commonWord: true }), entry('ARMS', { commonWord: true }), entry('SO', { lookupOnly: true }),
  entry('CAS-3'), entry('PQiP'), entry('RoSH', { variants: ['ROSH'] }),
];
const matcher = compileMatcher(GLOSSARY);

/** The surface text of every match, with the term it was matched as. */
function found(text: string): string[] {
  return matcher.find(text).map((m) => `${text.slice(m.start, m.end)}=${GLOSSARY[m.entry]?.term}`);
}

describe('matcher', () => {
  it('finds terms at word boundaries only', () => {
    expect(found('The SFO review')).toEqual(['SFO=SFO']);
    expect(found('SFO.')).toEqual(['SFO=SFO']);
    expect(found('(SFO)')).toEqual(['SFO=SFO']);
    expect(found('XSFO SFOX SFO1 1SFO')).toEqual([]);
    expect(found('SFO-related work')).toEqual(['SFO=SFO']);
    expect(found('an éSFO')).toEqual([]);
  });

  it('is case-sensitive, with the house spellings', () => {
    expect(found('sfo Sfo SFO')).toEqual(['SFO=SFO']);
    expect(found('OASys and Oasys and oasys')).toEqual(['OASys=OASys']);
    expect(found('nDelius, NDelius, ndelius')).toEqual(['nDelius=nDelius', 'NDelius=nDelius']);
    expect(found('Napo and NAPO and napo')).toEqual(['Napo=Napo', 'NAPO=Napo']);
    expect(found('a PQiP learner, not a PQIP')).toEqual(['PQiP=PQiP']);
    expect(found('RoSH and ROSH')).toEqual(['RoSH=RoSH', 'ROSH=RoSH']);
  });

  it('keeps plural and possessive endings with the term', () => {
    expect(found('SFOs')).toEqual(['SFOs=SFO']);
    expect(found("the SFO's outcome")).toEqual(["SFO's=SFO"]);
    expect(found('the PSO’s caseload')).toEqual(['PSO’s=PSO']);
    expect(found('the CRCs’ contracts')).toEqual(['CRCs’=CRC']);
    expect(found('SFOss')).toEqual([]);
  });

  it('does not treat PO Box as a Probation Officer', () => {
    expect(found('Write to PO Box 123, or ask your PO.')).toEqual(['PO=PO']);
    expect(found('PO BOX 77')).toEqual([]);
  });

  it('does not match common words in shouted capitals', () => {
    expect(found('LED LIGHTING IN APPROVED PREMISES')).toEqual([]);
    expect(found('CALL TO ARMS')).toEqual([]);
    expect(found('The ARMS assessment')).toEqual(['ARMS=ARMS']);
    expect(found('Sentence and LED dates')).toEqual(['LED=LED']);
    // Distinct acronyms stay jargon even in a heading in capitals.
    expect(found('GUIDANCE ON MAPPA AND SFO REVIEWS')).toEqual(['MAPPA=MAPPA', 'SFO=SFO']);
    // A neighbouring term is not shouting.
    expect(found('MAPPA LED')).toEqual(['MAPPA=MAPPA', 'LED=LED']);
  });

  it('never highlights look-up-only terms', () => {
    expect(found('This is SO fantastic')).toEqual([]);
  });

  it('prefers the longest overlapping term', () => {
    expect(found('a report by HMI Probation today')).toEqual(['HMI Probation=HMI Probation']);
    expect(found('HMI\nProbation')).toEqual(['HMI\nProbation=HMI Probation']);
    expect(found('HMI inspectors')).toEqual(['HMI=HMI']);
    expect(found('CAS-3 housing, not CAS')).toEqual(['CAS-3=CAS-3']);
  });

  it('reports offsets in UTF-16 code units after astral characters', () => {
    const text = '📄 SFO';
    const [m] = matcher.find(text);
    expect(m && text.slice(m.start, m.end)).toBe('SFO');
  });

  it('finds every occurrence, in order, in long text', () => {
    const text = 'MAPPA and HMPPS. '.repeat(1000);
    const matches = matcher.find(text);
    expect(matches).toHaveLength(2000);
    expect(matches.every((m, i) => i === 0 || m.start >= (matches[i - 1]?.end ?? 0))).toBe(true);
  });

  it('copes with empty text and an empty glossary', () => {
    expect(found('')).toEqual([]);
    expect(compileMatcher([]).find('SFO')).toEqual([]);
  });
});

describe('matcher with phrases', () => {
  const entries: GlossaryEntry[] = [
    entry('SFO'),
    entry('Approved Premises', { phrase: true }),
    entry('Multi-Agency Public Protection', { phrase: true }),
    entry('Offender Manager', { phrase: true, renamed: { now: 'Probation Practitioner' } }),
    entry('offender', { phrase: true, renamed: { now: 'person on probation' } }),
  ];
  const m = compileMatcher(entries, ['Prison Offender Manager', 'Offender Assessment System']);
  const terms = (text: string) => m.find(text).map((x) => `${text.slice(x.start, x.end)}=${entries[x.entry]?.term}`);

  it('matches phrases in any case, across line breaks and hyphen variants', () => {
    expect(terms('Two approved\n  premises and APPROVED PREMISES')).toEqual([
      'approved\n  premises=Approved Premises', 'APPROVED PREMISES=Approved Premises',
    ]);
    expect(terms('multi agency public protection, Multi‑Agency Public Protection')).toHaveLength(2);
  });

  it('takes the longest phrase, with endings', () => {
    expect(terms('The Offender Managers met an offender and two offenders’ families.')).toEqual([
      'Offender Managers=Offender Manager', 'offender=offender', 'offenders’=offender',
    ]);
  });

  it('consumes phrase false friends whole', () => {
    expect(terms('prison offender managers (POMs) use the Offender Assessment System')).toEqual([]);
  });

  it('mixes abbreviations and phrases in order without overlaps', () => {
    expect(terms('An SFO in Approved Premises; SFO.')).toEqual(['SFO=SFO', 'Approved Premises=Approved Premises', 'SFO=SFO']);
  });
});

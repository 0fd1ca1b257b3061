// One rule for the everyday renamed word "offender", on web pages and in PDFs (src/core/renamed-context.ts).
import { describe, expect, it } from 'vitest';
import { everydayEntries, showsRenamed, wordsOfWhole } from '../../../src/core/renamed-context';
import { aboutProbation } from '../../../src/core/senses';
import type { GlossaryEntry } from '../../../src/shared/types';

const GLOSSARY: GlossaryEntry[] = [
  { term: 'offender', phrase: true, renamed: { now: 'person on probation' }, senses: [{ expansion: 'offender', category: 'other' }] },
  { term: 'Offender Manager', phrase: true, renamed: { now: 'Probation Practitioner' }, senses: [{ expansion: 'Offender Manager', category: 'role' }] },
  { term: 'PDU', senses: [{ expansion: 'Probation Delivery Unit', category: 'other' }] },
  { term: 'PO', senses: [{ expansion: 'Probation Officer', category: 'role' }, { expansion: 'Prison Officer', category: 'role' }] },
];

describe('renamed everyday words in context', () => {
  it('knows the everyday words: lower-case renamed phrases, not probation’s own names', () => {
    expect([...everydayEntries(GLOSSARY)]).toEqual([0]);
  });

  it('reads a page or document as a whole from its titles and the meanings of its single-sense terms', () => {
    expect(aboutProbation('', wordsOfWhole(['Tax avoidance schemes'], GLOSSARY, []))).toBe(false);
    expect(aboutProbation('', wordsOfWhole(['Tax avoidance schemes'], GLOSSARY, [2]))).toBe(true);
    // A term with several senses says nothing of the whole.
    expect(aboutProbation('', wordsOfWhole(['Staffing'], GLOSSARY, [3]))).toBe(false);
  });

  it('shows an everyday word as renamed only where the whole or the passage is about probation; a name of probation’s own always', () => {
    const everyday = everydayEntries(GLOSSARY);
    let asked = 0;
    const whole = (about: boolean) => () => { asked++; return about; };
    expect(showsRenamed(0, everyday, whole(false), () => 'HMRC names serial offenders')).toBe(false);
    expect(showsRenamed(0, everyday, whole(false), () => 'offenders meet their probation practitioner')).toBe(true);
    expect(showsRenamed(0, everyday, whole(true), () => 'HMRC names serial offenders')).toBe(true);
    asked = 0;
    expect(showsRenamed(1, everyday, whole(false), () => 'a tax page')).toBe(true);
    // The whole is weighed only for an everyday word.
    expect(asked).toBe(0);
  });
});

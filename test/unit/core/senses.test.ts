import { describe, expect, it } from 'vitest';
import { BUILTIN } from '../../../src/core/builtin';

const BUILTIN_GLOSSARY = BUILTIN.filter((e) => !e.phrase);
import { contentWords, rankSenses, sameMeaning } from '../../../src/core/senses';

const senses = (term: string) => {
  const entry = BUILTIN_GLOSSARY.find((e) => e.term === term);
  if (!entry) throw new Error(`no ${term}`);
  return entry.senses;
};
const best = (term: string, nearby: string, page: string[] = []) =>
  rankSenses(senses(term), nearby, new Set(page.flatMap((p) => [...contentWords(p)])))[0]?.expansion;

describe('rankSenses', () => {
  it.each([
    ['PO', 'The PO on the prison wing unlocked the cells for association.', 'Prison Officer'],
    ['PO', 'Your PO will arrange supervision appointments at the probation office.', 'Probation Officer'],
    ['PSO', 'Searching is governed by PSO 1000, a Prison Service Order.', 'Prison Service Order'],
    ['PSO', 'A PSO may hold a caseload of low-risk cases under supervision.', 'Probation Service Officer'],
    ['NPS', 'Use of NPS such as spice by people in custody increased; psychoactive substances remain a concern.', 'New (or Novel) Psychoactive Substances'],
    ['NPS', 'Before unification the NPS managed high-risk cases and the CRCs the rest.', 'National Probation Service'],
    ['HMIP', 'HMIP found the prison’s cells dirty and the wings unsafe.', 'His Majesty’s Inspectorate of Prisons'],
    ['HMIP', 'HMIP rated the probation delivery unit’s case supervision as requiring improvement.', 'His Majesty’s Inspectorate of Probation'],
  ])('%s in "%s" is %s', (term, nearby, expected) => {
    expect(best(term, nearby)).toBe(expected);
  });

  it('keeps the glossary order when the context says nothing', () => {
    for (const term of ['PO', 'PSO', 'SPO', 'CPO', 'NPS', 'HMIP', 'PAC']) {
      expect(rankSenses(senses(term), 'The meeting is on Tuesday.')).toEqual(senses(term));
    }
  });

  it('uses the page’s other words when the sentence is silent', () => {
    expect(best('PO', 'Speak to the PO.', ['prison wing cells custody landing officer'])).toBe('Prison Officer');
  });

  it('returns a single sense unchanged', () => {
    expect(rankSenses(senses('SFO'), 'anything')).toEqual(senses('SFO'));
  });
});

describe('sameMeaning', () => {
  it('takes other words for the same name as the same, and another name as another', () => {
    expect(sameMeaning('HM Prison and Probation Service', 'His Majesty’s Prison and Probation Service')).toBe(true);
    expect(sameMeaning('Probation Delivery Units', 'Probation Delivery Unit')).toBe(true);
    expect(sameMeaning('Serious Further Offence', 'serious further offence')).toBe(true);
    expect(sameMeaning('Making Tax Digital', 'Mid-Transfer Date')).toBe(false);
    expect(sameMeaning('status determination statement', 'Standard Determinate Sentence')).toBe(false);
    expect(sameMeaning('Monetary Policy Committee', 'Manage POM Cases')).toBe(false);
    expect(sameMeaning('Electronic Contact Log', 'End of Custody Licence')).toBe(false);
  });
});

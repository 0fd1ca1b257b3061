import { describe, expect, it } from 'vitest';
import { BUILTIN } from '../../../src/core/builtin';
import { cardModel } from '../../../src/core/card-model';

const entry = (term: string) => {
  const e = BUILTIN.find((x) => x.term === term);
  if (!e) throw new Error(term);
  return e;
};

describe('cardModel', () => {
  it('shows a glossary term with its senses ranked by the words around it', () => {
    const card = cardModel({ token: 'PO', written: 'POs', entry: entry('PO'), nearby: 'the POs on the prison wing unlocked the cells' });
    expect(card).toMatchObject({ title: 'PO', written: 'POs', source: 'glossary' });
    expect(card.senses.map((s) => s.expansion)).toEqual(['Prison Officer', 'Probation Officer']);
  });

  it('puts the page’s own definition first and keeps the glossary’s other meanings', () => {
    const card = cardModel({
      token: 'PSO', written: 'PSO', entry: entry('PSO'), nearby: '',
      page: { long: 'Probation service officer', sentence: 'A probation service officer (PSO) holds lower-risk cases.' },
    });
    expect(card.source).toBe('page');
    expect(card.definedBy).toBe('A probation service officer (PSO) holds lower-risk cases.');
    expect(card.senses.map((s) => s.expansion)).toEqual(['Probation service officer', 'Prison Service Order']);
    expect(card.senses[0]?.definition).toBe(entry('PSO').senses[0]?.definition);
  });

  it('explains an acronym only the page defines', () => {
    const card = cardModel({ token: 'MPT', written: 'MPT', nearby: '', page: { long: 'Modern Probation Theory', sentence: 'Modern Probation Theory (MPT) guides practice.' } });
    expect(card).toEqual({ title: 'MPT', source: 'page', senses: [{ expansion: 'Modern Probation Theory' }], definedBy: 'Modern Probation Theory (MPT) guides practice.' });
  });

  it('says what a renamed term is called now', () => {
    const card = cardModel({ token: 'Offender Manager', written: 'offender managers', entry: entry('Offender Manager'), nearby: '' });
    expect(card.renamed?.now).toBe('Probation Practitioner');
    expect(cardModel({ token: 'NPS', written: 'NPS', entry: entry('NPS'), nearby: '' }).renamed?.now).toBe('the Probation Service');
  });

  it('marks an acronym nobody explains as unknown, with no meanings', () => {
    expect(cardModel({ token: 'QRT', written: 'QRTs', nearby: 'the QRTs met' })).toEqual({ title: 'QRT', written: 'QRTs', source: 'unknown', senses: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { BUILTIN } from '../../../src/core/builtin';
import { cardModel } from '../../../src/core/card-model';
import { aboutProbation, contentWords } from '../../../src/core/senses';

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

  it('renames an everyday word only where the context is probation, weighed as the senses are', () => {
    const offender = entry('offender');
    const renamed = (nearby: string, pageWords?: ReadonlySet<string>) =>
      cardModel({ token: 'offender', written: 'offenders', entry: offender, nearby, ...(pageWords ? { pageWords } : {}) }).renamed?.now;
    // Another domain: tax avoiders, a prison statement.
    expect(renamed('HMRC will publish the names of serial offenders who use tax avoidance schemes', contentWords('Tackling tax avoidance Budget 2024'))).toBeUndefined();
    expect(renamed('The prison holds 900 offenders and staff searched every cell', contentWords('Statement on HMP Birmingham His Majesty’s Prison'))).toBeUndefined();
    expect(renamed('', contentWords('Tax avoidance: serial offenders'))).toBeUndefined();
    // Probation, near the word or on the page (its title, headings and the meanings of its other terms).
    expect(renamed('offenders supervised in the community by probation practitioners')).toBe(offender.renamed?.now);
    expect(renamed('offenders must attend every appointment', contentWords('Probation Service bulletin'))).toBe(offender.renamed?.now);
    expect(renamed('offenders complete their hours', contentWords('Unpaid Work'))).toBe(offender.renamed?.now);
    // The card still explains the word everywhere; only "Now called" waits for probation.
    const tax = cardModel({ token: 'offender', written: 'offenders', entry: offender, nearby: 'serial offenders who use tax avoidance schemes' });
    expect(tax.senses[0]?.definition).toBe(offender.senses[0]?.definition);
  });

  it('says what a name of probation’s own is called now, on any page', () => {
    expect(cardModel({ token: 'NPS', written: 'NPS', entry: entry('NPS'), nearby: 'serial offenders who use tax avoidance schemes' }).renamed?.now)
      .toBe('the Probation Service');
    expect(cardModel({ token: 'Offender Manager', written: 'Offender Manager', entry: entry('Offender Manager'), nearby: 'the prison wing' }).renamed?.now)
      .toBe('Probation Practitioner');
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

describe('aboutProbation', () => {
  it('finds probation in the words near a term or on the page, and not in prison, tax or everyday text', () => {
    expect(aboutProbation('people on probation report to their practitioner')).toBe(true);
    expect(aboutProbation('', contentWords('Probation Delivery Unit plans'))).toBe(true);
    expect(aboutProbation('work is supervised until the order ends')).toBe(true);
    expect(aboutProbation('prisoners released on licence may be recalled; the Parole Board decides')).toBe(false);
    expect(aboutProbation('HMRC names serial tax offenders', contentWords('Budget 2024'))).toBe(false);
    expect(aboutProbation('')).toBe(false);
  });
});

// The terms of a whole PDF, read a page at a time (src/core/document-terms.ts): definitions anywhere apply everywhere.
import { describe, expect, it } from 'vitest';
import { DocumentTerms, type DocumentDefinition } from '../../../src/core/document-terms';
import { compileMatcher } from '../../../src/core/matcher';
import { entryKinds } from '../../../src/core/term-kinds';
import type { GlossaryEntry } from '../../../src/shared/types';

const GLOSSARY: GlossaryEntry[] = [
  { term: 'SFO', senses: [{ expansion: 'Serious Further Offence', category: 'other' }] },
  { term: 'MAPPA', senses: [{ expansion: 'Multi-Agency Public Protection Arrangements', category: 'process' }], spelled: ['multi-agency public protection arrangements'] },
];
const matcher = compileMatcher(GLOSSARY);
const PAGES = [
  'The SFO review met. The PQRP met twice.',
  'Cases under multi-agency public protection arrangements go to the LPRB.',
  'Page three: the LPRB meets monthly, and the PQRP again.',
  'Annex. The Practice Quality Review Panel (PQRP) samples cases.',
];
const definitionsOf = (text: string): DocumentDefinition[] =>
  text.includes('(PQRP)') ? [{ short: 'PQRP', long: 'Practice Quality Review Panel', sentence: text, source: 'text' }] : [];

function read(pages = PAGES, hidden = new Set<'process'>()): DocumentTerms {
  const terms = new DocumentTerms(GLOSSARY, entryKinds(GLOSSARY, hidden));
  pages.forEach((text, i) => terms.addPage(i + 1, matcher.scan(text), definitionsOf(text), text));
  return terms;
}

const listed = (terms: DocumentTerms) => terms.inOrder().map((o) => `${o.page}:${PAGES[o.page - 1]?.slice(o.start, o.end)}:${o.kind}${o.look ? `/${o.look}` : ''}`);

describe('document terms', () => {
  it('lists glossary terms page by page before the whole document is read, and no acronym it has not resolved', () => {
    const terms = read(PAGES.slice(0, 3));
    expect(terms.complete).toBe(false);
    expect(listed(terms)).toEqual(['1:SFO:jargon', '2:multi-agency public protection arrangements:jargon/spelled']);
  });

  it('explains on page 1 an acronym only the annex on the last page defines, and flags one used twice that nothing defines', () => {
    const terms = read();
    terms.finish();
    expect(terms.complete).toBe(true);
    expect(terms.statusOf('PQRP')).toBe('page');
    expect(terms.statusOf('LPRB')).toBe('unknown');
    expect(listed(terms)).toEqual([
      '1:SFO:jargon', '1:PQRP:jargon/page',
      '2:multi-agency public protection arrangements:jargon/spelled', '2:LPRB:unknown',
      '3:LPRB:unknown', '3:PQRP:jargon/page',
      '4:PQRP:jargon/page',
    ]);
    expect(terms.definitions.get('PQRP')?.long).toBe('Practice Quality Review Panel');
  });

  it('keeps document order whatever order the pages arrive in, and paints a rendered page’s own scan the same way', () => {
    const terms = new DocumentTerms(GLOSSARY, entryKinds(GLOSSARY, new Set()));
    for (const i of [3, 1, 0, 2]) terms.addPage(i + 1, matcher.scan(PAGES[i] as string), definitionsOf(PAGES[i] as string), PAGES[i] as string);
    terms.finish();
    expect(terms.inOrder().map((o) => o.page)).toEqual([1, 1, 2, 2, 3, 3, 4]);
    expect(terms.occurrencesOf(1, matcher.scan(PAGES[0] as string), PAGES[0] as string)).toEqual(terms.inOrder().filter((o) => o.page === 1));
  });

  it('gives a glossary abbreviation the document defines as something else the quieter look, as a web page does', () => {
    const pages = ['The Serious Fraud Office (SFO) investigates.', 'The SFO reported.'];
    const terms = new DocumentTerms(GLOSSARY, entryKinds(GLOSSARY, new Set()));
    pages.forEach((text, i) => terms.addPage(i + 1, matcher.scan(text), [{ short: 'SFO', long: 'Serious Fraud Office', sentence: text, source: 'text' }], text));
    expect(terms.inOrder().map((o) => o.look)).toEqual([undefined, undefined]);
    terms.finish();
    expect(terms.inOrder().map((o) => `${o.page}:${o.token}:${o.look}`)).toEqual(['1:SFO:page', '2:SFO:page']);
  });

  it('leaves out terms of a hidden category', () => {
    const terms = read(PAGES, new Set(['process']));
    terms.finish();
    expect(listed(terms).some((t) => t.includes('multi-agency'))).toBe(false);
  });

  describe('the everyday renamed word "offender" (the web lens\'s rule, core/renamed-context)', () => {
    const RENAMED: GlossaryEntry[] = [
      ...GLOSSARY,
      { term: 'offender', phrase: true, renamed: { now: 'person on probation' }, senses: [{ expansion: 'offender', category: 'other' }] },
      { term: 'PDU', senses: [{ expansion: 'Probation Delivery Unit', category: 'other' }] },
    ];
    const m = compileMatcher(RENAMED);
    const renamedIn = (pages: string[], title: string, upTo = pages.length) => {
      const terms = new DocumentTerms(RENAMED, entryKinds(RENAMED, new Set()), [title]);
      pages.slice(0, upTo).forEach((text, i) => terms.addPage(i + 1, m.scan(text), [], text));
      return (page: number) => terms.occurrencesOf(page, m.scan(pages[page - 1] as string), pages[page - 1] as string).filter((o) => o.kind === 'renamed').map((o) => o.token);
    };
    const FILLER = ' Returns are filed each quarter and penalties apply to late payers.'.repeat(12);

    it('is not renamed in a document about tax, nor on any of its pages', () => {
      const tax = [`Tax avoidance: HMRC names serial offenders.${FILLER}`, `Guidance for agents.${FILLER} Repeat offenders pay more.`];
      const renamed = renamedIn(tax, 'tax-avoidance-schemes.pdf');
      expect(renamed(1)).toEqual([]);
      expect(renamed(2)).toEqual([]);
    });

    it('is renamed on every page once a page read so far shows the document is about probation, and in a passage about probation at once', () => {
      const pages = [`Offenders are released on licence.${FILLER}`, `The PDU allocates each case.${FILLER}`, `Offenders meet their probation practitioner weekly.${FILLER}`];
      // Page 1 alone: neither its passage nor the document read so far (nothing) is about probation.
      expect(renamedIn(pages, 'licence-guidance.pdf', 0)(1)).toEqual([]);
      // Page 3's own passage is about probation, whatever has been read.
      expect(renamedIn(pages, 'licence-guidance.pdf', 0)(3)).toEqual(['offender']);
      // Once page 2 (the Probation Delivery Unit) is read, the document is about probation: page 1 too.
      expect(renamedIn(pages, 'licence-guidance.pdf', 2)(1)).toEqual(['offender']);
      // A title about probation is enough.
      expect(renamedIn(pages, 'probation-national-standards.pdf', 0)(1)).toEqual(['offender']);
    });

    it('weighs the same words on the card: the document as a whole', () => {
      const terms = new DocumentTerms(RENAMED, entryKinds(RENAMED, new Set()), ['Annual report']);
      terms.addPage(1, m.scan('The PDU met.'), [], 'The PDU met.');
      expect(terms.wholeWords().has('probation')).toBe(true);
    });
  });
});

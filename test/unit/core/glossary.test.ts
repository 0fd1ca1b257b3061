import { describe, expect, it } from 'vitest';
import { BUILTIN } from '../../../src/core/builtin';

const BUILTIN_GLOSSARY = BUILTIN.filter((e) => !e.phrase);
import { formsOf, validateGlossary } from '../../../src/core/glossary';
import { compileMatcher } from '../../../src/core/matcher';
import type { GlossaryEntry } from '../../../src/shared/types';

describe('validateGlossary', () => {
  it('reports duplicate forms across terms and variants', () => {
    const problems = validateGlossary([
      { term: 'SFO', senses: [{ expansion: 'Serious Further Offence', category: 'process' }] },
      { term: 'Napo', variants: ['SFO'], senses: [{ expansion: 'Napo', category: 'organisation' }] },
    ]);
    expect(problems).toEqual([{ index: 1, term: 'Napo', code: 'form-taken', form: 'SFO', owner: 'SFO' }]);
  });

  it('reports empty fields and unknown categories', () => {
    const bad = [
      { term: ' ', senses: [] },
      { term: 'X1', senses: [{ expansion: '', category: 'nonsense', definition: ' ' }] },
    ] as unknown as GlossaryEntry[];
    const problems = validateGlossary(bad);
    expect(problems).toEqual([
      { index: 0, term: ' ', code: 'form-blank' },
      { index: 0, term: ' ', code: 'no-senses' },
      { index: 1, term: 'X1', code: 'sense-expansion-empty', sense: 1 },
      { index: 1, term: 'X1', code: 'sense-category-unknown', sense: 1, category: 'nonsense' },
      { index: 1, term: 'X1', code: 'sense-definition-empty', sense: 1 },
    ]);
  });
});

describe('the built-in glossary', () => {
  it('is valid', () => {
    expect(validateGlossary(BUILTIN_GLOSSARY)).toEqual([]);
  });

  it('has at least 150 abbreviations, 60 of them with a definition of one or two sentences', () => {
    expect(BUILTIN_GLOSSARY.length).toBeGreaterThanOrEqual(150);
    const defined = BUILTIN_GLOSSARY.filter((e) => e.senses.some((s) => s.definition));
    expect(defined.length).toBeGreaterThanOrEqual(60);
    for (const e of defined) {
      for (const s of e.senses) {
        if (s.definition === undefined) continue;
        const sentences = s.definition.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
        expect(sentences, `${e.term}: ${s.definition}`).toBeLessThanOrEqual(2);
        expect(s.definition, e.term).not.toMatch(/[<>]/);
      }
    }
  });

  it('lists probation senses first for ambiguous letters', () => {
    const first = (term: string) => BUILTIN_GLOSSARY.find((e) => e.term === term)?.senses[0]?.expansion;
    expect(first('PO')).toBe('Probation Officer');
    expect(first('PSO')).toBe('Probation Service Officer');
    expect(first('SPO')).toBe('Senior Probation Officer');
    expect(first('NPS')).toBe('National Probation Service');
  });

  it('matches every form of every highlighted entry as itself', () => {
    const matcher = compileMatcher(BUILTIN_GLOSSARY);
    BUILTIN_GLOSSARY.forEach((entry, i) => {
      if (entry.lookupOnly) return;
      for (const form of formsOf(entry)) {
        const text = `See ${form} here.`;
        const matches = matcher.find(text);
        expect(matches.map((m) => [text.slice(m.start, m.end), m.entry]), form).toEqual([[form, i]]);
      }
    });
  });
});

import { describe, expect, it } from 'vitest';
import { validateGlossary } from '../../../src/core/glossary';
import { CATEGORY_LABELS, entryFrom, fieldsOf, termProblems, type TermFields } from '../../../src/options/term-validation';
import type { GlossaryEntry } from '../../../src/shared/types';

const filled: TermFields = { abbreviation: ' QXZ ', expansion: 'Quarterly Extra Zone review', definition: '', category: 'process' };

describe('the add-term form', () => {
  it('names every empty required field, in GOV.UK wording', () => {
    expect(termProblems({ abbreviation: ' ', expansion: '', definition: '', category: '' }, [])).toEqual({
      abbreviation: 'Enter the abbreviation or term',
      expansion: 'Enter what the abbreviation stands for',
      category: 'Select a category',
    });
  });

  it('refuses a term the reader already has, by term or variant, and over-long fields', () => {
    const others: GlossaryEntry[] = [{ term: 'ABC', variants: ['QXZ'], senses: [{ expansion: 'x', category: 'other' }] }];
    expect(termProblems(filled, others).abbreviation).toMatch(/already in your glossary/);
    expect(termProblems({ ...filled, definition: 'a'.repeat(2001) }, []).definition).toMatch(/2000 characters or fewer/);
    expect(termProblems(filled, [])).toEqual({});
  });

  it('saves trimmed text that the glossary validation accepts, keeping extra senses and variants', () => {
    const original: GlossaryEntry = {
      term: 'QXZ', variants: ['QXZs'],
      senses: [{ expansion: 'old', category: 'other' }, { expansion: 'Second sense', category: 'role' }],
    };
    const entry = entryFrom({ ...filled, definition: '  A review.  ' }, original);
    expect(entry).toEqual({
      term: 'QXZ', variants: ['QXZs'],
      senses: [{ expansion: 'Quarterly Extra Zone review', category: 'process', definition: 'A review.' }, { expansion: 'Second sense', category: 'role' }],
    });
    expect(validateGlossary([entry])).toEqual([]);
    expect(fieldsOf(entry)).toEqual({ abbreviation: 'QXZ', expansion: 'Quarterly Extra Zone review', definition: 'A review.', category: 'process' });
  });

  it('offers all seven categories', () => {
    expect(CATEGORY_LABELS.map(([c]) => c)).toEqual(['organisation', 'role', 'process', 'system', 'document', 'legislation', 'other']);
  });
});

/** Every problem code the core can report has words on the options page, with its values, line and field in them. */
import { describe, expect, it } from 'vitest';
import type { ProblemCode, ProblemValues } from '../../../src/core/problems';
import { problem } from '../../../src/core/problems';
import { problemText, readerField } from '../../../src/options/problem-text';

// One sample per code: a code added to ProblemValues without a sample here is a type error.
const SAMPLES: { [C in ProblemCode]: ProblemValues[C] } = {
  'too-big': { megabytes: 20.1, maxMegabytes: 20 },
  'not-json': { column: 7 },
  'not-backup': {}, 'glossary-not-backup': {}, 'backup-version': { version: 7, supported: 1 }, 'backup-no-version': {},
  'not-glossary': {}, 'backup-not-glossary': {}, 'glossary-version': { version: 7, supported: 1 }, 'glossary-no-version': {},
  missing: {}, 'expected-text': {}, 'expected-object': {}, 'expected-list': {}, 'expected-time': {}, 'expected-whole-number': {},
  'expected-boolean': {}, 'expected-value': { expected: 'TextQuoteSelector' }, 'expected-category': { categories: 'role, other' },
  empty: {}, 'too-long-characters': { max: 300 }, 'too-long-bytes': { max: 8 * 1024 }, 'quote-too-long': { max: 256 * 1024 },
  'too-many-tags': { max: 100 }, 'too-many-terms': { max: 10_000 }, 'no-senses': {}, 'end-before-start': {}, 'modified-before-created': {},
  'duplicate-id': { id: 'n-7', earlier: 'notes[0]' }, 'duplicate-sense': { earlier: 'terms[0]' }, 'duplicate-sense-row': { term: 'PO', earlierLine: 2 },
  'form-blank': {}, 'form-taken': { form: 'PO', owner: 'SPO' }, 'sense-expansion-empty': { sense: 2 },
  'sense-category-unknown': { sense: 2, category: 'team' }, 'sense-definition-empty': { sense: 2 },
  'csv-quote-not-closed': {}, 'csv-text-after-quote': {}, 'csv-field-count': { count: 3, expected: 4 }, 'csv-empty': {},
  'csv-unknown-column': { column: 'sfo', columns: 'abbreviation, expansion' }, 'csv-column-twice': { column: 'expansion' },
  'csv-columns-missing': { columns: 'abbreviation, expansion' }, 'file-too-many-terms': { count: 10_001, max: 10_000 },
  'more-problems': { count: 30 }, invalid: { detail: 'Invalid type' },
};

describe('problemText', () => {
  it('counts notes, terms and senses from 1, as the reader does: the file\'s notes[13] is the fourteenth note', () => {
    expect(problemText(problem('missing', {}, { field: 'notes[13].target.quote.exact' }))).toBe('notes[14].target.quote.exact: is missing');
    expect(problemText(problem('empty', {}, { field: 'glossary[0].senses[2].expansion' }))).toBe('glossary[1].senses[3].expansion: is empty');
    expect(problemText(problem('duplicate-id', { id: 'n-7', earlier: 'notes[0]' }, { field: 'notes[4].id' }))).toMatch(/^notes\[5\]\.id: .*notes\[1\]/);
  });

  it('words every code with its values, the field and the line, and leaves no placeholder', () => {
    for (const [code, values] of Object.entries(SAMPLES) as [ProblemCode, never][]) {
      const text = problemText(problem(code, values, { line: 12, field: 'notes[3].body' }));
      // A JSON error says its line in its own sentence.
      expect(text, code).toMatch(code === 'not-json' ? /at line 12, column 7/ : /^Line 12: /);
      expect(text, code).not.toMatch(/\$\d|undefined|\[object/);
      for (const value of Object.values(values)) {
        if (typeof value === 'string' && code !== 'invalid') expect(text, code).toContain(readerField(value));
      }
    }
  });

  it('puts sizes in KiB or MiB, and uses the singular key for one', () => {
    expect(problemText(problem('too-long-bytes', { max: 1024 * 1024 }, { field: 'notes[0].body' }))).toBe('notes[1].body: is longer than 1 MiB');
    expect(problemText(problem('too-long-bytes', { max: 8 * 1024 }, { field: 'notes[0].id' }))).toBe('notes[1].id: is longer than 8 KiB');
    expect(problemText(problem('csv-field-count', { count: 1, expected: 4 }, { line: 3 })))
      .toBe('Line 3: This row has 1 field but the header has 4; a field holding a comma must be in double quotes.');
    expect(problemText(problem('more-problems', { count: 1 }))).toBe('…and 1 more problem.');
    expect(problemText(problem('more-problems', { count: 2 }))).toBe('…and 2 more problems.');
  });

  it('names the line of a JSON error once, in the sentence', () => {
    expect(problemText(problem('not-json', { column: 3 }, { line: 4 }))).toBe('The file is not valid JSON: the error is at line 4, column 3.');
    expect(problemText(problem('not-json', {}))).toBe('The file is not valid JSON.');
  });
});

import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/core/problems';
import { exportGlossaryCsv, exportGlossaryJson, parseCsv, parseGlossary } from '../../../src/core/glossary-io';
import { problemText } from '../../../src/options/problem-text';
import type { GlossaryEntry } from '../../../src/shared/types';

const entries: GlossaryEntry[] = [
  { term: 'SFO', senses: [{ expansion: 'Serious Further Offence', category: 'process', definition: 'A review, "formal", of a case; see <a href="x">this</a>.\nSecond line.' }] },
  {
    term: 'PO',
    senses: [
      { expansion: 'Probation Officer', category: 'role', definition: 'Café, naïve, עברית, 中文, 😀.' },
      { expansion: 'Prison Officer', category: 'role' },
    ],
  },
  { term: '-X', senses: [{ expansion: '=SUM(A1:A9)', category: 'other', definition: "@risk +1 '=literal" }] },
  { term: 'Team <b>Thing</b>', senses: [{ expansion: 'Thing, with comma', category: 'other', definition: 'x'.repeat(2000) }] },
];

/** A problem's place and code, and its sentence as the options page words it (without the "Line n:" it adds). */
const view = (p: Problem) => ({
  ...(p.line !== undefined ? { line: p.line } : {}), ...(p.field !== undefined ? { field: p.field } : {}),
  // The reader's words count from 1 (problem-text.test.ts); here they are compared with the file's 0-based fields.
  code: p.code, message: problemText(p).replace(/^Line \d+: /, '').replace(/\[(\d+)\]/g, (_, n: string) => `[${Number(n) - 1}]`),
});
const problemsOf = (text: string, kind: 'csv' | 'json') => {
  const result = parseGlossary(text, kind);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(view);
};

describe('glossary CSV', () => {
  it('round-trips entries, however odd their text', () => {
    const csv = exportGlossaryCsv(entries);
    expect(csv.split('\r\n')[0]).toBe('abbreviation,expansion,definition,category');
    expect(csv).toContain("'-X,'=SUM(A1:A9),'@risk +1 '=literal,other\r\n"); // guarded against formulas
    expect(parseGlossary(csv, 'csv')).toEqual({ ok: true, value: entries });
  });

  it('reads a hand-made list: any column order, padding, a BOM, blank lines, LF ends, default category', () => {
    const csv = '\uFEFFExpansion , abbreviation,Category\n Serious Further Offence ,SFO,Process\n\nAccredited Programme,AP,\n';
    expect(parseGlossary(csv, 'csv')).toEqual({
      ok: true,
      value: [
        { term: 'SFO', senses: [{ expansion: 'Serious Further Offence', category: 'process' }] },
        { term: 'AP', senses: [{ expansion: 'Accredited Programme', category: 'other' }] },
      ],
    });
  });

  it('joins rows of the same abbreviation into one entry with several senses', () => {
    const csv = 'abbreviation,expansion\nPO,Probation Officer\nSFO,Serious Further Offence\nPO,Prison Officer\n';
    const result = parseGlossary(csv, 'csv');
    expect(result.ok && result.value.map((e) => [e.term, e.senses.map((s) => s.expansion)])).toEqual([
      ['PO', ['Probation Officer', 'Prison Officer']],
      ['SFO', ['Serious Further Offence']],
    ]);
  });

  it('reports the line and field of every bad row, counting lines inside quoted fields', () => {
    const csv = [
      'abbreviation,expansion,definition,category',
      'SFO,"Serious',
      'Further Offence",ok,process',
      ',Missing abbreviation,,',
      'X,,,',
      'Y,Why,,team',
      'Z,Zed,"<b>bold</b> is fine"',
      `L,${'l'.repeat(301)},,`,
    ].join('\r\n');
    expect(problemsOf(csv, 'csv')).toEqual([
      { line: 4, field: 'abbreviation', code: 'empty', message: 'abbreviation: is empty' },
      { line: 5, field: 'expansion', code: 'empty', message: 'expansion: is empty' },
      { line: 6, field: 'category', code: 'expected-category', message: 'category: expected one of organisation, role, process, system, document, legislation, other' },
      { line: 7, code: 'csv-field-count', message: 'This row has 3 fields but the header has 4; a field holding a comma must be in double quotes.' },
      { line: 8, field: 'expansion', code: 'too-long-characters', message: 'expansion: is longer than 300 characters' },
    ]);
  });

  it('reports a repeated sense and a term clash with their lines', () => {
    expect(problemsOf('abbreviation,expansion\nPO,Probation Officer\nSFO,x\nPO,probation officer\n', 'csv')).toEqual([
      { line: 4, field: 'expansion', code: 'duplicate-sense-row', message: 'expansion: this sense of PO is already on line 2' },
    ]);
  });

  it('refuses a file without the right header', () => {
    const expected = 'The first line must name the columns: abbreviation, expansion, definition, category (definition and category may be left out).';
    expect(problemsOf('SFO,Serious Further Offence\n', 'csv')).toEqual([{ line: 1, code: 'csv-unknown-column', message: `Unknown column “sfo”. ${expected}` }]);
    expect(problemsOf('abbreviation,definition\nSFO,x\n', 'csv')).toEqual([{ line: 1, code: 'csv-columns-missing', message: expected }]);
    expect(problemsOf('abbreviation,expansion,expansion\n', 'csv')).toEqual([{ line: 1, code: 'csv-column-twice', message: 'The column “expansion” is named twice.' }]);
    expect(problemsOf('\n\n', 'csv')).toEqual([{ code: 'csv-empty', message: 'The file is empty.' }]);
    expect(parseGlossary('abbreviation,expansion\r\n', 'csv')).toEqual({ ok: true, value: [] });
  });

  it('refuses broken quoting', () => {
    expect(problemsOf('abbreviation,expansion\nSFO,"Serious\n\n', 'csv')).toEqual([{ line: 2, code: 'csv-quote-not-closed', message: 'A quoted field is never closed: a " is missing.' }]);
    expect(problemsOf('abbreviation,expansion\nSFO,"Serious" Offence\n', 'csv')).toEqual([
      { line: 2, code: 'csv-text-after-quote', message: 'There is text after a closing quote; a quote inside a quoted field is written twice ("").' },
    ]);
  });

  it('lists at most 50 problems, then how many more', () => {
    const found = problemsOf(`abbreviation,expansion\n${'X,\n'.repeat(70)}`, 'csv');
    expect(found).toHaveLength(51);
    expect(found[49]).toEqual({ line: 51, field: 'expansion', code: 'empty', message: 'expansion: is empty' });
    expect(found[50]).toEqual({ code: 'more-problems', message: '…and 20 more problems.' });
  });

  it('refuses a file over 20 MB', () => {
    expect(problemsOf('a'.repeat(25_000_000), 'csv')).toEqual([{ code: 'too-big', message: 'The file is 25 MB; the largest file Probation Lens imports is 20 MB.' }]);
  });
});

describe('parseCsv', () => {
  it('follows RFC 4180', () => {
    const result = parseCsv('a,"b,c","d""e",\r\n"multi\r\nline",x\n"",\n\rlast,');
    expect(result).toEqual({
      ok: true,
      value: [
        { line: 1, cells: ['a', 'b,c', 'd"e', ''] },
        { line: 2, cells: ['multi\r\nline', 'x'] },
        { line: 4, cells: ['', ''] },
        { line: 5, cells: [''] },
        { line: 6, cells: ['last', ''] },
      ],
    });
  });
});

describe('glossary JSON', () => {
  it('round-trips every field, variants and flags included', () => {
    const full: GlossaryEntry[] = [...entries, { term: 'Napo', variants: ['NAPO'], commonWord: true, lookupOnly: true, phrase: false, renamed: { now: 'Napo', note: 'a note' }, senses: [{ expansion: 'Union', category: 'organisation' }] }];
    const json = exportGlossaryJson(full);
    expect(JSON.parse(json)).toMatchObject({ format: 'probation-lens-glossary', version: 1 });
    expect(parseGlossary(json, 'json')).toEqual({ ok: true, value: full });
  });

  it('reads a bare list of rows, defaulting the category', () => {
    const json = JSON.stringify([
      { abbreviation: 'SFO', expansion: 'Serious Further Offence', definition: 'A review.' },
      { abbreviation: 'PO', expansion: 'Probation Officer', category: 'role', extra: 'ignored' },
      { abbreviation: 'PO', expansion: 'Prison Officer', category: 'role' },
    ]);
    expect(parseGlossary(json, 'json')).toEqual({
      ok: true,
      value: [
        { term: 'SFO', senses: [{ expansion: 'Serious Further Offence', category: 'other', definition: 'A review.' }] },
        { term: 'PO', senses: [{ expansion: 'Probation Officer', category: 'role' }, { expansion: 'Prison Officer', category: 'role' }] },
      ],
    });
  });

  it('names the field and line of each problem', () => {
    const json = '[\n  {"abbreviation": "SFO", "expansion": "x"},\n  {"abbreviation": "PO"},\n  {"abbreviation": 7, "expansion": "y", "category": "team"}\n]';
    expect(problemsOf(json, 'json')).toEqual([
      { line: 3, field: '[1].expansion', code: 'missing', message: '[1].expansion: is missing' },
      { line: 4, field: '[2].abbreviation', code: 'expected-text', message: '[2].abbreviation: expected text' },
      { line: 4, field: '[2].category', code: 'expected-category', message: '[2].category: expected one of organisation, role, process, system, document, legislation, other' },
    ]);
    const wrapped = exportGlossaryJson([{ term: 'SFO', senses: [{ expansion: 'x', category: 'other' }] }]).replace('"x"', '""');
    expect(problemsOf(wrapped, 'json')).toEqual([{ line: 9, field: 'terms[0].senses[0].expansion', code: 'empty', message: 'terms[0].senses[0].expansion: is empty' }]);
  });

  it('reports duplicate forms and senses through the glossary rules', () => {
    const json = exportGlossaryJson([
      { term: 'SFO', senses: [{ expansion: 'x', category: 'other' }] },
      { term: 'Other', variants: ['SFO'], senses: [{ expansion: 'y', category: 'other' }] },
      { term: ' padded', senses: [{ expansion: 'z', category: 'other' }] },
    ]);
    expect(problemsOf(json, 'json')).toEqual([
      { line: 14, field: 'terms[1]', code: 'form-taken', message: 'terms[1]: “SFO” is already a form of SFO' },
      { line: 26, field: 'terms[2]', code: 'form-blank', message: 'terms[2]: a form is empty or padded with spaces' },
    ]);
    expect(problemsOf('[{"abbreviation": "A", "expansion": "B"}, {"abbreviation": "A", "expansion": "b"}]', 'json')).toEqual([
      { line: 1, field: '[1].expansion', code: 'duplicate-sense', message: '[1].expansion: this sense is already given by [0]' },
    ]);
  });

  it('refuses bad JSON, another format or version, and the wrong shape', () => {
    expect(problemsOf('[\n  {"abbreviation": "SFO",}\n]', 'json')).toEqual([{ line: 2, code: 'not-json', message: 'The file is not valid JSON: the error is at line 2, column 26.' }]);
    expect(problemsOf('{"terms": []}', 'json')).toEqual([{ code: 'not-glossary', message: 'This is not a Probation Lens glossary: expected a list of terms.' }]);
    expect(problemsOf('42', 'json')).toEqual([{ code: 'not-glossary', message: 'This is not a Probation Lens glossary: expected a list of terms.' }]);
    expect(problemsOf('{"format": "probation-lens-backup", "version": 1}', 'json')).toEqual([
      { code: 'backup-not-glossary', message: 'This is a Probation Lens backup, not a glossary: import it as a backup.' },
    ]);
    expect(problemsOf('{"format": "probation-lens-glossary", "version": 2, "terms": []}', 'json')).toEqual([
      { code: 'glossary-version', message: 'This glossary is version 2; this version of Probation Lens reads version 1.' },
    ]);
    expect(problemsOf('{"format": "probation-lens-glossary", "version": 1}', 'json')).toEqual([{ line: 1, field: 'terms', code: 'missing', message: 'terms: is missing' }]);
    expect(problemsOf('{"format": "probation-lens-glossary", "version": 1, "terms": [{"term": "X", "senses": []}]}', 'json')).toEqual([
      { line: 1, field: 'terms[0].senses', code: 'no-senses', message: 'terms[0].senses: has no senses' },
    ]);
  });

  it('refuses more than 10,000 terms', () => {
    const many = JSON.stringify(Array.from({ length: 10_001 }, (_, i) => ({ abbreviation: `T${i}`, expansion: 'x' })));
    expect(problemsOf(many, 'json')).toEqual([{ code: 'too-many-terms', message: 'The file has more than 10000 terms.' }]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  exportBackup, jsonLines, MAX_IMPORT_BYTES, mergeNotes, parseBackup, sizeProblem, utf8Length, type Problem,
} from '../../../src/core/backup';
import { problemText } from '../../../src/options/problem-text';
import { MAX_BODY_BYTES, MAX_QUOTE_BYTES } from '../../../src/storage/notes';
import type { GlossaryEntry, Note } from '../../../src/shared/types';

const T0 = '2025-01-31T09:00:00.000Z';
const T1 = '2025-02-01T10:30:00.000Z';
const NOW = new Date('2025-03-01T12:00:00.000Z');

function note(id: string, fields: Partial<Note> = {}): Note {
  return {
    id,
    target: {
      source: 'https://www.gov.uk/guidance/mappa-guidance',
      quote: { type: 'TextQuoteSelector', exact: `passage ${id}`, prefix: 'before ', suffix: ' after' },
      position: { type: 'TextPositionSelector', start: 10, end: 20 },
    },
    body: `body ${id}`,
    tags: [],
    pageTitle: 'MAPPA guidance',
    created: T0,
    modified: T0,
    ...fields,
  };
}

const glossary: GlossaryEntry[] = [
  { term: 'SFO', senses: [{ expansion: 'Serious Further Offence', category: 'process', definition: 'A <b>serious</b> offence, "quoted", with commas.' }] },
  {
    term: 'Napo', variants: ['NAPO'], commonWord: true, lookupOnly: false, phrase: false,
    renamed: { now: 'Napo', note: 'since 2000' },
    senses: [{ expansion: 'National Association of Probation Officers', category: 'organisation' }, { expansion: 'Other', category: 'other' }],
  },
];

/** The exported text with one note's JSON replaced, for malformed-file cases. */
function backupWith(notes: unknown[], glossaryList: unknown[] = []): string {
  return JSON.stringify({ format: 'probation-lens-backup', version: 1, exportedAt: T0, notes, glossary: glossaryList }, null, 2);
}
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
/** A problem's place and code, and its sentence as the options page words it (without the "Line n:" it adds). */
const view = (p: Problem) => ({
  ...(p.line !== undefined ? { line: p.line } : {}), ...(p.field !== undefined ? { field: p.field } : {}),
  // The reader's words count notes from 1 (problem-text.test.ts); here they are compared with the file's 0-based fields.
  code: p.code, message: problemText(p).replace(/^Line \d+: /, '').replace(/\[(\d+)\]/g, (_, n: string) => `[${Number(n) - 1}]`),
});
const problems = (text: string) => {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(view);
};

describe('exportBackup and parseBackup', () => {
  it('round-trips notes and glossary exactly, whatever the text holds', () => {
    const notes = [
      note('a', { body: '<script>alert("x")</script>\n<img src=x onerror=alert(1)>', tags: ['<b>tag</b>', 'a,b', 'q"uote'] }),
      note('b', { body: 'Line one\r\nLine two,\n"quoted", and \'single\'\ttabbed', pageTitle: 'Title, with "quotes" & <em>html</em>' }),
      note('c', { body: 'Unicode: café, naïve, עברית, 中文, 😀👩‍👩‍👧, \u0000 and \u2028', target: { ...note('c').target, contentId: '5f2e9c1a-0000-4000-8000-000000000000' } }),
      note('d', { body: 'x'.repeat(MAX_BODY_BYTES), created: T0, modified: T1 }),
      note('e', { body: '', target: { ...note('e').target, quote: { type: 'TextQuoteSelector', exact: '€'.repeat(80_000), prefix: '', suffix: '' } } }),
    ];
    const text = exportBackup(notes, glossary, NOW);
    expect(JSON.parse(text)).toMatchObject({ format: 'probation-lens-backup', version: 1, exportedAt: '2025-03-01T12:00:00.000Z' });
    expect(text).toContain('\n  "notes": [\n'); // pretty, for a person who opens it
    const parsed = parseBackup(text);
    expect(parsed).toEqual({ ok: true, value: { notes, glossary } });
  });

  it('keeps the same limits as storage', () => {
    expect(MAX_BODY_BYTES).toBe(1024 * 1024);
    expect(MAX_QUOTE_BYTES).toBe(256 * 1024);
    const over = backupWith([note('a', { body: 'x'.repeat(MAX_BODY_BYTES + 1) })]);
    expect(problems(over)).toEqual([{ line: lineOf(over, '"body"'), field: 'notes[0].body', code: 'too-long-bytes', message: 'notes[0].body: is longer than 1 MiB' }]);
    // Bytes, not characters: 350,000 euro signs are 1,050,000 bytes.
    const wide = backupWith([note('a', { body: '€'.repeat(350_000) })]);
    expect(problems(wide)[0]?.message).toBe('notes[0].body: is longer than 1 MiB');
  });

  it('drops unknown fields and accepts HTML as text', () => {
    const text = backupWith([{ ...note('a', { body: '<iframe src="javascript:alert(1)">' }), evil: true, __proto__: { x: 1 } }]);
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.value.notes[0]).toEqual(note('a', { body: '<iframe src="javascript:alert(1)">' }));
  });

  it('reports bad JSON with its line and column', () => {
    const text = '{\n  "format": "probation-lens-backup",\n  "version": 1,\n  oops\n}';
    expect(problems(text)).toEqual([{ line: 4, code: 'not-json', message: 'The file is not valid JSON: the error is at line 4, column 3.' }]);
    expect(problems('{\n  "notes": [')).toEqual([{ line: 2, code: 'not-json', message: 'The file is not valid JSON: the error is at line 2, column 13.' }]);
    expect(problems('')[0]?.message).toMatch(/^The file is not valid JSON/);
  });

  it('refuses a file over 20 MB before parsing it', () => {
    expect(parseBackup('x'.repeat(100_000_000))).toEqual({ ok: false, problems: [{ code: 'too-big', values: { megabytes: 100, maxMegabytes: 20 } }] });
    expect(problems('x'.repeat(100_000_000))).toEqual([{ code: 'too-big', message: 'The file is 100 MB; the largest file Probation Lens imports is 20 MB.' }]);
    // Counted in UTF-8 bytes: 7 million euro signs are 21 MB.
    expect(problems('€'.repeat(7_000_000))).toEqual([{ code: 'too-big', message: 'The file is 21 MB; the largest file Probation Lens imports is 20 MB.' }]);
    expect(sizeProblem(MAX_IMPORT_BYTES)).toBeUndefined();
    expect(sizeProblem(MAX_IMPORT_BYTES + 1)).toEqual({ code: 'too-big', values: { megabytes: 20.1, maxMegabytes: 20 } });
    expect(problemText(sizeProblem(MAX_IMPORT_BYTES + 1)!)).toBe('The file is 20.1 MB; the largest file Probation Lens imports is 20 MB.');
  });

  it('refuses a file that is not our backup, or another version of it', () => {
    const not = [{ code: 'not-backup', message: 'This is not a Probation Lens backup.' }];
    expect(problems('{"hello": 1}')).toEqual(not);
    expect(problems('[]')).toEqual(not);
    expect(problems('null')).toEqual(not);
    expect(problems('"probation-lens-backup"')).toEqual(not);
    expect(problems('{"format": "probation-lens-glossary", "version": 1, "terms": []}')).toEqual([
      { code: 'glossary-not-backup', message: 'This is a Probation Lens glossary, not a backup: import it as a glossary.' },
    ]);
    expect(problems('{"format": "probation-lens-backup", "version": 7}')).toEqual([
      { code: 'backup-version', message: 'This backup is version 7; this version of Probation Lens reads version 1.' },
    ]);
    expect(problems('{"format": "probation-lens-backup", "version": "1"}')).toEqual([{ code: 'backup-no-version', message: 'This backup has no version number.' }]);
  });

  it('names the field and line of every problem in the notes', () => {
    const bad = { ...note('d'), target: { ...note('d').target, quote: { type: 'TextQuoteSelector', exact: 42, prefix: '', suffix: '' } } };
    const text = backupWith([note('a'), note('b'), note('c'), bad]);
    expect(problems(text)).toEqual([
      { line: lineOf(text, '"exact": 42'), field: 'notes[3].target.quote.exact', code: 'expected-text', message: 'notes[3].target.quote.exact: expected text' },
    ]);
  });

  it('reports a missing field at the object that lacks it', () => {
    const { body: _, ...noBody } = note('b');
    const text = backupWith([note('a'), noBody]);
    // The object's line is where its opening brace is: the line before its "id".
    const line = lineOf(text, '"id": "b"') - 1;
    expect(problems(text)).toEqual([{ line, field: 'notes[1].body', code: 'missing', message: 'notes[1].body: is missing' }]);
    expect(problems(JSON.stringify({ format: 'probation-lens-backup', version: 1, exportedAt: T0, notes: [] }))).toEqual([
      { line: 1, field: 'glossary', code: 'missing', message: 'glossary: is missing' },
    ]);
  });

  it('rejects bad times, offsets, tags, quotes and ids, each with its own message', () => {
    const cases: [Partial<Note> | Record<string, unknown>, string, string, string][] = [
      [{ created: '2025-01-31' }, 'notes[0].created', 'expected a time like 2025-01-31T09:00:00.000Z', 'expected-time'],
      [{ created: '2025-01-31T09:00:00Z' }, 'notes[0].created', 'expected a time like 2025-01-31T09:00:00.000Z', 'expected-time'],
      [{ modified: '2025-02-30T00:00:00.000Z' }, 'notes[0].modified', 'expected a time like 2025-01-31T09:00:00.000Z', 'expected-time'],
      [{ created: T1, modified: T0 }, 'notes[0].modified', 'is before created', 'modified-before-created'],
      [{ id: '' }, 'notes[0].id', 'is empty', 'empty'],
      [{ tags: Array.from({ length: 101 }, (_, i) => `t${i}`) }, 'notes[0].tags', 'has more than 100 tags', 'too-many-tags'],
      [{ tags: 'one,two' }, 'notes[0].tags', 'expected a list', 'expected-list'],
      [{ body: null }, 'notes[0].body', 'expected text', 'expected-text'],
      [{ target: { ...note('a').target, position: { type: 'TextPositionSelector', start: 9, end: 3 } } }, 'notes[0].target.position.end', 'is before start', 'end-before-start'],
      [{ target: { ...note('a').target, position: { type: 'TextPositionSelector', start: -1, end: 3 } } }, 'notes[0].target.position.start', 'expected a whole number, 0 or more', 'expected-whole-number'],
      [{ target: { ...note('a').target, position: { type: 'TextPositionSelector', start: 1.5, end: 3 } } }, 'notes[0].target.position.start', 'expected a whole number, 0 or more', 'expected-whole-number'],
      [{ target: { ...note('a').target, position: { type: 'Range', start: 1, end: 3 } } }, 'notes[0].target.position.type', 'expected "TextPositionSelector"', 'expected-value'],
      [{ target: { ...note('a').target, quote: { type: 'TextQuoteSelector', exact: 'x'.repeat(MAX_QUOTE_BYTES + 1), prefix: '', suffix: '' } } }, 'notes[0].target.quote.exact', 'is longer than 256 KiB', 'too-long-bytes'],
      [{ target: { ...note('a').target, quote: { type: 'TextQuoteSelector', exact: 'x'.repeat(MAX_QUOTE_BYTES - 10), prefix: 'p'.repeat(11), suffix: '' } } }, 'notes[0].target.quote.exact', 'is longer than 256 KiB with its prefix and suffix', 'quote-too-long'],
      [{ target: 'https://www.gov.uk/' }, 'notes[0].target', 'expected an object', 'expected-object'],
    ];
    for (const [fields, field, message, code] of cases) {
      const found = problems(backupWith([{ ...note('a'), ...fields }]));
      expect(found.map((p) => [p.field, p.code, p.message]), JSON.stringify(fields).slice(0, 80)).toEqual([[field, code, `${field}: ${message}`]]);
      expect(found[0]?.line).toBeGreaterThan(1);
    }
  });

  it('rejects a backup with two notes of the same id', () => {
    const text = backupWith([note('a'), note('b'), note('a')]);
    expect(problems(text)).toEqual([
      { line: text.slice(0, text.lastIndexOf('"id": "a"')).split('\n').length, field: 'notes[2].id', code: 'duplicate-id', message: 'notes[2].id: “a” is also the id of notes[0]' },
    ]);
  });

  it('checks the glossary as the glossary importer does', () => {
    const dup = backupWith([], [glossary[0], { term: 'Other', variants: ['SFO'], senses: [{ expansion: 'X', category: 'other' }] }]);
    expect(problems(dup)).toEqual([{ line: lineOf(dup, '"term": "Other"') - 1, field: 'glossary[1]', code: 'form-taken', message: 'glossary[1]: “SFO” is already a form of SFO' }]);
    const cat = backupWith([], [{ term: 'X', senses: [{ expansion: 'Y', category: 'team' }] }]);
    expect(problems(cat).map((p) => p.message)).toEqual([
      'glossary[0].senses[0].category: expected one of organisation, role, process, system, document, legislation, other',
    ]);
    const empty = backupWith([], [{ term: 'X', senses: [] }]);
    expect(problems(empty).map((p) => p.message)).toEqual(['glossary[0].senses: has no senses']);
  });

  it('lists at most 50 problems, then how many more', () => {
    const { body: _, ...noBody } = note('x');
    const found = problems(backupWith(Array.from({ length: 80 }, (_, i) => ({ ...noBody, id: `n${i}` }))));
    expect(found).toHaveLength(51);
    expect(found[50]).toEqual({ code: 'more-problems', message: '…and 30 more problems.' });
  });

  it('gives codes and values, never words, and the options page words them', () => {
    const bad = { ...note('a'), target: { ...note('a').target, quote: { type: 'Quote', exact: 'x', prefix: '', suffix: '' } } };
    const text = backupWith([bad]);
    const result = parseBackup(text);
    expect(result).toEqual({ ok: false, problems: [
      { line: lineOf(text, '"type": "Quote"'), field: 'notes[0].target.quote.type', code: 'expected-value', values: { expected: 'TextQuoteSelector' } },
    ] });
    expect(!result.ok && problemText(result.problems[0]!)).toBe(`Line ${lineOf(text, '"type": "Quote"')}: notes[1].target.quote.type: expected "TextQuoteSelector"`);
    expect(problemText({ code: 'not-backup', values: {} })).toBe('This is not a Probation Lens backup.');
    expect(problemText({ code: 'more-problems', values: { count: 1 } })).toBe('…and 1 more problem.');
  });
});

describe('jsonLines', () => {
  it('finds the line of values at any depth, past strings that look like JSON', () => {
    const text = '{\n "a": [\n  {},\n  "x,]}\\"{",\n  {"b\\"c": [1,\n 2]}\n ],\n "d": null\n}';
    const lines = jsonLines(text, new Set(['a', 'a[0]', 'a[1]', 'a[2]', 'a[2]["b\\"c"]', 'a[2]["b\\"c"][1]', 'd', 'nope']));
    expect(Object.fromEntries(lines)).toEqual({ a: 2, 'a[0]': 3, 'a[1]': 4, 'a[2]': 5, 'a[2]["b\\"c"]': 5, 'a[2]["b\\"c"][1]': 6, d: 8 });
  });
});

describe('utf8Length', () => {
  it('counts UTF-8 bytes', () => {
    for (const s of ['', 'abc', 'café', '€', '😀', 'a😀b€', '\ud800']) expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
  });
});

describe('mergeNotes', () => {
  it('adds new notes, updates older ones, keeps newer ones and deletes nothing', () => {
    const existing = [note('old'), note('same'), note('newer-here', { modified: T1 }), note('untouched')];
    const incoming = [note('old', { body: 'edited', modified: T1 }), note('same', { body: 'other' }), note('newer-here'), note('new')];
    expect(mergeNotes(existing, incoming)).toEqual({
      write: [note('old', { body: 'edited', modified: T1 }), note('new')],
      kept: 2,
      added: 1,
      updated: 1,
    });
  });

  it('takes the newest of repeated ids within the import', () => {
    const incoming = [note('a', { modified: T1, body: 'newest' }), note('a', { body: 'older' })];
    expect(mergeNotes([], incoming)).toEqual({ write: [incoming[0]], kept: 0, added: 1, updated: 0 });
  });

  it('does nothing for an empty import', () => {
    expect(mergeNotes([note('a')], [])).toEqual({ write: [], kept: 0, added: 0, updated: 0 });
  });
});

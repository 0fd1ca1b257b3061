/**
 * Words for what an import reports as data: each problem's code and values, and an import's counts,
 * become sentences of messages.json here, and nowhere else (a failed call's code: error-text.ts).
 */
import type { Problem } from '../core/problems';
import { t, type MessageKey } from '../shared/i18n';
import type { ImportOutcome, ImportProblem } from '../shared/protocol';

type Of<C extends Problem['code']> = Extract<Problem, { code: C }>['values'];
type Words = { [C in Problem['code']]: (field: string, values: Of<C>) => string };

const KIB = 1024;
const MIB = 1024 * 1024;

// One entry per code: a code without words is a type error. field is the problem's field, or "the file".
const WORDS: Words = {
  'too-big': (_, v) => t('importProblemTooBig', v.megabytes, v.maxMegabytes),
  'not-json': () => t('importProblemNotJson'),
  'not-backup': () => t('importProblemNotBackup'),
  'glossary-not-backup': () => t('importProblemGlossaryNotBackup'),
  'backup-version': (_, v) => t('importProblemBackupVersion', v.version, v.supported),
  'backup-no-version': () => t('importProblemBackupNoVersion'),
  'not-glossary': () => t('importProblemNotGlossary'),
  'backup-not-glossary': () => t('importProblemBackupNotGlossary'),
  'glossary-version': (_, v) => t('importProblemGlossaryVersion', v.version, v.supported),
  'glossary-no-version': () => t('importProblemGlossaryNoVersion'),
  missing: (f) => t('importProblemMissing', f),
  'expected-text': (f) => t('importProblemExpectedText', f),
  'expected-object': (f) => t('importProblemExpectedObject', f),
  'expected-list': (f) => t('importProblemExpectedList', f),
  'expected-time': (f) => t('importProblemExpectedTime', f),
  'expected-whole-number': (f) => t('importProblemExpectedWholeNumber', f),
  'expected-boolean': (f) => t('importProblemExpectedBoolean', f),
  'expected-value': (f, v) => t('importProblemExpectedValue', f, v.expected),
  'expected-category': (f, v) => t('importProblemExpectedCategory', f, v.categories),
  empty: (f) => t('importProblemEmpty', f),
  'too-long-characters': (f, v) => t('importProblemTooLongCharacters', f, v.max),
  'too-long-bytes': (f, v) => (v.max % MIB === 0 ? t('importProblemTooLongMib', f, v.max / MIB) : t('importProblemTooLongKib', f, Math.floor(v.max / KIB))),
  'quote-too-long': (f, v) => t('importProblemQuoteTooLong', f, Math.floor(v.max / KIB)),
  'too-many-tags': (f, v) => t('importProblemTooManyTags', f, v.max),
  'too-many-terms': (f, v) => t('importProblemTooManyTerms', f, v.max),
  'no-senses': (f) => t('importProblemNoSenses', f),
  'end-before-start': (f) => t('importProblemEndBeforeStart', f),
  'modified-before-created': (f) => t('importProblemModifiedBeforeCreated', f),
  'duplicate-id': (f, v) => t('importProblemDuplicateId', f, v.id, v.earlier),
  'duplicate-sense': (f, v) => t('importProblemDuplicateSense', f, v.earlier),
  'duplicate-sense-row': (f, v) => t('importProblemDuplicateSenseRow', f, v.term, v.earlierLine),
  'form-blank': (f) => t('importProblemFormBlank', f),
  'form-taken': (f, v) => t('importProblemFormTaken', f, v.form, v.owner),
  'sense-expansion-empty': (f, v) => t('importProblemSenseExpansionEmpty', f, v.sense),
  'sense-category-unknown': (f, v) => t('importProblemSenseCategoryUnknown', f, v.sense, v.category),
  'sense-definition-empty': (f, v) => t('importProblemSenseDefinitionEmpty', f, v.sense),
  'csv-quote-not-closed': () => t('importProblemCsvQuoteNotClosed'),
  'csv-text-after-quote': () => t('importProblemCsvTextAfterQuote'),
  'csv-field-count': (_, v) => (v.count === 1 ? t('importProblemCsvFieldCountOne', v.expected) : t('importProblemCsvFieldCount', v.count, v.expected)),
  'csv-empty': () => t('importProblemCsvEmpty'),
  'csv-unknown-column': (_, v) => t('importProblemCsvUnknownColumn', v.column, v.columns),
  'csv-column-twice': (_, v) => t('importProblemCsvColumnTwice', v.column),
  'csv-columns-missing': (_, v) => t('importProblemCsvColumnsMissing', v.columns),
  'file-too-many-terms': (_, v) => t('importProblemFileTooManyTerms', v.count, v.max),
  'more-problems': (_, v) => (v.count === 1 ? t('importProblemMoreOne') : t('importProblemMore', v.count)),
  invalid: (f) => t('importProblemInvalid', f),
};

/** A field path as the reader counts: the first note is notes[1] (the file's own indices start at 0). */
export function readerField(field: string): string {
  return field.replace(/\[(\d+)\]/g, (_, n: string) => `[${Number(n) + 1}]`);
}

/** One import problem as the reader reads it: "Line 12: notes[4].body: expected text" (for the file's fourth note). */
export function problemText(problem: ImportProblem): string {
  if (!('values' in problem)) {
    return t(problem.code === 'unreadable' ? 'optionsImportUnreadable' : problem.code === 'unknown-kind' ? 'importProblemUnknownKind' : 'errorStorageFull');
  }
  const words = WORDS[problem.code] as (field: string, values: unknown) => string;
  if (problem.field) problem = { ...problem, field: readerField(problem.field) };
  if ('earlier' in problem.values && typeof problem.values.earlier === 'string') problem = { ...problem, values: { ...problem.values, earlier: readerField(problem.values.earlier) } } as typeof problem;
  const text = problem.code === 'not-json' && problem.line !== undefined && problem.values.column !== undefined
    ? t('importProblemNotJsonAt', problem.line, problem.values.column)
    // A whole list of terms over the limit has no field: the list is the file.
    : problem.code === 'too-many-terms' && !problem.field ? t('importProblemFileOverTerms', problem.values.max)
      : words(problem.field || t('importProblemWholeFile'), problem.values);
  // A JSON error names its line itself.
  return problem.line !== undefined && problem.code !== 'not-json' ? t('importProblemOnLine', problem.line, text) : text;
}

const count = (n: number, one: MessageKey, many: MessageKey) => (n === 1 ? t(one) : t(many, n));

/** What a successful import did, one sentence per count that is not zero; one sentence when all are. */
export function importSummary(outcome: Extract<ImportOutcome, { ok: true }>): string[] {
  const counts: [number, MessageKey, MessageKey][] = outcome.kind === 'glossary' ? [] : [
    [outcome.added, 'optionsImportedNotesNewOne', 'optionsImportedNotesNew'],
    [outcome.updated, 'optionsImportedNotesUpdatedOne', 'optionsImportedNotesUpdated'],
    [outcome.kept, 'optionsImportedNotesKeptOne', 'optionsImportedNotesKept'],
  ];
  counts.push([outcome.terms, 'optionsImportedTermsOne', 'optionsImportedTerms']);
  const said = counts.filter(([n]) => n > 0).map(([n, one, many]) => count(n, one, many));
  return said.length > 0 ? said : [t('optionsImportedNothing')];
}

/**
 * What can be wrong with an imported file, as data: a code, the values its sentence names, and where
 * (line and field). The core never words a problem; the options page turns each code into a sentence
 * of messages.json, so a translation needs no change here.
 */

/** The values each problem's sentence names, by code. */
export interface ProblemValues {
  /** The file is over the import limit; megabytes is rounded up to one decimal (whole above 100). */
  'too-big': { megabytes: number; maxMegabytes: number };
  /** JSON.parse refused the text; line is the problem's line, column is given when known. */
  'not-json': { column?: number };
  'not-backup': object;
  /** A glossary file was chosen as a backup. */
  'glossary-not-backup': object;
  'backup-version': { version: number; supported: number };
  'backup-no-version': object;
  'not-glossary': object;
  /** A backup was chosen as a glossary. */
  'backup-not-glossary': object;
  'glossary-version': { version: number; supported: number };
  'glossary-no-version': object;
  /** A field the schema needs is absent. */
  missing: object;
  'expected-text': object;
  'expected-object': object;
  'expected-list': object;
  /** A time that is not in the exact toISOString form. */
  'expected-time': object;
  'expected-whole-number': object;
  'expected-boolean': object;
  /** A literal such as "TextQuoteSelector". */
  'expected-value': { expected: string };
  /** A category outside the fixed list; categories are the codes, comma-separated. */
  'expected-category': { categories: string };
  empty: object;
  'too-long-characters': { max: number };
  'too-long-bytes': { max: number };
  /** A quote whose exact text, prefix and suffix together are over max bytes. */
  'quote-too-long': { max: number };
  'too-many-tags': { max: number };
  'too-many-terms': { max: number };
  'no-senses': object;
  'end-before-start': object;
  'modified-before-created': object;
  /** Two notes with one id; earlier is the field of the first one. */
  'duplicate-id': { id: string; earlier: string };
  /** A sense given twice in a JSON glossary; earlier is the field of the first one. */
  'duplicate-sense': { earlier: string };
  /** A sense given twice in a CSV glossary; earlierLine is the line of the first one. */
  'duplicate-sense-row': { term: string; earlierLine: number };
  /** A term's form that is empty or has spaces around it. */
  'form-blank': object;
  /** A form that another term (owner), or an earlier one of the same file, already has. */
  'form-taken': { form: string; owner: string };
  /** A sense (1-based) whose expansion is empty. */
  'sense-expansion-empty': { sense: number };
  'sense-category-unknown': { sense: number; category: string };
  'sense-definition-empty': { sense: number };
  'csv-quote-not-closed': object;
  'csv-text-after-quote': object;
  'csv-field-count': { count: number; expected: number };
  'csv-empty': object;
  /** The header names a column we do not know; columns is the list we do, comma-separated. */
  'csv-unknown-column': { column: string; columns: string };
  'csv-column-twice': { column: string };
  'csv-columns-missing': { columns: string };
  /** A glossary file with more terms than the import allows. */
  'file-too-many-terms': { count: number; max: number };
  /** The last problem of a capped list: how many more there are. */
  'more-problems': { count: number };
  /** A check the schema made that has no code of its own; detail is for a developer. */
  invalid: { detail: string };
}

/** Every kind of problem. */
export type ProblemCode = keyof ProblemValues;

/** Where a problem is in the file, when known. */
export interface ProblemPlace {
  /** The file's line (1-based). */
  readonly line?: number;
  /** The field, as a path like notes[3].target.quote.exact, or a CSV column name. */
  readonly field?: string;
}

/** One thing wrong with an imported file: its code and values, and where it is. */
export type Problem = { [C in ProblemCode]: ProblemPlace & { readonly code: C; readonly values: Readonly<ProblemValues[C]> } }[ProblemCode];

/** A problem of one code; the values are required exactly when the code has some. */
export function problem<C extends ProblemCode>(code: C, values: ProblemValues[C], place: ProblemPlace = {}): Problem {
  return { ...place, code, values } as Problem;
}

// Valibot carries a schema's message as a string: a problem's code and values travel in it as JSON.
/** A problem's code and values as a schema message. */
export function schemaMessage<C extends ProblemCode>(code: C, values: ProblemValues[C]): string {
  return JSON.stringify({ code, values });
}

/** The problem a schema message stands for; a message not made by schemaMessage is kept as an `invalid` detail. */
export function fromSchemaMessage(message: string, place: ProblemPlace): Problem {
  try {
    const parsed = JSON.parse(message) as { code?: unknown; values?: unknown };
    if (typeof parsed.code === 'string' && typeof parsed.values === 'object' && parsed.values !== null) {
      return { ...place, code: parsed.code, values: parsed.values } as Problem;
    }
  } catch {
    // Not one of ours: valibot's own message.
  }
  return problem('invalid', { detail: message }, place);
}

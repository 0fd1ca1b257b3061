/**
 * The personal glossary as a file: CSV for a team's shared list kept in a spreadsheet, and JSON. CSV
 * holds one row per sense (variants and flags do not fit its columns); our JSON format is lossless.
 */
import * as v from 'valibot';
import { importedGlossaryEntrySchema as glossaryEntrySchema } from '../shared/schemas';
import type { GlossaryEntry, Sense } from '../shared/types';
import {
  capped, categorySchema, chars, glossaryProblems, joinPath, LIST, locate, MAX_TERMS, OBJECT, readJson,
  schemaProblems, textSizeProblem, tooManyTerms, type ParseResult, type Problem,
} from './backup';
import { csvRow, unguardFormula } from './export-formats';
import { fromSchemaMessage, problem } from './problems';

/** The glossary file's format name. */
export const GLOSSARY_FORMAT = 'probation-lens-glossary';
/** The glossary file version this code writes and reads. */
export const GLOSSARY_VERSION = 1;

const COLUMNS = ['abbreviation', 'expansion', 'definition', 'category'] as const;
type Column = (typeof COLUMNS)[number];

/** The glossary as CSV: a header, then one row per sense (CRLF line ends, cells guarded against formulas). */
export function exportGlossaryCsv(entries: readonly GlossaryEntry[]): string {
  const rows = entries.flatMap((e) => e.senses.map((s) => [e.term, s.expansion, s.definition ?? '', s.category]));
  return [[...COLUMNS], ...rows].map(csvRow).join('\r\n') + '\r\n';
}

/** The glossary as our JSON file, every field kept. */
export function exportGlossaryJson(entries: readonly GlossaryEntry[]): string {
  return JSON.stringify({ format: GLOSSARY_FORMAT, version: GLOSSARY_VERSION, terms: entries }, null, 2);
}

/** A glossary file's entries, or every problem in it (with the line and field of each). */
export function parseGlossary(text: string, kind: 'csv' | 'json'): ParseResult<GlossaryEntry[]> {
  return kind === 'csv' ? parseGlossaryCsv(text) : parseGlossaryJson(text);
}

// ---------------------------------------------------------------- CSV

/** One CSV record and the line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: string[];
}

/** RFC 4180 records: quoted cells may hold commas, line breaks and doubled quotes; CRLF, LF or CR end a line. */
export function parseCsv(text: string): ParseResult<CsvRecord[]> {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark, as Excel writes
  let line = 1;
  while (i < text.length) {
    const record: CsvRecord = { line, cells: [] };
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        const opened = line;
        for (i++; ; ) {
          const close = text.indexOf('"', i);
          if (close < 0) return { ok: false, problems: [problem('csv-quote-not-closed', {}, { line: opened })] };
          const part = text.slice(i, close);
          line += (part.match(/\r\n|\r|\n/g) ?? []).length;
          cell += part;
          i = close + 1;
          if (text[i] !== '"') break;
          cell += '"'; // a doubled quote stands for one
          i++;
        }
        if (i < text.length && !',\r\n'.includes(text[i]!)) {
          return { ok: false, problems: [problem('csv-text-after-quote', {}, { line })] };
        }
      } else {
        const start = i;
        while (i < text.length && !',\r\n'.includes(text[i]!)) i++;
        cell = text.slice(start, i);
      }
      record.cells.push(cell);
      if (text[i] !== ',') break;
      i++; // at the end of the text, the loop reads the empty cell after a trailing comma
    }
    i += text.startsWith('\r\n', i) ? 2 : 1;
    line++;
    records.push(record);
  }
  return { ok: true, value: records };
}

// Cells as a spreadsheet might pad them; the guard a spreadsheet export or ours put on is removed.
const flatRowSchema = v.object({
  abbreviation: chars(100),
  expansion: chars(300),
  definition: v.optional(chars(2000)),
  category: v.optional(categorySchema, 'other'),
}, OBJECT);
type FlatRow = v.InferOutput<typeof flatRowSchema>;

function parseGlossaryCsv(text: string): ParseResult<GlossaryEntry[]> {
  const tooBig = textSizeProblem(text);
  if (tooBig) return { ok: false, problems: [tooBig] };
  const csv = parseCsv(text);
  if (!csv.ok) return csv;
  const records = csv.value.filter((r) => r.cells.some((c) => c.trim() !== '')); // blank lines carry nothing
  const [header, ...body] = records;
  const names = header?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  if (!header) return { ok: false, problems: [problem('csv-empty', {})] };
  const headerProblem = checkHeader(names, header.line);
  if (headerProblem) return { ok: false, problems: [headerProblem] };

  const problems: Problem[] = [];
  const rows: { row: FlatRow; line: number }[] = [];
  for (const { line, cells } of body) {
    if (cells.length !== names.length) {
      problems.push(problem('csv-field-count', { count: cells.length, expected: names.length }, { line }));
      continue;
    }
    const raw: Partial<Record<Column, string>> = {};
    names.forEach((name, i) => {
      const value = unguardFormula(cells[i]!.trim());
      if (value !== '' || name === 'abbreviation' || name === 'expansion') raw[name as Column] = name === 'category' ? value.toLowerCase() : value;
    });
    const parsed = v.safeParse(flatRowSchema, raw, { abortEarly: false });
    if (parsed.success) rows.push({ row: parsed.output, line });
    else for (const issue of parsed.issues) {
      const key = issue.path?.[0]?.key;
      const place = { line, field: typeof key === 'string' || typeof key === 'number' ? String(key) : '' };
      problems.push(issue.kind === 'schema' && issue.received === 'undefined' ? problem('missing', {}, place) : fromSchemaMessage(issue.message, place));
    }
  }
  if (problems.length) return { ok: false, problems: capped(problems) };
  const { entries, origins, duplicates } = group(rows.map((r) => r.row));
  const lineOf = (i: number) => rows[i]!.line;
  const found: Problem[] = [
    ...duplicates.map(({ index, earlier }) => problem('duplicate-sense-row', { term: rows[index]!.row.abbreviation, earlierLine: lineOf(earlier) }, { line: lineOf(index), field: 'expansion' })),
    ...termCount(entries),
    ...glossaryProblems(entries, (i) => ({ line: lineOf(origins[i]!), field: 'abbreviation' })),
  ];
  return found.length ? { ok: false, problems: capped(found) } : { ok: true, value: entries };
}

function checkHeader(names: readonly string[], line: number): Problem | undefined {
  const columns = COLUMNS.join(', ');
  const unknown = names.find((n) => !(COLUMNS as readonly string[]).includes(n));
  if (unknown !== undefined) return problem('csv-unknown-column', { column: unknown, columns }, { line });
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) return problem('csv-column-twice', { column: twice }, { line });
  if (!names.includes('abbreviation') || !names.includes('expansion')) return problem('csv-columns-missing', { columns }, { line });
  return undefined;
}

const termCount = (entries: readonly GlossaryEntry[]): Problem[] =>
  entries.length > MAX_TERMS ? [problem('file-too-many-terms', { count: entries.length, max: MAX_TERMS })] : [];

// ---------------------------------------------------------------- JSON

// Each term is either a whole entry (our export) or a flat row (a list a team wrote by hand).
const itemSchema = v.lazy((input: unknown) => (typeof input === 'object' && input !== null && 'term' in input ? glossaryEntrySchema : flatRowSchema));
const itemsSchema = v.pipe(v.array(itemSchema, LIST), v.maxLength(MAX_TERMS, tooManyTerms(MAX_TERMS)));

function parseGlossaryJson(text: string): ParseResult<GlossaryEntry[]> {
  const json = readJson(text);
  if (!json.ok) return json;
  const data = json.value;
  let items: unknown = data;
  let prefix = '';
  if (!Array.isArray(data)) {
    const file = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
    const fail = (p: Problem): ParseResult<never> => ({ ok: false, problems: [p] });
    if (file.format === 'probation-lens-backup') return fail(problem('backup-not-glossary', {}));
    if (file.format !== GLOSSARY_FORMAT) return fail(problem('not-glossary', {}));
    if (file.version !== GLOSSARY_VERSION) {
      return fail(typeof file.version === 'number'
        ? problem('glossary-version', { version: file.version, supported: GLOSSARY_VERSION })
        : problem('glossary-no-version', {}));
    }
    items = file.terms;
    prefix = 'terms';
  }
  const parsed = v.safeParse(itemsSchema, items, { abortEarly: false });
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.issues, text, prefix) };

  const { entries, origins, duplicates } = group(parsed.output);
  const problems: Problem[] = [
    ...duplicates.map(({ index, earlier }) => {
      return problem('duplicate-sense', { earlier: joinPath(prefix, earlier) }, { field: `${joinPath(prefix, index)}.expansion` });
    }),
    ...glossaryProblems(entries, (i) => ({ field: joinPath(prefix, origins[i]!) })),
  ];
  return problems.length ? { ok: false, problems: locate(capped(problems), text) } : { ok: true, value: entries };
}

// ---------------------------------------------------------------- both

/**
 * Entries from imported items: flat rows with the same abbreviation become one entry with a sense per
 * row, in file order. origins[i] is the item entry i starts at; a repeated abbreviation and expansion
 * is a duplicate, reported with the item it repeats.
 */
function group(items: readonly (GlossaryEntry | FlatRow)[]): { entries: GlossaryEntry[]; origins: number[]; duplicates: { index: number; earlier: number }[] } {
  const entries: GlossaryEntry[] = [];
  const origins: number[] = [];
  const duplicates: { index: number; earlier: number }[] = [];
  const byTerm = new Map<string, { senses: Sense[]; items: Map<string, number> }>();
  items.forEach((item, index) => {
    if ('term' in item) {
      entries.push(item);
      origins.push(index);
      return;
    }
    const sense: Sense = { expansion: item.expansion, category: item.category, ...(item.definition !== undefined ? { definition: item.definition } : {}) };
    const key = item.expansion.toLowerCase();
    const known = byTerm.get(item.abbreviation);
    if (!known) {
      const senses = [sense];
      byTerm.set(item.abbreviation, { senses, items: new Map([[key, index]]) });
      entries.push({ term: item.abbreviation, senses });
      origins.push(index);
    } else if (known.items.has(key)) duplicates.push({ index, earlier: known.items.get(key)! });
    else {
      known.senses.push(sense);
      known.items.set(key, index);
    }
  });
  return { entries, origins, duplicates };
}

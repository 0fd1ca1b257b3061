/**
 * Our lossless backup format, and the checks every import shares: a size limit, JSON errors with
 * line and column, and schema problems named by field and line. An import is checked whole before
 * anything is written, so a bad file changes nothing.
 */
import * as v from 'valibot';
import {
  categorySchema, chars, importedGlossaryEntrySchema, importedNoteSchema, isoTime, joinPath, LIST, OBJECT, tooManyTerms, utf8Length,
} from '../shared/schemas';
import type { GlossaryEntry, Note } from '../shared/types';
import { isAnnotationCollection, notesFromWebAnnotation } from './export-formats';
import { validateGlossary, type GlossaryIssue } from './glossary';
import { fromSchemaMessage, problem, type Problem, type ProblemPlace } from './problems';

export type { Problem } from './problems';
// The shapes themselves are defined once, in src/shared/schemas.ts; these names stay for the importers.
export { categorySchema, chars, isoTime, joinPath, LIST, OBJECT, tooManyTerms, utf8Length };

/** The outcome of checking an import: everything in it, or every problem found. */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: Problem[] };

/** The largest file any import accepts, in bytes (20 MB); larger ones are refused before parsing. */
export const MAX_IMPORT_BYTES = 20_000_000;
/** The backup's format name. */
export const BACKUP_FORMAT = 'probation-lens-backup';
/** The one backup version this code writes and reads. */
export const BACKUP_VERSION = 1;

/** The most terms a glossary import may hold: it is compiled into the page matcher, so it stays a size a person could read. */
export const MAX_TERMS = 10_000;
/** The most problems an import reports: thousands help no one, and the first ones show what is wrong. */
export const MAX_PROBLEMS = 50;

/** The problem for a file of this many bytes, or undefined if it is small enough to import. */
export function sizeProblem(bytes: number): Problem | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  const mb = bytes / 1_000_000;
  const megabytes = mb >= 100 ? Math.round(mb) : Math.ceil(mb * 10) / 10;
  return problem('too-big', { megabytes, maxMegabytes: MAX_IMPORT_BYTES / 1_000_000 });
}

/** The problem with a file's text if it is over the import limit as UTF-8, else undefined. */
export function textSizeProblem(text: string): Problem | undefined {
  // A UTF-16 unit is at most 3 UTF-8 bytes, so short text needs no counting.
  return text.length > MAX_IMPORT_BYTES / 3 ? sizeProblem(utf8Length(text)) : undefined;
}

/** The file's text parsed as JSON, after the size check; a syntax error is reported with its line and column. */
export function readJson(text: string): ParseResult<unknown> {
  const tooBig = textSizeProblem(text);
  if (tooBig) return { ok: false, problems: [tooBig] };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const where = syntaxErrorAt(text, String((error as Error).message));
    if (!where) return { ok: false, problems: [problem('not-json', {})] };
    return { ok: false, problems: [problem('not-json', { column: where.column }, { line: where.line })] };
  }
}

/** Where a JSON.parse error happened, from Chrome's "position N" or Firefox's "line N column M". */
function syntaxErrorAt(text: string, message: string): { line: number; column: number } | undefined {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  // "Unexpected end of JSON input" names no position: the error is at the very end.
  const at = pos ? Number(pos[1]) : /end of (JSON|data)/i.test(message) ? text.length : undefined;
  if (at === undefined) return undefined;
  const before = text.slice(0, at);
  const line = before.split(/\r\n|\r|\n/).length;
  return { line, column: at - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) };
}

// ---------------------------------------------------------------- schemas

/** A glossary list as imported (unknown fields dropped), at most MAX_TERMS long. */
export const glossaryListSchema = v.pipe(v.array(importedGlossaryEntrySchema, LIST), v.maxLength(MAX_TERMS, tooManyTerms(MAX_TERMS)));

const backupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: isoTime,
  notes: v.array(importedNoteSchema, LIST),
  glossary: glossaryListSchema,
}, OBJECT);

// ---------------------------------------------------------------- problems

/** Valibot's issues as problems, each with its field and, found in the JSON text, its line. */
export function schemaProblems(issues: readonly v.BaseIssue<unknown>[], json: string, prefix = ''): Problem[] {
  const found = issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    const paths = keys.reduce<string[]>((all, key) => [...all, joinPath(all.at(-1)!, key)], prefix ? ['', prefix] : ['']);
    return { field: paths.at(-1) ?? '', paths: paths.reverse(), issue };
  });
  const lines = jsonLines(json, new Set(found.flatMap((f) => f.paths)));
  const problems: Problem[] = found.map(({ field, paths, issue }) => {
    // A missing field has no line of its own: the object that lacks it does.
    const line = field ? paths.map((p) => lines.get(p)).find((l) => l !== undefined) : undefined;
    const place: ProblemPlace = { ...(line !== undefined ? { line } : {}), ...(field ? { field } : {}) };
    return issue.kind === 'schema' && issue.received === 'undefined' ? problem('missing', {}, place) : fromSchemaMessage(issue.message, place);
  });
  if (issues.length > MAX_PROBLEMS) problems.push(more(issues.length));
  return problems;
}

const more = (total: number): Problem => problem('more-problems', { count: total - MAX_PROBLEMS });

/** The first MAX_PROBLEMS problems, then a count of the rest. */
export function capped(problems: readonly Problem[]): Problem[] {
  return problems.length > MAX_PROBLEMS ? [...problems.slice(0, MAX_PROBLEMS), more(problems.length)] : [...problems];
}

/**
 * The line on which each wanted path's value starts, in text that JSON.parse accepted. One pass, no
 * tree: a 20 MB file is walked only when it has problems to point at.
 */
export function jsonLines(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  const stack: { path: string; array: boolean; index: number; key: string }[] = [];
  let line = 1;
  let expectKey = false;
  const mark = (): string => {
    const top = stack.at(-1);
    const path = !top ? '' : top.array ? joinPath(top.path, top.index) : joinPath(top.path, top.key);
    if (wanted.has(path) && !found.has(path)) found.set(path, line);
    return path;
  };
  for (let i = 0; i < text.length && found.size < wanted.size; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (expectKey) {
        const raw = text.slice(i + 1, j);
        stack.at(-1)!.key = raw.includes('\\') ? (JSON.parse(text.slice(i, j + 1)) as string) : raw;
        expectKey = false;
      } else mark();
      i = j;
    } else if (c === '{' || c === '[') {
      stack.push({ path: mark(), array: c === '[', index: 0, key: '' });
      expectKey = c === '{';
    } else if (c === '}' || c === ']') {
      stack.pop();
      expectKey = false;
    } else if (c === ',') {
      const top = stack.at(-1)!;
      if (top.array) top.index++;
      else expectKey = true;
    } else if (c !== ':' && c !== ' ' && c !== '\t' && c !== '\r') {
      mark(); // a number, true, false or null
      while (i + 1 < text.length && !',]}\n\r\t '.includes(text[i + 1]!)) i++;
    }
  }
  return found;
}

/** A validateGlossary issue as an import problem, placed where `place` says (the file's field and line for the entry). */
export function issueProblem(issue: GlossaryIssue, place: ProblemPlace): Problem {
  switch (issue.code) {
    case 'form-taken': return problem('form-taken', { form: issue.form, owner: issue.owner }, place);
    case 'sense-expansion-empty': return problem('sense-expansion-empty', { sense: issue.sense }, place);
    case 'sense-category-unknown': return problem('sense-category-unknown', { sense: issue.sense, category: issue.category }, place);
    case 'sense-definition-empty': return problem('sense-definition-empty', { sense: issue.sense }, place);
    case 'form-blank':
    case 'no-senses': return problem(issue.code, {}, place);
  }
}

/** validateGlossary's findings as problems, each placed at the entry it names. */
export function glossaryProblems(entries: readonly GlossaryEntry[], place: (index: number) => ProblemPlace): Problem[] {
  return validateGlossary(entries).map((issue) => issueProblem(issue, place(issue.index)));
}

// ---------------------------------------------------------------- the backup itself

/** Every note and personal glossary entry as a backup file's text. */
export function exportBackup(notes: readonly Note[], glossary: readonly GlossaryEntry[], now: Date): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), notes, glossary }, null, 2);
}

/** A backup file's notes and glossary, or every problem that stops it being imported. */
export function parseBackup(text: string): ParseResult<{ notes: Note[]; glossary: GlossaryEntry[] }> {
  const json = readJson(text);
  if (!json.ok) return json;
  const data = json.value as Record<string, unknown> | null;
  const fail = (p: Problem): ParseResult<never> => ({ ok: false, problems: [p] });
  if (isAnnotationCollection(data)) return parseWebAnnotation(data as Record<string, unknown>, text);
  if (typeof data !== 'object' || data === null || Array.isArray(data) || data.format !== BACKUP_FORMAT) {
    return fail(data?.format === 'probation-lens-glossary' ? problem('glossary-not-backup', {}) : problem('not-backup', {}));
  }
  if (data.version !== BACKUP_VERSION) {
    return fail(typeof data.version === 'number'
      ? problem('backup-version', { version: data.version, supported: BACKUP_VERSION })
      : problem('backup-no-version', {}));
  }
  const parsed = v.safeParse(backupSchema, data, { abortEarly: false });
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.issues, text) };
  const { notes, glossary } = parsed.output;
  const problems = [...duplicateIds(notes), ...glossaryProblems(glossary, (i) => ({ field: joinPath('glossary', i) }))];
  return problems.length ? { ok: false, problems: locate(capped(problems), text) } : { ok: true, value: { notes, glossary } };
}

/**
 * A W3C Web Annotation collection (our export, or another tool's) read as notes: each annotation is
 * turned into a note and checked by the one note schema. Problems name the annotation as the file has
 * it (first.items[3]).
 */
function parseWebAnnotation(data: Record<string, unknown>, text: string): ParseResult<{ notes: Note[]; glossary: GlossaryEntry[] }> {
  const notes = notesFromWebAnnotation(data);
  const parsed = v.safeParse(v.array(importedNoteSchema, LIST), notes, { abortEarly: false });
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.issues, text, 'first.items') };
  const rename = (p: Problem): Problem => (p.field ? { ...p, field: p.field.replace(/^notes\[/, 'first.items[') } : p);
  const problems = duplicateIds(parsed.output).map(rename);
  return problems.length ? { ok: false, problems: capped(problems) } : { ok: true, value: { notes: parsed.output, glossary: [] } };
}

function duplicateIds(notes: readonly Note[]): Problem[] {
  const first = new Map<string, number>();
  const dups: Problem[] = [];
  notes.forEach((note, i) => {
    const earlier = first.get(note.id);
    const field = `${joinPath('notes', i)}.id`;
    if (earlier === undefined) first.set(note.id, i);
    else dups.push(problem('duplicate-id', { id: note.id, earlier: joinPath('notes', earlier) }, { field }));
  });
  return dups;
}

/** The problems with the line of each one's field added, found in one pass over the JSON text. */
export function locate(problems: readonly Problem[], json: string): Problem[] {
  const lines = jsonLines(json, new Set(problems.flatMap((p) => (p.field && p.line === undefined ? [p.field] : []))));
  return problems.map((p) => {
    const line = p.field && p.line === undefined ? lines.get(p.field) : undefined;
    return line !== undefined ? { ...p, line } : p;
  });
}

/**
 * What importing notes writes: each incoming note whose id is new, or whose modified time is later than
 * the stored one's. Nothing is ever deleted; kept counts incoming notes that lost to a same-or-newer one.
 */
export function mergeNotes(existing: readonly Note[], incoming: readonly Note[]): { write: Note[]; kept: number; added: number; updated: number } {
  const stored = new Map(existing.map((n) => [n.id, n]));
  // Within the import, too, the newest version of an id wins.
  const newest = new Map<string, Note>();
  for (const note of incoming) {
    const seen = newest.get(note.id);
    if (!seen || Date.parse(note.modified) > Date.parse(seen.modified)) newest.set(note.id, note);
  }
  const write: Note[] = [];
  let kept = 0, added = 0, updated = 0;
  for (const note of newest.values()) {
    const old = stored.get(note.id);
    if (!old) added++;
    else if (Date.parse(note.modified) > Date.parse(old.modified)) updated++;
    else { kept++; continue; }
    write.push(note);
  }
  return { write, kept, added, updated };
}

/**
 * The built-in glossary as data: one tab-separated file per category under src/glossary-data/, which a
 * subject expert can review on GitHub without reading TypeScript. This pure loader is used by the build
 * (an esbuild plugin puts the parsed entries in the bundle, and a bad row fails the build with its file and
 * line) and by the unit tests, so both read exactly the same data.
 */
import type { Category, GlossaryEntry, Sense } from '../shared/types';
import { validateGlossary } from './glossary';

/** A source that senses cite: shown on the card as "Source: title (year)". */
export interface GlossarySource {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly address: string;
}

/** One data file: its name (for messages) and its text. */
export interface DataFile {
  readonly name: string;
  readonly text: string;
}

/** A bad row: the file, the 1-based line and what is wrong. */
export interface RowProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Where an entry was written. */
export interface EntryOrigin {
  readonly file: string;
  readonly line: number;
}

/** What loading the data gives: the entries in file order, where each came from, and every problem. */
export interface LoadedGlossary {
  readonly entries: GlossaryEntry[];
  readonly origins: EntryOrigin[];
  readonly sources: GlossarySource[];
  readonly problems: RowProblem[];
}

/** The columns of every glossary file, in this order. Entry columns are filled on a term's first row only. */
export const GLOSSARY_COLUMNS = [
  'term', 'expansion', 'category', 'definition', 'source', 'also', 'spelled', 'flags', 'now', 'replaces', 'when',
] as const;
/** The columns of sources.tsv. */
export const SOURCE_COLUMNS = ['id', 'title', 'year', 'address'] as const;
/** The file that lists the sources; every other .tsv file is glossary entries. */
export const SOURCES_FILE = 'sources.tsv';

const CATEGORIES: ReadonlySet<string> = new Set<Category>(['organisation', 'role', 'process', 'system', 'document', 'legislation', 'other']);
const FLAGS: ReadonlySet<string> = new Set(['phrase', 'common-word', 'lookup-only']);
const ENTRY_COLUMNS = ['also', 'spelled', 'flags', 'now', 'replaces', 'when'] as const;

type Row<C extends readonly string[]> = { readonly line: number } & Record<C[number], string>;

/** Rows of a TSV file: a header of exactly `columns`, then rows; blank lines and lines starting with # are comments. */
function readRows<C extends readonly string[]>(file: DataFile, columns: C, problems: RowProblem[]): Row<C>[] {
  const lines = file.text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const rows: Row<C>[] = [];
  let header = false;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t');
    if (!header) {
      header = true;
      if (cells.join('\t') !== columns.join('\t')) {
        problems.push({ file: file.name, line, message: `the header must be the columns ${columns.join(', ')} (tab-separated)` });
      }
      return;
    }
    if (cells.length > columns.length) {
      problems.push({ file: file.name, line, message: `${cells.length} cells; a row has at most ${columns.length} (${columns.join(', ')})` });
      return;
    }
    const row = { line } as Record<string, string | number>;
    columns.forEach((c, j) => { row[c] = (cells[j] ?? '').trim(); });
    rows.push(row as Row<C>);
  });
  if (!header) problems.push({ file: file.name, line: 1, message: 'the file has no header row' });
  return rows;
}

/** The sources listed in sources.tsv. */
export function parseSources(file: DataFile, problems: RowProblem[]): Map<string, GlossarySource> {
  const sources = new Map<string, GlossarySource>();
  for (const row of readRows(file, SOURCE_COLUMNS, problems)) {
    const at = { file: file.name, line: row.line };
    const year = Number(row.year);
    if (!/^[a-z0-9-]+$/.test(row.id)) problems.push({ ...at, message: `source id "${row.id}" must be lower-case letters, digits and hyphens` });
    else if (sources.has(row.id)) problems.push({ ...at, message: `source id "${row.id}" is listed twice` });
    else if (!row.title) problems.push({ ...at, message: 'the title is empty' });
    else if (!/^\d{4}$/.test(row.year) || year < 1800 || year > 2100) problems.push({ ...at, message: `the year "${row.year}" is not a year` });
    else if (!/^https:\/\/\S+$/.test(row.address)) problems.push({ ...at, message: 'the address must be an https:// address' });
    else sources.set(row.id, { id: row.id, title: row.title, year, address: row.address });
  }
  return sources;
}

const list = (cell: string): string[] => (cell === '' ? [] : cell.split('|').map((s) => s.trim()));

/** The card's source line for a source cell: "id" or "id: a note on which source was followed". */
function sourceText(cell: string, sources: ReadonlyMap<string, GlossarySource>): string | { error: string } {
  const m = /^([a-z0-9-]+)(?::\s*(.+))?$/.exec(cell);
  if (!m || !m[1]) return { error: 'the source is empty or not "id" or "id: note"' };
  const source = sources.get(m[1]);
  if (!source) return { error: `the source "${m[1]}" is not listed in ${SOURCES_FILE}` };
  return `${source.title} (${source.year})${m[2] ? `; ${m[2]}` : ''}`;
}

/** Entries of one glossary file; problems are added to `problems`. */
export function parseGlossaryFile(
  file: DataFile, sources: ReadonlyMap<string, GlossarySource>, problems: RowProblem[],
): { entries: GlossaryEntry[]; origins: EntryOrigin[] } {
  const entries: GlossaryEntry[] = [];
  const origins: EntryOrigin[] = [];
  const seen = new Set<string>();
  let current: { entry: GlossaryEntry & { senses: Sense[] }; term: string } | undefined;
  for (const row of readRows(file, GLOSSARY_COLUMNS, problems)) {
    const fail = (message: string) => problems.push({ file: file.name, line: row.line, message: `${row.term || '(no term)'}: ${message}` });
    if (!row.term) { fail('the term is empty'); continue; }
    const continues = current?.term === row.term;
    if (!continues && seen.has(row.term)) { fail('a term\'s rows must be together'); continue; }
    if (continues && ENTRY_COLUMNS.some((c) => row[c] !== '')) {
      fail(`${ENTRY_COLUMNS.join(', ')} go on the term's first row only`);
      continue;
    }
    if (!row.expansion) { fail('the expansion is empty'); continue; }
    if (!CATEGORIES.has(row.category)) { fail(`the category "${row.category}" is not one of ${[...CATEGORIES].join(', ')}`); continue; }
    if (!row.definition) { fail('the definition is empty: every sense is defined'); continue; }
    if (/[<>]/.test(row.definition)) { fail('the definition holds < or >'); continue; }
    const source = sourceText(row.source, sources);
    if (typeof source !== 'string') { fail(source.error); continue; }
    const sense: Sense = { expansion: row.expansion, category: row.category as Category, definition: row.definition, source };
    if (continues && current) { current.entry.senses.push(sense); continue; }
    const flags = list(row.flags.replace(/,/g, '|'));
    const badFlag = flags.find((f) => !FLAGS.has(f));
    if (badFlag !== undefined) { fail(`the flag "${badFlag}" is not one of ${[...FLAGS].join(', ')}`); continue; }
    if (row.when && !row.now && !row.replaces) { fail('"when" explains "now" or "replaces"; both are empty'); continue; }
    if (row.now && row.replaces) { fail('a term is either renamed (now) or a current name (replaces), not both'); continue; }
    const also = list(row.also);
    const spelled = list(row.spelled);
    // Written out, a term is words in any letter case: a single word ("harm", "tier") is never one.
    const oneWord = spelled.find((f) => !/\S\s+\S/.test(f));
    if (oneWord !== undefined) { fail(`the spelled form "${oneWord}" is one word: a spelled form has two or more`); continue; }
    const entry: GlossaryEntry & { senses: Sense[] } = {
      term: row.term,
      ...(also.length > 0 ? { variants: also } : {}),
      ...(spelled.length > 0 ? { spelled } : {}),
      senses: [sense],
      ...(flags.includes('common-word') ? { commonWord: true } : {}),
      ...(flags.includes('lookup-only') ? { lookupOnly: true } : {}),
      ...(flags.includes('phrase') ? { phrase: true } : {}),
      ...(row.now ? { renamed: { now: row.now, ...(row.when ? { note: row.when } : {}) } } : {}),
      ...(row.replaces ? { replaces: { old: row.replaces, ...(row.when ? { note: row.when } : {}) } } : {}),
    };
    seen.add(row.term);
    current = { entry, term: row.term };
    entries.push(entry);
    origins.push({ file: file.name, line: row.line });
  }
  return { entries, origins };
}

/**
 * The whole built-in glossary from its files (sources.tsv and one file per category, in the order given):
 * every row checked, then the glossary as a whole (a form written twice, across files too).
 */
export function loadGlossaryFiles(files: readonly DataFile[]): LoadedGlossary {
  const problems: RowProblem[] = [];
  const sourcesFile = files.find((f) => f.name.endsWith(SOURCES_FILE));
  if (!sourcesFile) problems.push({ file: SOURCES_FILE, line: 1, message: 'the sources file is missing' });
  const sources = sourcesFile ? parseSources(sourcesFile, problems) : new Map<string, GlossarySource>();
  const entries: GlossaryEntry[] = [];
  const origins: EntryOrigin[] = [];
  for (const file of files) {
    if (file === sourcesFile) continue;
    const parsed = parseGlossaryFile(file, sources, problems);
    entries.push(...parsed.entries);
    origins.push(...parsed.origins);
  }
  for (const issue of validateGlossary(entries)) {
    const at = origins[issue.index] ?? { file: '?', line: 0 };
    const { index: _index, term, code, ...rest } = issue;
    problems.push({ ...at, message: `${term}: ${code} ${JSON.stringify(rest)}` });
  }
  return { entries, origins, sources: [...sources.values()], problems };
}

/** The problems as the build prints them: "file:line: message", one a line. */
export function formatProblems(problems: readonly RowProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n');
}

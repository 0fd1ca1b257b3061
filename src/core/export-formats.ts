/**
 * Notes in formats other programs read: W3C Web Annotation JSON-LD, Markdown for pasting into a
 * report, and CSV for a spreadsheet. Each is a one-way export; our own backup is the lossless one.
 */
import type { Note } from '../shared/types';

/**
 * The words an export file holds besides the reader's own text, in the reader's language: the core
 * writes none, the background passes them from messages.json.
 */
export interface ExportWords {
  /** The title of the notes, as the Markdown heading and the annotation collection's label. */
  readonly title: string;
  /** The line under the title when there are no notes. */
  readonly noNotes: string;
  /** The line under a note: when it was made and, if on another day, last changed (both YYYY-MM-DD). */
  readonly noted: (created: string, edited: string | undefined) => string;
  /** The note's tags, given already joined and escaped. */
  readonly tags: (tags: string) => string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Notes as a W3C Web Annotation collection (JSON-LD text), one annotation per note. */
export function toWebAnnotation(notes: readonly Note[], words: Pick<ExportWords, 'title'>): string {
  const items = notes.map((note) => {
    const bodies = [
      ...(note.body !== '' ? [{ type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' }] : []),
      ...note.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
    ];
    return {
      // Our ids are random UUIDs; an id that is not one (an old or hand-made note) still needs a valid IRI.
      id: UUID.test(note.id) ? `urn:uuid:${note.id.toLowerCase()}` : `urn:probation-lens:note:${encodeURIComponent(note.id)}`,
      type: 'Annotation',
      motivation: note.body !== '' ? 'commenting' : 'highlighting',
      created: note.created,
      modified: note.modified,
      ...(bodies.length ? { body: bodies } : {}),
      target: {
        source: note.target.source,
        selector: [
          { type: 'TextQuoteSelector', exact: note.target.quote.exact, prefix: note.target.quote.prefix, suffix: note.target.quote.suffix },
          { type: 'TextPositionSelector', start: note.target.position.start, end: note.target.position.end },
        ],
      },
    };
  });
  return JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: words.title,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  }, null, 2);
}

// ---------------------------------------------------------------- Markdown

/**
 * User text as literal Markdown: every character that could start emphasis, code, a link, HTML or an
 * entity is backslash-escaped, and so is anything at a line's start that would make a heading, list,
 * quote, rule or code block. Line breaks stay line breaks.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line
      .replace(/^[ \t]+/, '') // four leading spaces would make a code block
      .replace(/[\\`*_[\]<>&|~]/g, '\\$&')
      .replace(/^([#+\-=>])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2'))
    .join('\n');
}

/** Hard line breaks (a backslash before the newline), so a note's lines stay as written. */
const withBreaks = (markdown: string) => markdown.replace(/([^\n])\n(?=[^\n])/g, '$1\\\n');

const day = (iso: string) => iso.slice(0, 10);

/** Notes as Markdown grouped by page: a heading linking each page, then its notes in page order. */
export function toMarkdown(notes: readonly Note[], words: ExportWords): string {
  const pages = new Map<string, Note[]>();
  for (const note of notes) {
    const list = pages.get(note.target.source);
    if (list) list.push(note);
    else pages.set(note.target.source, [note]);
  }
  const titleOf = (list: readonly Note[]) => list.find((n) => n.pageTitle.trim())?.pageTitle.trim() ?? '';
  const sections = [...pages]
    .sort(([ua, a], [ub, b]) => titleOf(a).localeCompare(titleOf(b)) || (ua < ub ? -1 : 1))
    .map(([url, list]) => {
      const heading = `## [${escapeMarkdown(titleOf(list) || url).replace(/\n/g, ' ')}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      const items = [...list]
        .sort((a, b) => a.target.position.start - b.target.position.start || (a.created < b.created ? -1 : 1))
        .map((note) => noteMarkdown(note, words));
      return [heading, ...items].join('\n\n');
    });
  const title = `# ${escapeMarkdown(words.title).replace(/\n/g, ' ')}\n\n`;
  return sections.length ? `${title}${sections.join('\n\n')}\n` : `${title}${escapeMarkdown(words.noNotes)}\n`;
}

function noteMarkdown(note: Note, words: ExportWords): string {
  const quote = withBreaks(escapeMarkdown(note.target.quote.exact)).split('\n').map((l) => `> ${l}`).join('\n');
  const parts = [quote];
  if (note.body.trim()) parts.push(withBreaks(escapeMarkdown(note.body.trim())));
  const noted = words.noted(day(note.created), day(note.modified) !== day(note.created) ? day(note.modified) : undefined);
  const tags = note.tags.map((t) => escapeMarkdown(t).replace(/\n/g, ' ')).join(', ');
  // Our own words are escaped too: a translation with * or _ must not end the emphasis.
  parts.push(`*${[escapeMarkdown(noted), ...(tags ? [words.tags(tags)] : [])].join(' · ')}*`);
  return parts.join('\n\n');
}

// ---------------------------------------------------------------- CSV

/**
 * A cell a spreadsheet will not run: text starting with = + - @ (or a tab or CR) gets a leading '.
 * Text already starting with ' and then one of those gets one more, so unguardFormula can undo it exactly.
 */
export function guardFormula(cell: string): string {
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The inverse of guardFormula, for importing a CSV we (or a spreadsheet) wrote. */
export function unguardFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** One RFC 4180 record: cells guarded against formulas, quoted when they hold a comma, quote or line break. */
export function csvRow(cells: readonly string[]): string {
  return cells
    .map((cell) => {
      const safe = guardFormula(cell);
      return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    })
    .join(',');
}

/** Notes as CSV (RFC 4180, CRLF line ends), one row per note; tags are joined with "; ". */
export function toCsv(notes: readonly Note[]): string {
  const header = ['id', 'page_title', 'page_url', 'quote', 'note', 'tags', 'created', 'modified'];
  const rows = notes.map((n) => [n.id, n.pageTitle, n.target.source, n.target.quote.exact, n.body, n.tags.join('; '), n.created, n.modified]);
  return [header, ...rows].map(csvRow).join('\r\n') + '\r\n';
}

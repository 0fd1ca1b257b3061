/**
 * Notes in formats other programs read: W3C Web Annotation JSON-LD, Markdown for pasting into a
 * report, and CSV for a spreadsheet. Each is a one-way export; our own backup is the lossless one.
 */
import type { Note } from '../shared/types';
import { fingerprintOfUrn, pdfUrn } from './pdf-fingerprint';

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
const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** RFC 3778's fragments of application/pdf: `page=N` names a page, as a FragmentSelector conformsTo says. */
const PDF_FRAGMENTS = 'http://tools.ietf.org/rfc/rfc3778';

/**
 * A note's targets. On a web page: its address with the quote and position selectors. On a PDF, also the
 * page (a FragmentSelector, `page=N`), and a second target naming the same passage by the file's
 * fingerprint, `urn:x-pdf:<fingerprint>` (as Hypothesis links a PDF), so another tool finds it at any address.
 */
function targetsOf(note: Note): Array<{ source: string; selector: unknown[] }> {
  const t = note.target;
  const selector = [
    { type: 'TextQuoteSelector', exact: t.quote.exact, prefix: t.quote.prefix, suffix: t.quote.suffix },
    { type: 'TextPositionSelector', start: t.position.start, end: t.position.end },
    ...(t.page !== undefined ? [{ type: 'FragmentSelector', conformsTo: PDF_FRAGMENTS, value: `page=${t.page}` }] : []),
  ];
  const urn = t.fingerprint !== undefined ? pdfUrn(t.fingerprint) : undefined;
  return [{ source: t.source, selector }, ...(urn !== undefined && urn !== t.source ? [{ source: urn, selector }] : [])];
}
const NOTE_IRI = 'urn:probation-lens:note:';

/** A note's id as an IRI: our ids are random UUIDs; any other (an old or hand-made note) still gets a valid IRI. */
export function noteIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `${NOTE_IRI}${encodeURIComponent(id)}`;
}

/** The note id an annotation IRI stands for (the inverse of noteIri); undefined for another IRI. */
export function noteIdOf(iri: string): string | undefined {
  if (iri.startsWith('urn:uuid:') && UUID.test(iri.slice(9))) return iri.slice(9);
  if (!iri.startsWith(NOTE_IRI)) return undefined;
  try { return decodeURIComponent(iri.slice(NOTE_IRI.length)); } catch { return undefined; }
}

/**
 * A stable urn:uuid made from text (a 128-bit FNV-1a variant, shaped as a version 8 UUID): the same
 * notes exported twice give the same collection id, with no clock or random source in the core.
 */
export function stableUuid(text: string): string {
  const seeds = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  const words = seeds.map((seed, k) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193 + 2 * k) >>> 0;
    return h.toString(16).padStart(8, '0');
  }).join('');
  const variant = ((parseInt(words[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${words.slice(0, 8)}-${words.slice(8, 12)}-8${words.slice(13, 16)}-${variant}${words.slice(17, 20)}-${words.slice(20, 32)}`;
}

/**
 * Notes as a W3C Web Annotation collection (JSON-LD text): an AnnotationCollection with its id, total
 * and first (one AnnotationPage, with its own id, holding every note), each annotation complete on its
 * own (@context, id, created, modified), as sections 3 and 5 of the Web Annotation Data Model require.
 */
export function toWebAnnotation(notes: readonly Note[], words: Pick<ExportWords, 'title'>): string {
  const items = notes.map((note) => {
    const bodies = [
      ...(note.body !== '' ? [{ type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' }] : []),
      ...note.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
    ];
    return {
      '@context': ANNO_CONTEXT,
      id: noteIri(note.id),
      type: 'Annotation',
      motivation: note.body !== '' ? 'commenting' : 'highlighting',
      created: note.created,
      modified: note.modified,
      ...(bodies.length ? { body: bodies } : {}),
      target: ((targets) => (targets.length === 1 ? targets[0] : targets))(targetsOf(note)),
    };
  });
  const collection = `urn:uuid:${stableUuid(notes.map((n) => `${n.id}\u0000${n.modified}`).join('\u0001'))}`;
  const page = `urn:uuid:${stableUuid(`page 1 of ${collection}`)}`;
  return JSON.stringify({
    '@context': ANNO_CONTEXT,
    id: collection,
    type: 'AnnotationCollection',
    label: words.title,
    total: items.length,
    // A page has one or more annotations (section 5.2): an empty collection has none.
    ...(items.length > 0 ? { first: { id: page, type: 'AnnotationPage', partOf: collection, startIndex: 0, items }, last: page } : {}),
  }, null, 2);
}

/** Whether parsed JSON is a Web Annotation collection (ours or another tool's) rather than a backup. */
export function isAnnotationCollection(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const type = (data as { type?: unknown }).type;
  return type === 'AnnotationCollection' || (Array.isArray(type) && type.includes('AnnotationCollection'));
}

type Loose = Record<string, unknown>;
const loose = (x: unknown): Loose => (typeof x === 'object' && x !== null && !Array.isArray(x) ? x as Loose : {});
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined ? [] : [x]);

/**
 * The notes of a Web Annotation collection, as backup-shaped notes for the one note schema to check:
 * nothing here is trusted (a missing field stays missing, so the import names it). Pages are followed
 * through first/next when embedded. The page title, not part of the model, becomes the source address.
 */
export function notesFromWebAnnotation(collection: Loose): unknown[] {
  const items: unknown[] = [];
  const seen = new Set<unknown>();
  for (let page: unknown = collection.first; typeof page === 'object' && page !== null && !seen.has(page); page = loose(page).next) {
    seen.add(page);
    items.push(...list(loose(page).items));
  }
  return items.map((item) => {
    const a = loose(item);
    const targets = list(a.target).map(loose);
    const target = targets[0] ?? {};
    const selectors = list(target.selector).map(loose);
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    // A PDF: its page from RFC 3778's page=N, its fingerprint from any target named urn:x-pdf: (ours is the second).
    const pageMatch = selectors.filter((s) => s.type === 'FragmentSelector').map((s) => (typeof s.value === 'string' ? /^page=(\d{1,6})$/.exec(s.value) : null)).find((m) => m !== null);
    const fingerprint = targets.map((t) => fingerprintOfUrn(typeof t.source === 'string' ? t.source : loose(t.source).id)).find((f) => f !== undefined);
    const bodies = list(a.body).map(loose);
    const text = bodies.find((b) => b.type === 'TextualBody' && b.purpose !== 'tagging');
    const source = typeof target.source === 'string' ? target.source : loose(target.source).id;
    return {
      id: typeof a.id === 'string' ? noteIdOf(a.id) ?? a.id : a.id,
      body: text === undefined ? '' : text.value,
      tags: bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value),
      pageTitle: typeof source === 'string' ? source : '',
      created: a.created,
      modified: a.modified ?? a.created,
      target: {
        source,
        quote: quote === undefined ? undefined : { type: quote.type, exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
        position: position === undefined ? undefined : { type: position.type, start: position.start, end: position.end },
        ...(fingerprint !== undefined ? { fingerprint } : {}),
        ...(pageMatch ? { page: Number(pageMatch[1]) } : {}),
      },
    };
  });
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

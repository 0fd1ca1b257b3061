/**
 * Notes: the only way the rest of the extension reads or writes them. Every input is checked here,
 * because a note may arrive from a content script, which runs beside untrusted pages.
 */
import { CodedError } from '../shared/protocol';
import type { Note, NoteTarget } from '../shared/types';
import type { LensDb } from './db';
import { committed } from './errors';

/** Largest note body, in UTF-8 bytes (1 MiB). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Largest quoted passage, in UTF-8 bytes (256 KiB): a 100 KB selection of typographic text fits with room. */
export const MAX_QUOTE_BYTES = 256 * 1024;
const MAX_SHORT = 8 * 1024; // ids, addresses, titles, tags
const MAX_TAGS = 100;

/** Thrown when a note was saved elsewhere (another tab) since the caller read it. */
export class NoteConflictError extends Error {
  override readonly name = 'NoteConflictError';
  /** Crosses to the page that asked, which words it for the reader. */
  readonly code = 'note-conflict' as const;
  /** The note as stored now; undefined when it was deleted. */
  readonly current: Note | undefined;
  constructor(current: Note | undefined) {
    super('The note was changed elsewhere');
    this.current = current;
  }
}

/** Builds a new note with both times set to now. */
export function newNote(
  fields: { target: NoteTarget; body: string; pageTitle: string; tags?: readonly string[] },
  now = new Date(),
  id: string = crypto.randomUUID(),
): Note {
  const time = now.toISOString();
  return { id, target: fields.target, body: fields.body, tags: fields.tags ?? [], pageTitle: fields.pageTitle, created: time, modified: time };
}

const bytes = (s: string) => new TextEncoder().encode(s).length;

function text(value: unknown, what: string, max = MAX_SHORT, empty = false): string {
  if (typeof value !== 'string') throw new CodedError('bad-request', `The note's ${what} must be text`);
  if (!empty && value === '') throw new CodedError('bad-request', `The note's ${what} is missing`);
  // Length first: a string longer than max units cannot fit, and a huge one is not worth encoding.
  if (value.length > max || bytes(value) > max) throw new CodedError('bad-request', `The note's ${what} is longer than ${max} bytes`);
  return value;
}

function offset(value: unknown, what: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new CodedError('bad-request', `The note's ${what} must be a whole number, 0 or more`);
  return value as number;
}

function time(value: unknown, what: string): string {
  // Only the exact toISOString form: the indexes sort these strings, so every time must sort as it reads.
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value)) || new Date(value).toISOString() !== value) {
    throw new CodedError('bad-request', `The note's ${what} time must be like 2025-01-31T09:00:00.000Z`);
  }
  return value;
}

const fields = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});

/** A copy of the note holding only known fields, or an Error saying what is wrong. */
function checked(input: unknown): Note {
  if (typeof input !== 'object' || input === null) throw new CodedError('bad-request', 'The note is missing');
  const n = fields(input), t = fields(n.target), q = fields(t.quote), p = fields(t.position);
  if (q.type !== 'TextQuoteSelector') throw new CodedError('bad-request', "The note's quote is missing");
  if (p.type !== 'TextPositionSelector') throw new CodedError('bad-request', "The note's position is missing");
  const exact = text(q.exact, 'quote', MAX_QUOTE_BYTES);
  const prefix = text(q.prefix, 'quote prefix', MAX_QUOTE_BYTES, true);
  const suffix = text(q.suffix, 'quote suffix', MAX_QUOTE_BYTES, true);
  if (bytes(exact + prefix + suffix) > MAX_QUOTE_BYTES) throw new CodedError('bad-request', `The note's quote is longer than ${MAX_QUOTE_BYTES} bytes`);
  const start = offset(p.start, 'start'), end = offset(p.end, 'end');
  if (end < start) throw new CodedError('bad-request', "The note's position ends before it starts");
  if (!Array.isArray(n.tags) || n.tags.length > MAX_TAGS) throw new CodedError('bad-request', `The note's tags must be a list of at most ${MAX_TAGS}`);
  const created = time(n.created, 'created'), modified = time(n.modified, 'modified');
  if (modified < created) throw new CodedError('bad-request', "The note's modified time is before its created time");
  return {
    id: text(n.id, 'id'),
    target: {
      source: text(t.source, 'page address'),
      ...(t.contentId !== undefined ? { contentId: text(t.contentId, 'content id') } : {}),
      quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
      position: { type: 'TextPositionSelector', start, end },
    },
    body: text(n.body, 'body', MAX_BODY_BYTES, true),
    tags: n.tags.map((tag: unknown) => text(tag, 'tag')),
    pageTitle: text(n.pageTitle, 'page title', MAX_SHORT, true),
    created,
    modified,
  };
}

/**
 * Inserts or updates a note and returns it as stored. An update gets a modified time later than the one
 * it replaces, so the next expectedModified check can tell the versions apart. With expectedModified,
 * rejects with NoteConflictError when the stored note differs (or was deleted), instead of losing an edit.
 * When the storage is full it rejects with StorageFullError and the stored note is unchanged.
 */
export async function saveNote(db: LensDb, note: Note, { expectedModified, now = new Date() }: { expectedModified?: string; now?: Date } = {}): Promise<Note> {
  const clean = checked(note);
  // Read, compare and write in one transaction, so no other save can slip in between.
  const tx = db.transaction('notes', 'readwrite');
  return committed(tx, (async () => {
    const stored = await tx.store.get(clean.id);
    if (expectedModified !== undefined && stored?.modified !== expectedModified) throw new NoteConflictError(stored);
    const saved = stored ? { ...clean, modified: later(now, stored.modified, clean.created) } : clean;
    await tx.store.put(saved);
    return saved;
  })());
}

/** now, unless a clock running behind would put it at or before the replaced version, or before created. */
function later(now: Date, previous: string, created: string): string {
  return new Date(Math.max(now.getTime(), Date.parse(previous) + 1, Date.parse(created))).toISOString();
}

/** The note with this id, if any. */
export async function getNote(db: LensDb, id: string): Promise<Note | undefined> {
  return db.get('notes', id);
}

/** Deletes a note and returns it, so the caller can offer undo; undefined if there was none. */
export async function deleteNote(db: LensDb, id: string): Promise<Note | undefined> {
  const tx = db.transaction('notes', 'readwrite');
  const note = await tx.store.get(id);
  if (note) void tx.store.delete(id);
  await tx.done;
  return note;
}

/** Puts a deleted note back as it was; if its id is in use again, the stored note wins and is returned. */
export async function restoreNote(db: LensDb, note: Note): Promise<Note> {
  const clean = checked(note);
  const tx = db.transaction('notes', 'readwrite');
  return committed(tx, (async () => {
    // Never overwrite: a note with this id now is newer work (or an undo that already ran).
    const stored = await tx.store.get(clean.id);
    if (!stored) await tx.store.add(clean);
    return stored ?? clean;
  })());
}

/** A page's notes, by address or by GOV.UK content id (so a moved page keeps them), oldest first. */
export async function notesForPage(db: LensDb, { source, contentId }: { source: string; contentId?: string }): Promise<Note[]> {
  const tx = db.transaction('notes');
  const [bySource, byId] = await Promise.all([
    tx.store.index('by-page').getAll(source),
    contentId ? tx.store.index('by-content-id').getAll(contentId) : [],
  ]);
  const notes = new Map([...bySource, ...byId].map((n) => [n.id, n]));
  return [...notes.values()].sort((a, b) => cmp(a.created, b.created) || cmp(a.id, b.id));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Notes newest first by modified time. For the next page pass the last note of this one as before:
 * it carries the id too, so notes saved in the same millisecond are neither skipped nor repeated.
 */
export async function listNotes(db: LensDb, { limit = Infinity, before }: { limit?: number; before?: Pick<Note, 'id' | 'modified'> } = {}): Promise<Note[]> {
  const out: Note[] = [];
  const range = before ? IDBKeyRange.upperBound(before.modified) : null;
  // 'prev' walks equal modified times in descending id order, which makes the id a tie-breaker.
  let cursor = await db.transaction('notes').store.index('by-updated').openCursor(range, 'prev');
  while (cursor && out.length < limit) {
    const n = cursor.value;
    if (!before || n.modified < before.modified || n.id < before.id) out.push(n);
    cursor = await cursor.continue();
  }
  return out;
}

/** How many notes there are. */
export async function countNotes(db: LensDb): Promise<number> {
  return db.count('notes');
}

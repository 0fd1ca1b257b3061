/**
 * Notes: the only way the rest of the extension reads or writes them. Every note is checked here against
 * the one note schema before it is written, because a note may arrive from a content script, which runs
 * beside untrusted pages.
 */
import { validated } from '../shared/protocol';
import { noteSchema } from '../shared/schemas';
import type { Note, NoteTarget } from '../shared/types';
import type { LensDb } from './db';
import { committed } from './errors';

export { MAX_BODY_BYTES, MAX_QUOTE_BYTES } from '../shared/schemas';

/** Thrown when a note was saved elsewhere (another tab) since the caller read it. */
export class NoteConflictError extends Error {
  override readonly name = 'NoteConflictError';
  /** Crosses to the page that asked, which words it for the reader. */
  readonly code = 'note-conflict' as const;
  /** The note as stored now; undefined when it was deleted. */
  readonly current: Note | undefined;
  constructor(current: Note | undefined) {
    super('note-conflict');
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

/** A copy of the note holding only known fields, or a bad-request error naming the field at fault. */
function checked(input: unknown): Note {
  // The one definition of a valid note (src/shared/schemas.ts), as the background's calls and imports use it.
  return validated(noteSchema, input, 'note');
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

/**
 * A page's notes, by address, by GOV.UK content id (so a moved page keeps them) or, for a PDF, by the
 * file's fingerprint (so the same file at another address keeps them); oldest first.
 */
export async function notesForPage(db: LensDb, { source, contentId, fingerprint }: { source: string; contentId?: string; fingerprint?: string }): Promise<Note[]> {
  const tx = db.transaction('notes');
  const [bySource, byId, byFingerprint] = await Promise.all([
    tx.store.index('by-page').getAll(source),
    contentId ? tx.store.index('by-content-id').getAll(contentId) : [],
    fingerprint ? tx.store.index('by-fingerprint').getAll(fingerprint) : [],
  ]);
  const notes = new Map([...bySource, ...byId, ...byFingerprint].map((n) => [n.id, n]));
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

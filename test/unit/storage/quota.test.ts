// A full disk during a save or an import, and a worker stopped mid-import: the data stays exactly as it was,
// and the caller gets a StorageFullError whose code the page words as something the reader can act on.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { openLensDb, type LensDb } from '../../../src/storage/db';
import { StorageFullError } from '../../../src/storage/errors';
import { importBackup } from '../../../src/storage/exchange';
import { importPersonalTerms, savePersonalTerm } from '../../../src/storage/glossary';
import { newNote, restoreNote, saveNote } from '../../../src/storage/notes';
import { t } from '../../../src/shared/i18n';
import { errorText } from '../../../src/ui/error-text';
import type { GlossaryEntry, Note } from '../../../src/shared/types';
import { dieAfter, fullDisk, type QuotaMode } from './faults';

const at = (s: number) => new Date(Date.UTC(2025, 0, 1, 9, 0, s));
const note = (id: string, s = 0, body = `note ${id}`): Note => newNote({
  target: {
    source: 'https://www.gov.uk/guidance/sfo',
    quote: { type: 'TextQuoteSelector', exact: 'Serious Further Offence', prefix: 'a ', suffix: ' review' },
    position: { type: 'TextPositionSelector', start: 10, end: 33 },
  },
  body, pageTitle: 'SFO reviews',
}, at(s), id);
const term = (name: string, expansion = `${name} expanded`): GlossaryEntry => ({ term: name, senses: [{ expansion, category: 'process' }] });

let undo: (() => void) | undefined;
afterEach(() => { undo?.(); undo = undefined; });

async function withDb(run: (db: LensDb, factory: IDBFactory) => Promise<void>): Promise<void> {
  const factory = new IDBFactory();
  const db = await openLensDb('test', factory);
  try {
    await run(db, factory);
  } finally {
    db.close();
  }
}

/** Everything a reader could lose, read through a new connection (as the next worker would). */
async function snapshot(factory: IDBFactory) {
  const db = await openLensDb('test', factory);
  try {
    return { notes: await db.getAll('notes'), glossary: await db.getAll('glossary') };
  } finally {
    db.close();
  }
}

async function storageFull(promise: Promise<unknown>): Promise<StorageFullError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(StorageFullError);
  const full = error as StorageFullError;
  expect(full.code).toBe('storage-full');
  // Storage words nothing: the page words the code.
  expect(errorText(full)).toBe(t('errorStorageFull'));
  expect(errorText(full)).toMatch(/no space left.*nothing was changed/i);
  return full;
}

describe.each<QuotaMode>(['request', 'transaction'])('a full disk reported on the %s', (mode) => {
  it('leaves a new note unsaved and the others as they were', () => withDb(async (db, factory) => {
    await saveNote(db, note('a'));
    const before = await snapshot(factory);
    undo = fullDisk('notes', 0, mode);
    await storageFull(saveNote(db, note('b', 1)));
    undo();
    expect(await snapshot(factory)).toEqual(before);
    // The database is still usable once there is room again.
    await saveNote(db, note('b', 1));
    expect((await snapshot(factory)).notes.map((n) => n.id)).toEqual(['a', 'b']);
  }));

  it('keeps the stored version of an edited note', () => withDb(async (db, factory) => {
    const a = await saveNote(db, note('a'));
    const before = await snapshot(factory);
    undo = fullDisk('notes', 0, mode);
    await storageFull(saveNote(db, { ...a, body: 'edited' }, { expectedModified: a.modified, now: at(9) }));
    expect(await snapshot(factory)).toEqual(before);
  }));

  it('does not restore a deleted note half-way', () => withDb(async (db, factory) => {
    undo = fullDisk('notes', 0, mode);
    await storageFull(restoreNote(db, note('gone')));
    expect((await snapshot(factory)).notes).toEqual([]);
  }));

  it('leaves a renamed glossary term under its old name', () => withDb(async (db, factory) => {
    await savePersonalTerm(db, term('QXZ'));
    const before = await snapshot(factory);
    undo = fullDisk('glossary', 0, mode);
    // The rename deletes the old term before it writes the new one: the delete must be undone too.
    await storageFull(savePersonalTerm(db, term('QXY', 'renamed'), 'QXZ'));
    expect(await snapshot(factory)).toEqual(before);
  }));

  it('imports no part of a backup when the disk fills after 150 of 300 notes', () => withDb(async (db, factory) => {
    await saveNote(db, note('old-1', 1, 'kept as it was'));
    await saveNote(db, note('old-2', 2));
    await savePersonalTerm(db, term('QXZ'));
    const before = await snapshot(factory);
    const incoming = [{ ...note('old-1', 1, 'newer version'), modified: at(50).toISOString() },
      ...Array.from({ length: 299 }, (_, i) => note(`new-${i}`, 3))];
    undo = fullDisk('notes', 150, mode);
    await storageFull(importBackup(db, incoming, [term('QXA'), term('QXZ', 'replaced')]));
    expect(await snapshot(factory)).toEqual(before);
  }));

  it('imports no part of a glossary', () => withDb(async (db, factory) => {
    await savePersonalTerm(db, term('QXZ'));
    const before = await snapshot(factory);
    undo = fullDisk('glossary', 2, mode);
    await storageFull(importPersonalTerms(db, ['QXA', 'QXB', 'QXC', 'QXD'].map((n) => term(n))));
    expect(await snapshot(factory)).toEqual(before);
  }));
});

describe('failures that are not a full disk', () => {
  it('pass through as they were, still writing nothing', () => withDb(async (db, factory) => {
    await saveNote(db, note('a'));
    const before = await snapshot(factory);
    // Another failure on the same path must not be called a full disk.
    const proto = IDBObjectStore.prototype as unknown as { put: (...a: unknown[]) => unknown };
    const put = proto.put;
    proto.put = () => { throw new DOMException('read only', 'ReadOnlyError'); };
    undo = () => { proto.put = put; };
    const error = await saveNote(db, note('b', 1)).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(StorageFullError);
    expect((error as DOMException).name).toBe('ReadOnlyError');
    undo();
    expect(await snapshot(factory)).toEqual(before);
  }));
});

describe('a worker stopped in the middle of an import', () => {
  it('leaves nothing of the import behind: one transaction, never committed', () => withDb(async (db, factory) => {
    const old = [note('old-1', 1, 'as it was'), note('old-2', 2)];
    for (const n of old) await saveNote(db, n);
    await savePersonalTerm(db, term('QXZ'));
    const before = await snapshot(factory);
    let applied = 0;
    undo = dieAfter('notes', 500, (n) => { applied = n; });
    const incoming = [{ ...old[0]!, body: 'newer', modified: at(60).toISOString() }, ...Array.from({ length: 999 }, (_, i) => note(`new-${i}`, 5))];
    const outcome = await importBackup(db, incoming, [term('QXA')]).then(() => 'committed', () => 'died');
    undo();
    expect(outcome).toBe('died');
    // Half the notes had been written inside the transaction when it died ...
    expect(applied).toBe(500);
    // ... and none of them, nor the glossary term, nor the newer version of old-1, was kept.
    expect(await snapshot(factory)).toEqual(before);
  }));
});

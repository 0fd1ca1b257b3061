// Noticing data the browser deleted: a wiped database, a missing canary, notes gone; never a false alarm on
// a first install, an old profile, or the reader's own deletes.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLensDb, type LensDb } from '../../../src/storage/db';
import {
  checkStorage, dismissExportReminder, dismissStorageLoss, exportTimes, HEALTH_KEYS, notesChanged, recordBackupExport, storageLoss,
} from '../../../src/storage/health';
import { deleteNote, newNote, saveNote } from '../../../src/storage/notes';
import { deleteEverything } from '../../../src/storage/exchange';
import { memoryArea } from './memory-area';

const T0 = new Date(Date.UTC(2026, 10, 1, 9));
const later = (h: number) => new Date(T0.getTime() + h * 3_600_000);
const note = (id: string) => newNote({
  target: {
    source: 'https://www.gov.uk/x',
    quote: { type: 'TextQuoteSelector', exact: 'SFO', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 3 },
  },
  body: id, pageTitle: 'p',
}, T0, id);

/** A browser profile: its IndexedDB and its extension storage, which survive each other's loss. */
function profile() {
  let factory = new IDBFactory();
  const area = memoryArea();
  return {
    area,
    /** One start of the worker: open the database and run the check, as database() does. */
    async start(at: Date): Promise<{ db: LensDb; loss: Awaited<ReturnType<typeof checkStorage>> }> {
      const db = await openLensDb('lens', factory);
      return { db, loss: await checkStorage(db, area, at) };
    },
    /**
     * The browser evicts the origin's IndexedDB; extension storage stays. The released v2 step stamps the
     * canary with the creation time, so the new database is made at least a millisecond later, as it always
     * is outside a test (the old one was made at an earlier start of the worker).
     */
    async evict() {
      const made = Date.now();
      while (Date.now() <= made) await new Promise((r) => setTimeout(r, 1));
      factory = new IDBFactory();
    },
  };
}

describe('the lost-data check', () => {
  it('is quiet on a first install and on every start after', async () => {
    const p = profile();
    const first = await p.start(T0);
    expect(first.loss).toBeUndefined();
    await saveNote(first.db, note('a'));
    await notesChanged(first.db, p.area);
    first.db.close();
    const second = await p.start(later(1));
    expect(second.loss).toBeUndefined();
    expect(await storageLoss(p.area)).toBeUndefined();
    second.db.close();
  });

  it('is quiet for a profile from before the check: its notes are there, nothing was seen before', async () => {
    const p = profile();
    const { db } = await p.start(T0);
    await saveNote(db, note('a'));
    db.close();
    p.area.data.clear();
    const again = await p.start(later(1));
    expect(again.loss).toBeUndefined();
    again.db.close();
  });

  it('warns when the browser deleted the database, with how many notes there were, until dismissed', async () => {
    const p = profile();
    const { db } = await p.start(T0);
    for (const id of ['a', 'b', 'c']) await saveNote(db, note(id));
    await notesChanged(db, p.area);
    db.close();
    await p.evict();
    const after = await p.start(later(2));
    expect(after.loss).toEqual({ at: later(2).toISOString(), reason: 'cleared', notes: 3 });
    after.db.close();
    // Still shown at the next start, even after new notes: the reader has not seen it yet.
    const next = await p.start(later(3));
    expect(next.loss).toEqual({ at: later(2).toISOString(), reason: 'cleared', notes: 3 });
    await dismissStorageLoss(p.area);
    next.db.close();
    const quiet = await p.start(later(4));
    expect(quiet.loss).toBeUndefined();
    quiet.db.close();
  });

  it('warns when the database was wiped while it held no notes (the glossary and history went too)', async () => {
    const p = profile();
    (await p.start(T0)).db.close();
    await p.evict();
    const after = await p.start(later(1));
    expect(after.loss).toMatchObject({ reason: 'cleared', notes: 0 });
    after.db.close();
  });

  it('warns when the canary is missing from a database that is still there', async () => {
    const p = profile();
    const { db } = await p.start(T0);
    await saveNote(db, note('a'));
    await db.delete('meta', 'canary');
    db.close();
    const after = await p.start(later(1));
    expect(after.loss).toMatchObject({ reason: 'cleared', notes: 0 });
    // A new canary was written, so the start after that is quiet once dismissed.
    expect((await after.db.get('meta', 'canary'))?.value).toEqual(expect.any(String));
    await dismissStorageLoss(p.area);
    after.db.close();
    expect((await p.start(later(2))).loss).toBeUndefined();
  });

  it('warns when the notes vanished and the canary stayed', async () => {
    const p = profile();
    const { db } = await p.start(T0);
    await saveNote(db, note('a'));
    await saveNote(db, note('b'));
    await notesChanged(db, p.area);
    await db.clear('notes'); // not through the extension: nothing recounted
    db.close();
    const after = await p.start(later(1));
    expect(after.loss).toEqual({ at: later(1).toISOString(), reason: 'notes-vanished', notes: 2 });
    after.db.close();
  });

  it('is quiet after the reader deleted every note, one by one or all at once', async () => {
    const p = profile();
    const { db } = await p.start(T0);
    await saveNote(db, note('a'));
    await saveNote(db, note('b'));
    await notesChanged(db, p.area);
    await deleteNote(db, 'a');
    await notesChanged(db, p.area);
    await deleteEverything(db);
    await notesChanged(db, p.area);
    db.close();
    expect((await p.start(later(1))).loss).toBeUndefined();
  });
});

describe('export times', () => {
  it('records the last backup and a dismissal, each under its own key', async () => {
    const area = memoryArea();
    expect(await exportTimes(area)).toEqual({});
    await recordBackupExport(area, T0);
    await dismissExportReminder(area, later(1));
    expect(await exportTimes(area)).toEqual({ lastExport: T0.toISOString(), dismissed: later(1).toISOString() });
    expect([...area.data.keys()].sort()).toEqual([HEALTH_KEYS.dismissed, HEALTH_KEYS.lastExport].sort());
    area.data.set(HEALTH_KEYS.lastExport, 42);
    expect(await exportTimes(area)).toEqual({ dismissed: later(1).toISOString() });
  });
});

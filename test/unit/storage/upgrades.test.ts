// Upgrades from every schema version ever released keep every record. The old databases are built by the
// released steps as they shipped (copied here, in plain IndexedDB), not by today's UPGRADES: if a released
// step were edited, a database built by today's code would no longer be what readers hold.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openLensDb } from '../../../src/storage/db';
import { listNotes, notesForPage, saveNote } from '../../../src/storage/notes';
import { recentLookups, recordLookup } from '../../../src/storage/lookups';
import { savePersonalTerm } from '../../../src/storage/glossary';
import type { Note } from '../../../src/shared/types';

/** The steps as released: v1 and v2 in f7e236f (first release), v3 in 4b15321, v4 with notes on PDFs. */
const RELEASED: Array<(db: IDBDatabase, tx: IDBTransaction) => void> = [
  (db) => {
    db.createObjectStore('notes', { keyPath: 'id' }).createIndex('by-page', 'target.source');
  },
  (db, tx) => {
    const notes = tx.objectStore('notes');
    notes.createIndex('by-updated', 'modified');
    notes.createIndex('by-content-id', 'target.contentId');
    const lookups = db.createObjectStore('lookups', { autoIncrement: true });
    lookups.createIndex('by-at', 'at');
    lookups.createIndex('by-term', 'term');
    db.createObjectStore('meta', { keyPath: 'key' }).put({ key: 'canary', value: new Date().toISOString() });
  },
  (db) => {
    db.createObjectStore('glossary', { keyPath: 'term' });
  },
];

const done = (r: IDBRequest | IDBTransaction) => new Promise<void>((resolve, reject) => {
  if (r instanceof IDBTransaction) { r.oncomplete = () => resolve(); r.onerror = () => reject(r.error); r.onabort = () => reject(r.error); } else {
    r.onsuccess = () => resolve(); r.onerror = () => reject(r.error);
  }
});

/** A database as a reader of version `version` holds it, filled by `fill` through plain IndexedDB. */
async function released(factory: IDBFactory, version: number, fill: (db: IDBDatabase) => Promise<void>): Promise<void> {
  const request = factory.open('lens', version);
  request.onupgradeneeded = (e) => {
    for (let v = e.oldVersion; v < version; v++) RELEASED[v]!(request.result, request.transaction!);
  };
  await done(request);
  const db = request.result;
  await fill(db);
  db.close();
}

const PAGE = 'https://www.gov.uk/guidance/mappa';
const note = (i: number): Note => {
  const time = new Date(Date.UTC(2025, 5, 1, 9, 0, i)).toISOString();
  return {
    id: `n${String(i).padStart(3, '0')}`, body: i === 3 ? 'Unicode: “MAPPA” – Category 2 ✓ 𝔸' : `note ${i}`, tags: i % 4 ? [] : ['mappa', 'level 2'],
    pageTitle: 'MAPPA guidance', created: time, modified: time,
    target: {
      source: `${PAGE}/${i % 3}`, ...(i % 2 ? { contentId: `cid-${i % 5}` } : {}),
      quote: { type: 'TextQuoteSelector', exact: 'Multi-Agency Public Protection', prefix: 'the ', suffix: ' Arrangements' },
      position: { type: 'TextPositionSelector', start: i, end: i + 30 },
    },
  };
};
const NOTES = Array.from({ length: 120 }, (_, i) => note(i));
const LOOKUPS = ['SFO', 'MAPPA', 'OASys', 'SFO'].map((term, i) => ({ term, at: new Date(Date.UTC(2025, 5, 2, 9, i)).toISOString(), ...(i % 2 ? { page: PAGE } : {}) }));

async function put(db: IDBDatabase, store: string, records: readonly unknown[]): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  for (const r of records) tx.objectStore(store).put(r);
  await done(tx);
}

describe('upgrades from every released schema version', () => {
  it('has no released version this file does not build', () => {
    // A new step in UPGRADES means a new released version: add it to RELEASED and test the upgrade from it.
    expect(DB_VERSION).toBe(RELEASED.length + 1);
  });

  it('v1 → current keeps every note, and adds the canary and empty new stores', async () => {
    const factory = new IDBFactory();
    await released(factory, 1, (db) => put(db, 'notes', NOTES));
    const db = await openLensDb('lens', factory);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('notes')).toEqual(NOTES);
    expect((await db.get('meta', 'canary'))?.value).toEqual(expect.any(String));
    expect(await db.count('lookups')).toBe(0);
    expect(await db.count('glossary')).toBe(0);
    // The new indexes cover the notes that were there before them.
    expect((await listNotes(db, { limit: 2 })).map((n) => n.id)).toEqual(['n119', 'n118']);
    expect((await notesForPage(db, { source: 'nowhere', contentId: 'cid-3' })).length).toBe(NOTES.filter((n) => n.target.contentId === 'cid-3').length);
    db.close();
  });

  it('v2 → current keeps every note, every look-up with its key, and the canary as it was', async () => {
    const factory = new IDBFactory();
    let canary: unknown;
    await released(factory, 2, async (old) => {
      await put(old, 'notes', NOTES);
      await put(old, 'lookups', LOOKUPS);
      const tx = old.transaction('meta');
      const get = tx.objectStore('meta').get('canary');
      await done(get);
      canary = get.result;
    });
    const db = await openLensDb('lens', factory);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('notes')).toEqual(NOTES);
    expect(await db.getAllKeys('lookups')).toEqual([1, 2, 3, 4]);
    expect(await db.getAll('lookups')).toEqual(LOOKUPS);
    // Not written afresh: a new canary would hide that the database had been wiped.
    expect(await db.get('meta', 'canary')).toEqual(canary);
    // Everything still works on the upgraded database.
    await recordLookup(db, { term: 'RoSH' });
    expect(await db.getAllKeys('lookups')).toEqual([1, 2, 3, 4, 5]);
    expect((await recentLookups(db, 1))[0]?.term).toBe('RoSH');
    await savePersonalTerm(db, { term: 'QXZ', senses: [{ expansion: 'Quarterly Extra Zone', category: 'process' }] });
    await saveNote(db, { ...NOTES[0]!, body: 'edited' }, { expectedModified: NOTES[0]!.modified });
    expect((await db.get('notes', 'n000'))?.body).toBe('edited');
    db.close();
  });

  it('v3 → current keeps every note and term, and finds PDF notes by the file’s fingerprint', async () => {
    const factory = new IDBFactory();
    const term = { term: 'QXZ', senses: [{ expansion: 'Quarterly Extra Zone', category: 'process' }] };
    await released(factory, 3, async (old) => {
      await put(old, 'notes', NOTES);
      await put(old, 'glossary', [term]);
    });
    const db = await openLensDb('lens', factory);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('notes')).toEqual(NOTES);
    expect(await db.getAll('glossary')).toEqual([term]);
    // Web-page notes have no fingerprint: the new index leaves them out, and asking by one finds nothing extra.
    expect((await notesForPage(db, { source: `${PAGE}/1`, fingerprint: 'ab'.repeat(16) })).length).toBe(NOTES.filter((n) => n.target.source === `${PAGE}/1`).length);
    const pdf: Note = { ...NOTES[0]!, id: 'pdf1', target: { ...NOTES[0]!.target, source: 'https://assets.publishing.service.gov.uk/media/a/old.pdf', fingerprint: 'ab'.repeat(16), page: 2 } };
    await saveNote(db, pdf);
    expect(await notesForPage(db, { source: 'https://assets.publishing.service.gov.uk/media/b/new.pdf', fingerprint: 'ab'.repeat(16) })).toEqual([pdf]);
    db.close();
  });

  it('current → current changes nothing', async () => {
    const factory = new IDBFactory();
    const first = await openLensDb('lens', factory);
    await saveNote(first, NOTES[1]!);
    const canary = await first.get('meta', 'canary');
    first.close();
    const again = await openLensDb('lens', factory);
    expect(await again.getAll('notes')).toEqual([NOTES[1]]);
    expect(await again.get('meta', 'canary')).toEqual(canary);
    again.close();
  });
});

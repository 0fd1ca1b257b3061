/**
 * The extension's IndexedDB database: its typed schema and the ordered upgrades that build it.
 * Extension origin only (background and extension pages): a content script would open the page's
 * database instead, where the page could read every note.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { GlossaryEntry, LookupRecord, Note } from '../shared/types';

/** One look-up of a term, for the look-up history. */
export type { LookupRecord } from '../shared/types';

/** A small named value about the database itself. */
export interface MetaRecord {
  readonly key: string;
  readonly value: unknown;
}

/** The database's shape at the current version. */
export interface LensSchema extends DBSchema {
  notes: {
    key: string;
    value: Note;
    indexes: { 'by-page': string; 'by-updated': string; 'by-content-id': string; 'by-fingerprint': string };
  };
  lookups: { key: number; value: LookupRecord; indexes: { 'by-at': string; 'by-term': string } };
  meta: { key: string; value: MetaRecord };
  glossary: { key: string; value: GlossaryEntry };
}

/** An open connection to the database. */
export type LensDb = IDBPDatabase<LensSchema>;

/** The versionchange transaction an upgrade step runs in. */
export type UpgradeTx = IDBPTransaction<LensSchema, StoreNames<LensSchema>[], 'versionchange'>;

/** One schema step: UPGRADES[n] takes a database from version n to version n + 1. */
export type Upgrade = (db: LensDb, tx: UpgradeTx) => void;

/**
 * Every schema step ever released, in order. Never edit or reorder a released step: users may hold a
 * database at any earlier version, and each step must start from exactly what the step before left.
 */
export const UPGRADES: readonly Upgrade[] = [
  // v1: notes, found by the page they belong to.
  (db) => {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('by-page', 'target.source');
  },
  // v2: newest-first note lists, notes that follow a GOV.UK page when its URL changes, look-up history.
  (db, tx) => {
    const notes = tx.objectStore('notes');
    notes.createIndex('by-updated', 'modified');
    notes.createIndex('by-content-id', 'target.contentId');
    const lookups = db.createObjectStore('lookups', { autoIncrement: true });
    lookups.createIndex('by-at', 'at');
    lookups.createIndex('by-term', 'term');
    const meta = db.createObjectStore('meta', { keyPath: 'key' });
    // A record that only disappears if the browser wiped the database, so a later check can tell
    // "no notes yet" from "notes lost to storage eviction".
    void meta.put({ key: 'canary', value: new Date().toISOString() });
  },
  // v3: the personal glossary, by term.
  (db) => {
    db.createObjectStore('glossary', { keyPath: 'term' });
  },
  // v4: notes on PDFs found by the file's fingerprint, so they follow the same file to another address.
  (_db, tx) => {
    tx.objectStore('notes').createIndex('by-fingerprint', 'target.fingerprint');
  },
];

/** The schema version this code reads and writes. */
export const DB_VERSION = UPGRADES.length;

/** Only tests change these: an older version to build, or an upgrade list with an extra step. */
export interface OpenOptions {
  readonly version?: number;
  readonly upgrades?: readonly Upgrade[];
}

/** Opens the database, creating it or running every upgrade step from its stored version. */
export async function openLensDb(
  name = 'probation-lens',
  factory: IDBFactory = indexedDB,
  { version = DB_VERSION, upgrades = UPGRADES }: OpenOptions = {},
): Promise<LensDb> {
  if (!Number.isInteger(version) || version < 1 || version > upgrades.length) {
    throw new RangeError(`No schema version ${version}: versions run from 1 to ${upgrades.length}`);
  }
  // idb's openDB always uses the global indexedDB; opening by hand lets tests isolate each database.
  const request = factory.open(name, version);
  let stepError: unknown;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as LensDb;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
    // A failed upgrade is reported by the open request below; this stops a second, unhandled report.
    tx.done.catch(() => undefined);
    try {
      for (let v = event.oldVersion; v < version; v++) upgrades[v]?.(db, tx);
    } catch (error) {
      // Aborting rolls the whole upgrade back, so the stored data stays at its old, valid version.
      stepError = error;
      tx.abort();
    }
  });
  let db: LensDb;
  try {
    db = (await wrap(request)) as unknown as LensDb;
  } catch (error) {
    throw stepError ?? error;
  }
  // A newer version opened elsewhere (an extension update) waits until every old connection closes.
  db.addEventListener('versionchange', () => db.close());
  return db;
}

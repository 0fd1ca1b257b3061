// fake-indexeddb/auto installs the IDB globals idb checks against; each test opens its own IDBFactory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLensDb, type LensDb } from '../../../src/storage/db';
import { clearLookups, frequentLookups, MAX_LOOKUPS, recentLookups, recordLookup } from '../../../src/storage/lookups';

const at = (s: number) => new Date(Date.UTC(2025, 0, 1, 9, 0, s));
const PAGE = 'https://www.gov.uk/guidance/mappa';

async function withDb(run: (db: LensDb) => Promise<void>): Promise<void> {
  const db = await openLensDb('test', new IDBFactory());
  try {
    await run(db);
  } finally {
    db.close();
  }
}

describe('look-ups', () => {
  it('lists recent look-ups newest first, with the page when known', () => withDb(async (db) => {
    await recordLookup(db, { term: 'SFO', page: PAGE }, at(1));
    await recordLookup(db, { term: 'MAPPA' }, at(3));
    await recordLookup(db, { term: 'OASys' }, at(2));
    expect(await recentLookups(db, 2)).toEqual([{ term: 'MAPPA', at: at(3).toISOString() }, { term: 'OASys', at: at(2).toISOString() }]);
    expect((await recentLookups(db, 10)).at(-1)).toEqual({ term: 'SFO', at: at(1).toISOString(), page: PAGE });
    expect(await recentLookups(db, 0)).toEqual([]);
  }));

  it('ranks frequent terms by count, then by the latest look-up', () => withDb(async (db) => {
    const terms = ['SFO', 'MAPPA', 'SFO', 'OASys', 'MAPPA', 'SFO', 'NPS'];
    for (const [i, term] of terms.entries()) await recordLookup(db, { term }, at(i));
    expect(await frequentLookups(db, 3)).toEqual([
      { term: 'SFO', count: 3, last: at(5).toISOString() },
      { term: 'MAPPA', count: 2, last: at(4).toISOString() },
      { term: 'NPS', count: 1, last: at(6).toISOString() },
    ]);
  }));

  it('stores the term verbatim and rejects an empty one', () => withDb(async (db) => {
    await recordLookup(db, { term: '<script>alert(1)</script>' }, at(0));
    expect((await recentLookups(db, 1))[0]?.term).toBe('<script>alert(1)</script>');
    await expect(recordLookup(db, { term: '  ' })).rejects.toMatchObject({ code: 'bad-request', field: 'term' });
    expect((await recentLookups(db, 10)).length).toBe(1);
  }));

  it('keeps at most MAX_LOOKUPS, dropping the oldest', () => withDb(async (db) => {
    const tx = db.transaction('lookups', 'readwrite');
    const filler = Array.from({ length: MAX_LOOKUPS }, (_, i) => tx.store.add({ term: `T${i}`, at: new Date(at(0).getTime() + i).toISOString() }));
    await Promise.all([...filler, tx.done]);
    await recordLookup(db, { term: 'NEW' }, at(100));
    expect(await db.count('lookups')).toBe(MAX_LOOKUPS);
    expect((await recentLookups(db, MAX_LOOKUPS)).at(-1)?.term).toBe('T1');
  }));

  it('clears the history', () => withDb(async (db) => {
    await recordLookup(db, { term: 'SFO' });
    await clearLookups(db);
    expect(await recentLookups(db, 10)).toEqual([]);
    expect(await frequentLookups(db, 10)).toEqual([]);
  }));
});

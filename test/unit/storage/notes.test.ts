// fake-indexeddb/auto installs the IDB globals idb's wrappers check against; each test still opens its own
// IDBFactory, so no test sees another's data.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openLensDb, UPGRADES, type LensDb } from '../../../src/storage/db';
import {
  countNotes, deleteNote, getNote, listNotes, MAX_BODY_BYTES, newNote, NoteConflictError, notesForPage, restoreNote, saveNote,
} from '../../../src/storage/notes';
import type { Note, NoteTarget } from '../../../src/shared/types';

const PAGE = 'https://www.gov.uk/guidance/probation-service-sfo';
const target = (source = PAGE, contentId?: string): NoteTarget => ({
  source,
  ...(contentId ? { contentId } : {}),
  quote: { type: 'TextQuoteSelector', exact: 'Serious Further Offence', prefix: 'a ', suffix: ' review' },
  position: { type: 'TextPositionSelector', start: 10, end: 33 },
});
const at = (s: number) => new Date(Date.UTC(2025, 0, 1, 9, 0, s));
const note = (id: string, s = 0, t = target()): Note => newNote({ target: t, body: `note ${id}`, pageTitle: 'SFO reviews' }, at(s), id);
const fresh = () => openLensDb('test', new IDBFactory());

async function withDb(run: (db: LensDb) => Promise<void>): Promise<void> {
  const db = await fresh();
  try {
    await run(db);
  } finally {
    db.close();
  }
}

describe('notes', () => {
  it('creates, reads, edits, deletes and restores a note', () => withDb(async (db) => {
    const a = note('a');
    expect(await saveNote(db, a)).toEqual(a);
    expect(await getNote(db, 'a')).toEqual(a);
    const edited = await saveNote(db, { ...a, body: 'changed', tags: ['sfo'] }, { expectedModified: a.modified, now: at(5) });
    expect(edited).toMatchObject({ body: 'changed', tags: ['sfo'], created: a.created, modified: at(5).toISOString() });
    expect(await getNote(db, 'a')).toEqual(edited);
    const deleted = await deleteNote(db, 'a');
    expect(deleted).toEqual(edited);
    expect(await getNote(db, 'a')).toBeUndefined();
    expect(await deleteNote(db, 'a')).toBeUndefined();
    expect(await restoreNote(db, deleted!)).toEqual(edited);
    expect(await getNote(db, 'a')).toEqual(edited);
    // A second undo leaves the stored note alone.
    expect(await restoreNote(db, { ...deleted!, body: 'stale' })).toEqual(edited);
  }));

  it('finds notes by address or by content id after the page moved, oldest first, once each', () => withDb(async (db) => {
    await saveNote(db, note('old-url', 2, target(PAGE, 'cid-1')));
    await saveNote(db, note('new-url', 1, target(`${PAGE}-2025`, 'cid-1')));
    await saveNote(db, note('no-cid', 3, target(`${PAGE}-2025`)));
    await saveNote(db, note('other', 0, target('https://www.gov.uk/other', 'cid-2')));
    const ids = async (q: { source: string; contentId?: string }) => (await notesForPage(db, q)).map((n) => n.id);
    expect(await ids({ source: `${PAGE}-2025`, contentId: 'cid-1' })).toEqual(['new-url', 'old-url', 'no-cid']);
    expect(await ids({ source: `${PAGE}-2025` })).toEqual(['new-url', 'no-cid']);
    expect(await ids({ source: 'https://nowhere.example' })).toEqual([]);
  }));

  it('lists newest first by modified time, page by page, and counts', () => withDb(async (db) => {
    // Five notes share one modified time, so paging must break ties by id.
    for (let i = 0; i < 12; i++) await saveNote(db, note(`n${String(i).padStart(2, '0')}`, i < 5 ? 0 : i));
    expect(await countNotes(db)).toBe(12);
    const all = await listNotes(db);
    expect(all.map((n) => n.id)).toEqual(['n11', 'n10', 'n09', 'n08', 'n07', 'n06', 'n05', 'n04', 'n03', 'n02', 'n01', 'n00']);
    const pages: string[] = [];
    let before: Note | undefined;
    for (;;) {
      const page: Note[] = await listNotes(db, { limit: 4, ...(before ? { before } : {}) });
      if (page.length === 0) break;
      pages.push(...page.map((n) => n.id));
      before = page.at(-1);
    }
    expect(pages).toEqual(all.map((n) => n.id));
    await saveNote(db, { ...all[11]!, body: 'edited' }, { now: at(60) });
    expect((await listNotes(db, { limit: 1 }))[0]?.id).toBe('n00');
  }));

  it('returns all 2,000 notes of one page in order', () => withDb(async (db) => {
    const tx = db.transaction('notes', 'readwrite');
    const many = Array.from({ length: 2000 }, (_, i) => newNote({ target: target(), body: `${i}`, pageTitle: 'p' }, new Date(at(0).getTime() + i), `id-${1999 - i}`));
    await Promise.all([...many.map((n) => tx.store.put(n)), tx.done]);
    const found = await notesForPage(db, { source: PAGE, contentId: 'none' });
    expect(found).toHaveLength(2000);
    expect(found.map((n) => n.body)).toEqual(many.map((n) => n.body));
  }));

  it('accepts a 1 MiB body and rejects one byte more, and a quote over 256 KiB', () => withDb(async (db) => {
    const big = { ...note('big'), body: 'x'.repeat(MAX_BODY_BYTES) };
    expect((await saveNote(db, big)).body).toHaveLength(MAX_BODY_BYTES);
    await expect(saveNote(db, { ...big, body: 'x'.repeat(MAX_BODY_BYTES + 1) })).rejects.toMatchObject({ code: 'bad-request', field: 'note.body' });
    // Multi-byte text counts in UTF-8 bytes, not characters.
    await expect(saveNote(db, { ...big, body: 'é'.repeat(MAX_BODY_BYTES / 2 + 1) })).rejects.toMatchObject({ field: 'note.body' });
    const t = target();
    await expect(saveNote(db, note('q', 0, { ...t, quote: { ...t.quote, exact: 'q'.repeat(256 * 1024) } }))).rejects.toMatchObject({ field: 'note.target.quote.exact' });
    expect((await getNote(db, 'big'))?.body).toHaveLength(MAX_BODY_BYTES);
  }));

  it('refuses malformed notes and unknown fields with bad-request naming the field, and stores nothing', () => withDb(async (db) => {
    const bad = (patch: Record<string, unknown>) => saveNote(db, { ...note('x'), ...patch });
    const refused = (field: string) => ({ code: 'bad-request', field });
    await expect(bad({ id: '' })).rejects.toMatchObject(refused('note.id'));
    await expect(bad({ body: 42 })).rejects.toMatchObject(refused('note.body'));
    await expect(bad({ tags: 'sfo' })).rejects.toMatchObject(refused('note.tags'));
    await expect(bad({ modified: 'yesterday' })).rejects.toMatchObject(refused('note.modified'));
    await expect(bad({ target: { ...target(), source: '' } })).rejects.toMatchObject(refused('note.target.source'));
    await expect(bad({ target: { ...target(), position: { type: 'TextPositionSelector', start: 5, end: 2 } } })).rejects.toMatchObject(refused('note.target.position.end'));
    await expect(saveNote(db, null as unknown as Note)).rejects.toMatchObject(refused('note'));
    await expect(bad({ extra: '<img>' })).rejects.toMatchObject(refused('note.extra'));
    await expect(bad({ target: { ...target(), evil: true } })).rejects.toMatchObject(refused('note.target.evil'));
    expect(await countNotes(db)).toBe(0);
  }));

  it('stores HTML and script text verbatim', () => withDb(async (db) => {
    const body = '<script>alert("x")</script><img src=x onerror=alert(1)> &amp; \u0000 \u{1F600}';
    await saveNote(db, { ...note('h'), body, pageTitle: '<b>title</b>' });
    expect(await getNote(db, 'h')).toMatchObject({ body, pageTitle: '<b>title</b>' });
  }));

  it('never loses an edit when two tabs edit the same note', () => withDb(async (db) => {
    const base = await saveNote(db, note('c'));
    const tabA = await saveNote(db, { ...base, body: 'from tab A' }, { expectedModified: base.modified, now: at(0) });
    // Same clock as the original: the stored time still moves on, so tab B's stale check fails.
    expect(tabA.modified > base.modified).toBe(true);
    const stale = saveNote(db, { ...base, body: 'from tab B' }, { expectedModified: base.modified });
    await expect(stale).rejects.toMatchObject({ code: 'note-conflict' });
    await expect(stale).rejects.toBeInstanceOf(NoteConflictError);
    const conflict = (await stale.catch((e: unknown) => e)) as NoteConflictError;
    expect(conflict.current).toEqual(tabA);
    expect((await getNote(db, 'c'))?.body).toBe('from tab A');
    const merged = await saveNote(db, { ...tabA, body: 'from tab A\nfrom tab B' }, { expectedModified: tabA.modified });
    expect((await getNote(db, 'c'))?.body).toBe(merged.body);
    // An edit of a note deleted elsewhere is a conflict too, not a silent resurrection.
    await deleteNote(db, 'c');
    await expect(saveNote(db, merged, { expectedModified: merged.modified })).rejects.toMatchObject({ code: 'note-conflict' });
    expect(await countNotes(db)).toBe(0);
  }));

  it('races: of two saves expecting the same version, exactly one wins', () => withDb(async (db) => {
    const base = await saveNote(db, note('r'));
    const results = await Promise.allSettled(['one', 'two'].map((body) => saveNote(db, { ...base, body }, { expectedModified: base.modified })));
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<Note>;
    expect(await getNote(db, 'r')).toEqual(winner.value);
  }));
});

describe('schema', () => {
  it('numbers one upgrade step per version', () => {
    expect(DB_VERSION).toBe(4);
    expect(UPGRADES).toHaveLength(DB_VERSION);
  });

  const shape = (db: LensDb) => {
    const tx = db.transaction([...db.objectStoreNames]);
    return [...db.objectStoreNames].map((name) => {
      const s = tx.objectStore(name);
      const indexes = [...s.indexNames].map((i) => { const x = s.index(i); return [i, x.keyPath, x.unique, x.multiEntry]; });
      return { name, keyPath: s.keyPath, autoIncrement: s.autoIncrement, indexes };
    });
  };

  for (let from = 1; from < DB_VERSION; from++) {
    it(`upgrades v${from} with 50 notes: every note identical, schema as a fresh install`, async () => {
      const factory = new IDBFactory();
      const old = await openLensDb('up', factory, { version: from });
      const notes = Array.from({ length: 50 }, (_, i) => note(`n${i}`, i, target(`${PAGE}/${i % 3}`, i % 2 ? `cid-${i % 5}` : undefined)));
      notes[7] = { ...notes[7]!, body: '<script>x</script>'.repeat(1000), tags: ['a', 'b'] };
      const tx = old.transaction('notes', 'readwrite');
      await Promise.all([...notes.map((n) => tx.store.put(n)), tx.done]);
      old.close();

      const db = await openLensDb('up', factory);
      const reference = await fresh();
      expect(db.version).toBe(DB_VERSION);
      expect(await db.getAll('notes')).toEqual([...notes].sort((a, b) => (a.id < b.id ? -1 : 1)));
      expect(shape(db)).toEqual(shape(reference));
      expect(shape(db)).toEqual([
        { name: 'glossary', keyPath: 'term', autoIncrement: false, indexes: [] },
        { name: 'lookups', keyPath: null, autoIncrement: true, indexes: [['by-at', 'at', false, false], ['by-term', 'term', false, false]] },
        { name: 'meta', keyPath: 'key', autoIncrement: false, indexes: [] },
        { name: 'notes', keyPath: 'id', autoIncrement: false, indexes: [
          ['by-content-id', 'target.contentId', false, false], ['by-fingerprint', 'target.fingerprint', false, false], ['by-page', 'target.source', false, false],
          ['by-updated', 'modified', false, false]] },
      ]);
      expect(await db.get('meta', 'canary')).toBeDefined();
      expect((await notesForPage(db, { source: 'nowhere', contentId: 'cid-1' })).map((n) => n.id)).toEqual(['n1', 'n11', 'n21', 'n31', 'n41']);
      expect((await listNotes(db, { limit: 1 }))[0]?.id).toBe('n49');
      db.close();
      reference.close();
    });
  }

  it('rolls a failing upgrade step back, leaving the database at its old version', async () => {
    const factory = new IDBFactory();
    const db = await openLensDb('fail', factory);
    await saveNote(db, note('keep'));
    db.close();
    const broken = [...UPGRADES, () => { throw new Error('step 5 failed'); }];
    await expect(openLensDb('fail', factory, { version: 5, upgrades: broken })).rejects.toThrow('step 5 failed');
    const again = await openLensDb('fail', factory);
    expect(again.version).toBe(DB_VERSION);
    expect(await getNote(again, 'keep')).toBeDefined();
    again.close();
    await expect(openLensDb('fail', factory, { version: 0 })).rejects.toThrow(RangeError);
  });

  it('serves two connections at once, and an old connection gives way to an upgrade', async () => {
    const factory = new IDBFactory();
    const one = await openLensDb('twice', factory);
    const two = await openLensDb('twice', factory);
    await saveNote(one, note('shared'));
    expect(await getNote(two, 'shared')).toEqual(note('shared'));
    one.close();
    two.close();
    // An extension page still holding v1 must not block the updated worker from opening v2.
    const v1 = await openLensDb('gives-way', factory, { version: 1 });
    const v2 = await openLensDb('gives-way', factory);
    expect(v2.version).toBe(DB_VERSION);
    expect(() => v1.transaction('notes')).toThrow();
    v2.close();
  });
});

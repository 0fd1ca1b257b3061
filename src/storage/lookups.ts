/** The history of terms the user looked up: recent and frequent lists for the popup. */
import { badRequest } from '../shared/protocol';
import type { LookupCount, LookupRecord } from '../shared/types';
import type { LensDb } from './db';

export type { LookupCount, LookupRecord } from '../shared/types';

/** How many look-ups are kept; the oldest go first, so the history never grows without bound. */
export const MAX_LOOKUPS = 5000;
const MAX_TEXT = 8 * 1024;


/** Records one look-up of a term (on a page, when known). */
export async function recordLookup(db: LensDb, { term, page }: { term: string; page?: string }, now = new Date()): Promise<void> {
  if (typeof term !== 'string' || term.trim() === '' || term.length > MAX_TEXT) throw badRequest('term');
  if (page !== undefined && (typeof page !== 'string' || page.length > MAX_TEXT)) throw badRequest('page');
  const record: LookupRecord = { term, at: now.toISOString(), ...(page ? { page } : {}) };
  const tx = db.transaction('lookups', 'readwrite');
  void tx.store.add(record);
  // Keys rise with every add, so the lowest keys are the oldest look-ups.
  let extra = (await tx.store.count()) - MAX_LOOKUPS;
  let cursor = extra > 0 ? await tx.store.openCursor() : null;
  while (cursor && extra-- > 0) {
    void cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.done;
}

/** The latest look-ups, newest first. */
export async function recentLookups(db: LensDb, limit: number): Promise<LookupRecord[]> {
  const out: LookupRecord[] = [];
  let cursor = await db.transaction('lookups').store.index('by-at').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

/** The most looked-up terms, most often first; ties go to the more recent. */
export async function frequentLookups(db: LensDb, limit: number): Promise<LookupCount[]> {
  const counts = new Map<string, { term: string; count: number; last: string }>();
  for (const { term, at } of await db.getAll('lookups')) {
    const c = counts.get(term);
    if (!c) counts.set(term, { term, count: 1, last: at });
    else {
      c.count++;
      if (at > c.last) c.last = at;
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const byUse = (a: LookupCount, b: LookupCount) => b.count - a.count || cmp(b.last, a.last) || cmp(a.term, b.term);
  return [...counts.values()].sort(byUse).slice(0, Math.max(0, limit));
}

/** Forgets every look-up. */
export async function clearLookups(db: LensDb): Promise<void> {
  await db.clear('lookups');
}

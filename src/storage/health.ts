/**
 * Data safety: noticing that the browser deleted the database (storage eviction, cleared site data), and
 * the times behind the export reminder. What is compared with the database is kept outside it, in the
 * extension's own key-value storage, which is not evicted with the origin's IndexedDB.
 */
import { judgeStorage, type StorageSeen } from '../core/data-safety';
import type { StorageLoss } from '../shared/protocol';
import type { LensDb } from './db';

/** The key-value storage the records live in: browser.storage.local, or a stand-in in tests. */
export interface KeyValueArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The keys, each written on its own so that no two writers overwrite each other's record. */
export const HEALTH_KEYS = {
  seen: 'storageSeen',
  lost: 'storageLost',
  lastExport: 'lastBackupExport',
  dismissed: 'exportReminderDismissed',
} as const;

const isSeen = (v: unknown): v is StorageSeen =>
  typeof v === 'object' && v !== null && typeof (v as StorageSeen).canary === 'string' && typeof (v as StorageSeen).notes === 'number';
const isLoss = (v: unknown): v is StorageLoss =>
  typeof v === 'object' && v !== null && typeof (v as StorageLoss).at === 'string' && typeof (v as StorageLoss).notes === 'number';

/** The database's canary, written afresh when missing so the next check has one to compare. */
async function canaryOf(db: LensDb, now: Date): Promise<{ value: string; existed: boolean }> {
  const tx = db.transaction('meta', 'readwrite');
  const stored = await tx.store.get('canary');
  if (typeof stored?.value === 'string') {
    await tx.done;
    return { value: stored.value, existed: true };
  }
  // A random part too: a database created in the same millisecond as the lost one must not pass for it.
  const value = `${now.toISOString()} ${crypto.randomUUID()}`;
  await Promise.all([tx.store.put({ key: 'canary', value }), tx.done]);
  return { value, existed: false };
}

/**
 * Compares the database with what the last check saw; records a loss when the database was wiped or its notes
 * vanished, and what it sees now for the next check. Returns the loss the reader has not dismissed, if any.
 */
export async function checkStorage(db: LensDb, area: KeyValueArea, now = new Date()): Promise<StorageLoss | undefined> {
  const canary = await canaryOf(db, now);
  const notes = await db.count('notes');
  const stored = await area.get([HEALTH_KEYS.seen, HEALTH_KEYS.lost]);
  const seen = isSeen(stored[HEALTH_KEYS.seen]) ? stored[HEALTH_KEYS.seen] as StorageSeen : undefined;
  const verdict = judgeStorage(seen, canary.existed ? canary.value : undefined, notes);
  const next: Record<string, unknown> = { [HEALTH_KEYS.seen]: { canary: canary.value, notes } satisfies StorageSeen };
  let loss = isLoss(stored[HEALTH_KEYS.lost]) ? stored[HEALTH_KEYS.lost] as StorageLoss : undefined;
  if (verdict === 'cleared' || verdict === 'notes-vanished') {
    loss = { at: now.toISOString(), reason: verdict, notes: seen?.notes ?? 0 };
    next[HEALTH_KEYS.lost] = loss;
  }
  await area.set(next);
  return loss;
}

/**
 * Records how many notes there are after the reader changed them, so deleting one's own notes is never taken
 * for a loss. Only the count changes: the canary stays what the check saw.
 */
export async function notesChanged(db: LensDb, area: KeyValueArea): Promise<void> {
  const seen = (await area.get([HEALTH_KEYS.seen]))[HEALTH_KEYS.seen];
  if (!isSeen(seen)) return;
  await area.set({ [HEALTH_KEYS.seen]: { canary: seen.canary, notes: await db.count('notes') } satisfies StorageSeen });
}

/** The loss the reader has not dismissed, if any. */
export async function storageLoss(area: KeyValueArea): Promise<StorageLoss | undefined> {
  const lost = (await area.get([HEALTH_KEYS.lost]))[HEALTH_KEYS.lost];
  return isLoss(lost) ? lost : undefined;
}

/** Forgets the loss once the reader has read the warning. */
export async function dismissStorageLoss(area: KeyValueArea): Promise<void> {
  await area.remove(HEALTH_KEYS.lost);
}

/** Records that a backup file was made. */
export async function recordBackupExport(area: KeyValueArea, now = new Date()): Promise<void> {
  await area.set({ [HEALTH_KEYS.lastExport]: now.toISOString() });
}

/** Hides the export reminder for a while (see exportReminder). */
export async function dismissExportReminder(area: KeyValueArea, now = new Date()): Promise<void> {
  await area.set({ [HEALTH_KEYS.dismissed]: now.toISOString() });
}

/** When the last backup was made and when the reminder was last dismissed, as stored. */
export async function exportTimes(area: KeyValueArea): Promise<{ lastExport?: string; dismissed?: string }> {
  const stored = await area.get([HEALTH_KEYS.lastExport, HEALTH_KEYS.dismissed]);
  const iso = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const lastExport = iso(stored[HEALTH_KEYS.lastExport]), dismissed = iso(stored[HEALTH_KEYS.dismissed]);
  return { ...(lastExport ? { lastExport } : {}), ...(dismissed ? { dismissed } : {}) };
}

/**
 * The decisions behind the data-safety notices, as plain functions of dates and counts: whether stored data
 * was lost since the last check, and whether to remind the reader to export a backup.
 */
import type { ExportReminder } from '../shared/types';
export type { ExportReminder } from '../shared/types';

/** How many days a backup may age before the reminder shows; a dismissed reminder stays away as long. */
export const REMINDER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What the last check saw: the database's canary and how many notes it held. */
export interface StorageSeen {
  readonly canary: string;
  readonly notes: number;
}

/** What a check concludes: first check ever, nothing wrong, the database wiped, or its notes gone. */
export type StorageVerdict = 'first' | 'ok' | 'cleared' | 'notes-vanished';

/**
 * Compares what the last check saw with the database now. Without an earlier check (a first install, or a
 * profile from before these checks) nothing can have been lost: that is never an alarm.
 */
export function judgeStorage(seen: StorageSeen | undefined, canary: string | undefined, notes: number): StorageVerdict {
  if (seen === undefined) return 'first';
  // The canary is written when the database is created and never again: another one, or none, means the
  // browser deleted the database and it was created afresh.
  if (canary !== seen.canary) return 'cleared';
  return seen.notes > 0 && notes === 0 ? 'notes-vanished' : 'ok';
}

/** Whole days from one time to another (0 when `to` is earlier), for "your last backup is N days old". */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

const valid = (iso: string | undefined): Date | undefined => {
  const d = iso === undefined ? undefined : new Date(iso);
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
};

/**
 * The reminder to export a backup: shown while there are notes and the last backup is more than
 * REMINDER_DAYS old, or none was ever made; a dismissal hides it for REMINDER_DAYS.
 */
export function exportReminder({ now, notes, lastExport, dismissed }: { now: Date; notes: number; lastExport?: string; dismissed?: string }): ExportReminder | undefined {
  if (notes === 0) return undefined;
  const dismissedAt = valid(dismissed);
  if (dismissedAt && now.getTime() - dismissedAt.getTime() < REMINDER_DAYS * DAY_MS) return undefined;
  const exported = valid(lastExport);
  if (!exported) return { kind: 'never' };
  const age = now.getTime() - exported.getTime();
  return age > REMINDER_DAYS * DAY_MS ? { kind: 'stale', days: daysBetween(exported, now) } : undefined;
}

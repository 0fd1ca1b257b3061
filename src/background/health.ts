/**
 * Data safety in the background: the check for data the browser deleted, run each time the database is
 * opened (every start of the worker), and the calls behind the options page's warning and export reminder.
 */
import { exportReminder } from '../core/data-safety';
import browser from '../shared/browser';
import type { Handlers } from '../shared/messaging';
import type { BackgroundCalls } from '../shared/protocol';
import type { LensDb } from '../storage/db';
import {
  checkStorage, dismissExportReminder, dismissStorageLoss, exportTimes, notesChanged, recordBackupExport, storageLoss, type KeyValueArea,
} from '../storage/health';

const area = (): KeyValueArea => browser.storage.local;

/** Runs the lost-data check on a newly opened database; a failing check never stops the database being used. */
export async function checkOnOpen(db: LensDb): Promise<void> {
  try {
    await checkStorage(db, area());
  } catch {
    // No warning is better than no notes: the check runs again at the next start.
  }
}

/** Keeps the check's note count in step after the reader added or deleted notes. */
export async function countNotesAgain(db: LensDb): Promise<void> {
  try {
    await notesChanged(db, area());
  } catch {
    // The save itself succeeded; a stale count only matters if every note is deleted before the next start.
  }
}

/** Records that a backup file was made, for the export reminder. */
export async function backupExported(): Promise<void> {
  await recordBackupExport(area());
}

/** Whether the browser keeps this origin's data under storage pressure; null when it does not say. */
async function persisted(): Promise<boolean | null> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  return typeof storage?.persisted === 'function' ? storage.persisted().catch(() => null) : null;
}

/** Handlers for the data-safety calls; `database` opens the database (the background's own, or a test's). */
export function healthHandlers(database: () => Promise<LensDb>): Pick<Handlers<BackgroundCalls>, 'dataStatus' | 'dismissStorageLoss' | 'dismissExportReminder'> {
  return {
    async dataStatus() {
      const db = await database();
      const [loss, times, notes, keeps] = await Promise.all([storageLoss(area()), exportTimes(area()), db.count('notes'), persisted()]);
      const reminder = exportReminder({ now: new Date(), notes, ...times });
      return { ...(loss ? { loss } : {}), ...(reminder ? { reminder } : {}), persisted: keeps };
    },
    dismissStorageLoss: () => dismissStorageLoss(area()),
    dismissExportReminder: () => dismissExportReminder(area()),
  };
}

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

// Recounts run one at a time: two at once (a save in one tab, the last delete in another) could otherwise
// store the older count last, and a stale count above zero would look like lost notes at the next start.
let recount: Promise<void> = Promise.resolve();

/** Keeps the check's note count in step after the reader added or deleted notes. */
export function countNotesAgain(db: LensDb): Promise<void> {
  recount = recount.then(async () => {
    try {
      await notesChanged(db, area());
    } catch {
      // The change itself succeeded; a stale count only matters if every note is deleted before the next start.
    }
  });
  return recount;
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

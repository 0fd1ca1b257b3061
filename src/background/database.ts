/**
 * The background's one connection to the database, opened on first use after every start of the
 * worker, since the browser may stop the worker at any time. Each opening checks first that the browser
 * has not deleted the data since the last one.
 */
import { openLensDb } from '../storage/db';
import { checkOnOpen } from './health';

let db: ReturnType<typeof openLensDb> | undefined;

/** The open database; a failed open or a connection closed for a newer version is opened afresh next time. */
export function database(): ReturnType<typeof openLensDb> {
  db ??= openLensDb().then(
    async (opened) => {
      opened.addEventListener('close', () => { db = undefined; });
      await checkOnOpen(opened);
      return opened;
    },
    (error: unknown) => {
      db = undefined;
      throw error;
    },
  );
  return db;
}

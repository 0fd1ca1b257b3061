/**
 * The background's one connection to the database, opened on first use after every start of the
 * worker, since the browser may stop the worker at any time. Each opening checks first that the browser
 * has not deleted the data since the last one.
 */
import { openLensDb } from '../storage/db';
import { checkOnOpen } from './health';

let db: ReturnType<typeof openLensDb> | undefined;

/** The open database; after a failed open, or once the connection closed, it is opened afresh next time. */
export function database(): ReturnType<typeof openLensDb> {
  db ??= openLensDb().then(
    async (opened) => {
      // Closed by the browser ('close'), or given way to another context deleting or upgrading the database
      // ('versionchange', on which openLensDb closes it): either way the next call opens it afresh, and checks it.
      const forget = () => { db = undefined; };
      opened.addEventListener('close', forget);
      opened.addEventListener('versionchange', forget);
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

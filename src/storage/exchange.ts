/**
 * Whole-database operations for backups: a merge that writes notes and personal terms in one
 * transaction (all or nothing), and deleting everything.
 */
import { GlossaryIssuesError, validateGlossary } from '../core/glossary';
import { mergeNotes } from '../core/backup';
import type { GlossaryEntry, Note } from '../shared/types';
import type { LensDb } from './db';
import { committed } from './errors';

/** What an import changed. */
export interface ImportSummary {
  readonly added: number;
  readonly updated: number;
  readonly kept: number;
  readonly terms: number;
}

/**
 * Merges a parsed backup into the database: a note with the same id keeps the newer version, new
 * notes are added, nothing is deleted; personal terms are added or replaced. One transaction: on any
 * failure nothing is written: a full storage rejects with StorageFullError, a term that clashes with a
 * stored one with GlossaryIssuesError.
 */
export async function importBackup(db: LensDb, notes: readonly Note[], glossary: readonly GlossaryEntry[]): Promise<ImportSummary> {
  // Everything below is one transaction: a failure at any point (a full disk, the worker stopped by the
  // browser) aborts it and the database stays exactly as it was. Never split it into batches.
  const tx = db.transaction(['notes', 'glossary'], 'readwrite');
  return committed(tx, (async () => {
    const existing = await tx.objectStore('notes').getAll();
    const merged = mergeNotes(existing, notes);
    const incoming = new Set(glossary.map((e) => e.term));
    const keptTerms = (await tx.objectStore('glossary').getAll()).filter((e) => !incoming.has(e.term));
    // A clash with a stored term, which parsing the file alone cannot see.
    const issues = validateGlossary([...keptTerms, ...glossary]);
    if (issues.length > 0) throw new GlossaryIssuesError(issues);
    await Promise.all([
      ...merged.write.map((n) => tx.objectStore('notes').put(n)),
      ...glossary.map((e) => tx.objectStore('glossary').put(e)),
    ]);
    return { added: merged.added, updated: merged.updated, kept: merged.kept, terms: glossary.length };
  })());
}

/** Every note and personal term, for a backup. */
export async function everything(db: LensDb): Promise<{ notes: Note[]; glossary: GlossaryEntry[] }> {
  return { notes: await db.getAll('notes'), glossary: await db.getAll('glossary') };
}

/** Deletes every note, personal term and look-up. */
export async function deleteEverything(db: LensDb): Promise<void> {
  const tx = db.transaction(['notes', 'glossary', 'lookups'], 'readwrite');
  await Promise.all([tx.objectStore('notes').clear(), tx.objectStore('glossary').clear(), tx.objectStore('lookups').clear(), tx.done]);
}

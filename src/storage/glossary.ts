/** The personal glossary: the reader's own terms, which win over built-in ones with the same form. */
import { GlossaryIssuesError, validateGlossary } from '../core/glossary';
import { validated } from '../shared/protocol';
import { glossaryEntrySchema } from '../shared/schemas';
import type { GlossaryEntry } from '../shared/types';
import type { LensDb } from './db';
import { committed } from './errors';

/** Every personal term, sorted by term. */
export async function personalGlossary(db: LensDb): Promise<GlossaryEntry[]> {
  return db.getAll('glossary');
}

/**
 * Adds or replaces a term (renaming it when `previousTerm` differs). Rejects, storing nothing, a term outside
 * the glossary term schema (bad-request naming the field: sizes, types, unknown fields), one that clashes with
 * another stored term (GlossaryIssuesError), or when the storage is full (StorageFullError).
 */
export async function savePersonalTerm(db: LensDb, input: GlossaryEntry, previousTerm?: string): Promise<GlossaryEntry> {
  const entry: GlossaryEntry = validated(glossaryEntrySchema, input, 'entry');
  const tx = db.transaction('glossary', 'readwrite');
  return committed(tx, (async () => {
    const others = (await tx.store.getAll()).filter((e) => e.term !== entry.term && e.term !== previousTerm);
    const issues = validateGlossary([...others, entry]);
    if (issues.length > 0) throw new GlossaryIssuesError(issues);
    if (previousTerm !== undefined && previousTerm !== entry.term) await tx.store.delete(previousTerm);
    await tx.store.put(entry);
    return entry;
  })());
}

/** Removes a term; returns it, or undefined when there was none. */
export async function deletePersonalTerm(db: LensDb, term: string): Promise<GlossaryEntry | undefined> {
  const tx = db.transaction('glossary', 'readwrite');
  const old = await tx.store.get(term);
  if (old) await tx.store.delete(term);
  await tx.done;
  return old;
}

/** Adds or replaces many terms in one transaction: all of them, or none (GlossaryIssuesError) when one is not valid. */
export async function importPersonalTerms(db: LensDb, entries: readonly GlossaryEntry[]): Promise<number> {
  const tx = db.transaction('glossary', 'readwrite');
  return committed(tx, (async () => {
    const incoming = new Set(entries.map((e) => e.term));
    const kept = (await tx.store.getAll()).filter((e) => !incoming.has(e.term));
    const issues = validateGlossary([...kept, ...entries]);
    if (issues.length > 0) throw new GlossaryIssuesError(issues);
    await Promise.all(entries.map((e) => tx.store.put(e)));
    return entries.length;
  })());
}

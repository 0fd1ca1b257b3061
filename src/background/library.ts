/**
 * Look-ups, the personal glossary and the notes list, for the popup and options pages. A change to
 * the personal glossary is told to every tab, so pages repaint with the reader's own terms.
 */
import { addTermHash } from '../shared/add-term';
import browser from '../shared/browser';
import type { Handlers } from '../shared/messaging';
import type { BackgroundCalls } from '../shared/protocol';
import { deletePersonalTerm, personalGlossary, savePersonalTerm } from '../storage/glossary';
import { clearLookups, frequentLookups, recentLookups, recordLookup } from '../storage/lookups';
import { listNotes } from '../storage/notes';
import { database } from './database';
import { writeStartState } from './start-state';
import { tellTabs } from './tabs';

/** Tells every tab that the personal glossary (or all data) changed, so pages match and place notes again. */
export async function tellAllTabs(): Promise<void> {
  // Pages loaded from now on start with the new terms too (start-state.ts).
  await writeStartState().catch(() => undefined);
  return tellTabs('glossaryChanged', {});
}

/** Handlers for look-ups, the personal glossary and the notes list; their arguments passed BACKGROUND_RULES first. */
export const libraryHandlers: Pick<Handlers<BackgroundCalls>,
  'listNotes' | 'recordLookup' | 'lookupHistory' | 'clearLookups' | 'personalGlossary' | 'savePersonalTerm' | 'deletePersonalTerm' | 'openAddTerm'> = {
  async listNotes(args) {
    return listNotes(await database(), { limit: args.limit ?? 10_000 });
  },
  async recordLookup(args) {
    await recordLookup(await database(), { term: args.term, ...(args.page !== undefined ? { page: args.page } : {}) });
  },
  async lookupHistory(args) {
    const db = await database();
    return { recent: await recentLookups(db, args.limit), frequent: await frequentLookups(db, args.limit) };
  },
  async clearLookups() {
    await clearLookups(await database());
  },
  async personalGlossary() {
    return personalGlossary(await database());
  },
  async savePersonalTerm(args) {
    const saved = await savePersonalTerm(await database(), args.entry, args.previousTerm);
    void tellAllTabs();
    return saved;
  },
  async openAddTerm(args) {
    // Saving there tells every tab (savePersonalTerm above), so the page the reader came from explains the term at once.
    await browser.tabs.create({ url: `${browser.runtime.getURL('options.html')}${addTermHash(args.term)}` });
  },
  async deletePersonalTerm(args) {
    const deleted = await deletePersonalTerm(await database(), args.term);
    void tellAllTabs();
    return deleted ?? null;
  },
};

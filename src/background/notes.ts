/**
 * Note calls from content scripts and extension pages. The database lives in the extension's origin;
 * it is opened on first use after every start of the worker, since the worker may be stopped at any time.
 */
import browser from '../shared/browser';
import { CodedError, type BackgroundCalls } from '../shared/protocol';
import type { Handlers } from '../shared/messaging';
import { database } from './database';
import { countNotesAgain } from './health';
import { addressOf, tellTabs } from './tabs';
import { deleteNote, notesForPage, restoreNote, saveNote } from '../storage/notes';
import { noteCaseData } from '../core/case-data';
import { guard } from './policy';
import { mayReadNotes } from './callers';
import { VIEWER_PAGE } from '../pdf/notes-identity';
import type { Note } from '../shared/types';

/**
 * Tells the other tabs showing the same page that its notes changed; for a note on a PDF, every tab of our
 * viewer (the same file may be open at another address: each viewer asks again for its own document's notes).
 */
function tellOtherTabs(note: Note, sender?: browser.Runtime.MessageSender): Promise<void> {
  const { source, fingerprint } = note.target;
  const page = addressOf(source).page;
  const base = browser.runtime.getURL('');
  const viewer = (url: string | undefined): boolean => url !== undefined && url.startsWith(`${base}${VIEWER_PAGE}`);
  return tellTabs('notesChanged', { source }, (t) => t.id !== sender?.tab?.id && (addressOf(t.url).page === page || (fingerprint !== undefined && viewer(t.url))));
}

/** Handlers for the note calls of the background protocol; their arguments passed BACKGROUND_RULES first. */
export const noteHandlers: Pick<Handlers<BackgroundCalls>, 'notesForPage' | 'saveNote' | 'deleteNote' | 'restoreNote'> = {
  async notesForPage(args, sender) {
    if (!mayReadNotes(sender, browser.runtime.getURL(''), args)) throw new CodedError('not-allowed', 'notesForPage');
    return notesForPage(await database(), {
      source: args.source, ...(args.contentId ? { contentId: args.contentId } : {}), ...(args.fingerprint ? { fingerprint: args.fingerprint } : {}),
    });
  },
  async saveNote(args, sender) {
    // The editor warns; here "block" holds for every caller, so a page-side call cannot get round the editor.
    const found = noteCaseData(args.note);
    if (found.length > 0 && (await guard()).mode === 'block') throw new CodedError('case-data', found.map((f) => f.kind).join(', '));
    const db = await database();
    const saved = await saveNote(db, args.note, args.expectedModified !== undefined ? { expectedModified: args.expectedModified } : {});
    await countNotesAgain(db);
    void tellOtherTabs(saved, sender);
    return saved;
  },
  async deleteNote(args, sender) {
    const db = await database();
    const deleted = await deleteNote(db, args.id);
    // Counted before answering: a deleted last note must not look like notes lost at the next start.
    await countNotesAgain(db);
    if (deleted) void tellOtherTabs(deleted, sender);
    return deleted ?? null;
  },
  async restoreNote(args, sender) {
    const db = await database();
    const restored = await restoreNote(db, args.note);
    await countNotesAgain(db);
    void tellOtherTabs(restored, sender);
    return restored;
  },
};

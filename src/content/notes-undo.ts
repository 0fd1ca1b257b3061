/**
 * Deleting a note with a chance to undo: the bar offering Undo, its timer, and the reader told when
 * either step fails (a failed undo keeps its offer, so the reader can try again).
 */
import { h } from 'preact';
import { t } from '../shared/i18n';
import type { Note } from '../shared/types';
import { errorText } from '../ui/error-text';
import type { NoteApi } from './notes-placing';
import type { LensUi } from './ui/host';
import { UndoBar } from './ui/notes-ui';

/** How long Undo is offered. */
export const UNDO_MS = 10_000;

/** Deleting and undoing, with the timer and the bar gone when `signal` aborts. */
export interface NoteRemoval {
  /** Deletes a note and offers Undo; resolves to the reader's words for the failure, if it failed. */
  remove(note: Note): Promise<string | undefined>;
}

/** Starts the removal part; `changed` re-reads the page's notes after a delete or an undo. */
export function startRemoval(win: Window, ui: LensUi, api: Pick<NoteApi, 'deleteNote' | 'restoreNote'>, changed: () => Promise<unknown>, signal: AbortSignal): NoteRemoval {
  let timer = 0;
  const withdraw = (): void => {
    win.clearTimeout(timer);
    if (ui.isOpen('toast')) ui.show('toast', null);
  };
  signal.addEventListener('abort', withdraw, { once: true });

  const offer = (note: Note, error?: string): void => {
    win.clearTimeout(timer);
    ui.show('toast', h(UndoBar, { onUndo: () => void undo(note), ...(error ? { error } : {}) }));
    timer = win.setTimeout(withdraw, UNDO_MS);
  };

  const undo = async (note: Note): Promise<void> => {
    try {
      await api.restoreNote({ note });
    } catch (error) {
      if (signal.aborted) return;
      const words = t('noteRestoreFailed', errorText(error));
      ui.announce(words);
      offer(note, words);
      return;
    }
    if (signal.aborted) return;
    withdraw();
    ui.announce(t('noteRestoredAnnouncement'));
    await changed();
  };

  return {
    async remove(note) {
      try {
        await api.deleteNote({ id: note.id });
      } catch (error) {
        if (signal.aborted) return undefined;
        const words = t('noteDeleteFailed', errorText(error));
        ui.announce(words);
        return words;
      }
      if (signal.aborted) return undefined;
      ui.announce(t('noteDeletedAnnouncement', UNDO_MS / 1000));
      offer(note);
      await changed();
      return undefined;
    },
  };
}

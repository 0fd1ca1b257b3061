/**
 * What a page needs before its lens can start (whether the site is on, how terms look, the reader's own
 * terms), kept by the background in storage.local, which content scripts can read without waking the
 * service worker. Content scripts only read it, and validate what they read.
 */
import type { GlossaryEntry } from './types';

/** The storage.local key of the start state. */
export const START_STATE_KEY = 'pageStartState';

/** The start state's shape; a reader that finds another version asks the background instead. */
export interface StartState {
  readonly version: 1;
  /** Hosts the reader switched highlighting off for. */
  readonly disabledSites: readonly string[];
  /** Of those, the hosts where the reader also hid their notes; absent in older states (notes shown). */
  readonly notesHiddenSites?: readonly string[];
  /** The display settings (normalised by whoever reads them). */
  readonly display: unknown;
  /** The personal glossary, as the background's personalGlossary call answers it. */
  readonly personal: readonly GlossaryEntry[];
  /** The organisation's terms (managed policy), checked by the background; absent in older states. */
  readonly team?: readonly GlossaryEntry[];
}

/**
 * Keeps the start state (src/shared/start-state.ts) in storage.local in step with the settings and the
 * personal glossary, so a page starts its lens as soon as it is parsed, without three round trips to
 * a service worker that may first have to wake. Written at every start of the worker, after any other
 * change to storage.local or to the organisation's policy (managed storage), and after the personal glossary changes (library.ts calls writeStartState).
 */
import browser from '../shared/browser';
import { START_STATE_KEY, type StartState } from '../shared/start-state';
import { personalGlossary } from '../storage/glossary';
import { disabledSites, displaySettings, notesHiddenSites } from '../storage/settings';
import { database } from './database';
import { policyState } from './policy';

// One write at a time, and a change during a write gets one more write after it: the last one stored
// always read everything after the last change.
let writing: Promise<void> | null = null;
let again = false;

async function write(): Promise<void> {
  const [sites, hidden, display, personal, { policy }] = await Promise.all([disabledSites(), notesHiddenSites(), displaySettings(), database().then(personalGlossary), policyState()]);
  const state: StartState = { version: 1, disabledSites: sites, notesHiddenSites: hidden, display, personal, team: policy.teamGlossary ?? [] };
  await browser.storage.local.set({ [START_STATE_KEY]: state });
}

/** Writes the start state afresh; resolves when what was known at the call is stored. */
export function writeStartState(): Promise<void> {
  if (writing !== null) {
    again = true;
    return writing;
  }
  writing = (async () => {
    try {
      do {
        again = false;
        await write();
      } while (again);
    } finally {
      writing = null;
    }
  })();
  return writing;
}

/** Writes the start state now and after every other change to storage.local (settings). Call once, at start. */
export function keepStartState(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || area === 'local' && Object.keys(changes).some((key) => key !== START_STATE_KEY)) void writeStartState().catch(() => undefined);
  });
  void writeStartState().catch(() => undefined);
}

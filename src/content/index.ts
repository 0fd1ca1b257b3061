/**
 * The content script: asks the background whether this site is on, for the reader's own terms and
 * for how terms should look, then runs the lens and answers calls. It never opens IndexedDB or any
 * storage: data comes by message.
 */
import { BUILTIN } from '../core/builtin';
import { DEFAULT_DISPLAY_SETTINGS, normaliseDisplaySettings, type DisplaySettings } from '../core/display-settings';
import { layeredGlossary } from '../core/layers';
import { callBackground, handleCalls } from '../shared/messaging';
import type { ContentCalls } from '../shared/protocol';
import type { GlossaryEntry } from '../shared/types';
import { startLens, type Lens } from './lens';
import { pageIdentity } from './page-identity';

let lens: Lens | undefined;
let wanted = false;
// Asked for with the site state; a change from the options page replaces it and restarts the lens.
let display: Promise<DisplaySettings> = callBackground('getDisplaySettings', {}).catch(() => DEFAULT_DISPLAY_SETTINGS);

async function personalTerms(): Promise<GlossaryEntry[]> {
  return callBackground('personalGlossary', {}).catch(() => []);
}

// The organisation's terms (managed policy); none when it set none or the call fails.
async function teamTerms(): Promise<GlossaryEntry[]> {
  return callBackground('teamGlossary', {}).catch(() => []);
}

/** Starts or stops the lens; restarts it when the glossary or the display settings changed. */
async function apply(enabled: boolean, restart = false): Promise<void> {
  wanted = enabled;
  if (lens && (!enabled || restart)) {
    lens.stop();
    lens = undefined;
  }
  if (!enabled || lens) return;
  const [team, personal, settings] = await Promise.all([teamTerms(), personalTerms(), display]);
  if (!wanted || lens) return;
  const layers = layeredGlossary(BUILTIN, team, personal);
  lens = startLens(document, layers.glossary, layers.personalFrom, settings, layers.teamFrom);
}

handleCalls<ContentCalls>({
  siteStateChanged: (args) => apply(args.enabled === true),
  stepTerm: (args) => lens?.step(args.direction === -1 ? -1 : 1),
  pageSummary: () => lens?.summary() ?? { enabled: false, terms: [] },
  pageIdentity: () => pageIdentity(document),
  addNoteFromSelection: () => lens?.noteCommand(),
  notesChanged: () => lens?.notes.changedElsewhere(),
  glossaryChanged: () => (wanted ? apply(true, true) : undefined),
  showTerm: (args) => lens?.showTerm(String(args.term)) ?? false,
  noteStates: () => lens?.notes.states() ?? {},
  showNote: (args) => lens?.notes.show(String(args.id)) ?? false,
  displaySettingsChanged: (args) => {
    display = Promise.resolve(normaliseDisplaySettings(args));
    return wanted ? apply(true, true) : undefined;
  },
});

void callBackground('getSiteState', { host: location.host })
  .then((state) => apply(state.enabled))
  .catch(() => apply(true));

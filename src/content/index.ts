/**
 * The content script. It runs as the document starts loading: it reads what the lens needs from the
 * start state the background keeps in storage.local (no message, so no service worker has to wake),
 * and starts the lens as soon as the document is parsed. It never opens IndexedDB; notes come by message.
 */
import { BUILTIN } from '../core/builtin';
import { DEFAULT_DISPLAY_SETTINGS, normaliseDisplaySettings } from '../core/display-settings';
import { layeredGlossary } from '../core/layers';
import { callBackground, handleCalls } from '../shared/messaging';
import type { ContentCalls } from '../shared/protocol';
import type { Matcher } from '../core/matcher';
import { lensMatcher, prepareLens } from './lens';
import { pageIdentity } from './page-identity';
import { Lifecycle } from './lifecycle';
import { documentParsed, readStartState } from './start-state';

// Most readers have no terms of their own or of an organisation: for them the lens runs the built-in
// glossary's matcher, compiled below while the start state is being read (a round trip to the browser).
const builtIn = layeredGlossary(BUILTIN, [], []);
let builtInMatcher: Matcher | undefined;

const life = new Lifecycle({
  readStart: () => readStartState(location.host),
  siteState: () => callBackground('getSiteState', { host: location.host }).then((s) => ({ jargon: s.enabled, notes: s.notes })),
  displaySettings: () => callBackground('getDisplaySettings', {}).then(normaliseDisplaySettings, () => DEFAULT_DISPLAY_SETTINGS),
  personalTerms: () => callBackground('personalGlossary', {}),
  teamTerms: () => callBackground('teamGlossary', {}),
  parsed: () => documentParsed(document),
  prepare: (personal, display, team) => {
    const plain = personal.length === 0 && team.length === 0;
    const layers = plain ? builtIn : layeredGlossary(BUILTIN, team, personal);
    const start = prepareLens(layers.glossary, layers.personalFrom, display, layers.teamFrom, plain ? builtInMatcher ??= lensMatcher(builtIn.glossary) : undefined);
    return (parts) => start(document, parts);
  },
});

// A change is acknowledged at once and carried out after: the background (and the popup or options page
// waiting on it) never waits for a lens to stop or start in every open tab.
handleCalls<ContentCalls>({
  // Notes follow highlighting unless told apart (a message without them is from before notes could stay).
  siteStateChanged: (args) => { void life.siteStateChanged({ jargon: args.enabled === true, notes: typeof args.notes === 'boolean' ? args.notes : args.enabled === true }); },
  stepTerm: (args) => life.lens?.step(args.direction === -1 ? -1 : 1),
  // Answers about the page wait until it has decided what runs, so a page still loading never says "off".
  pageSummary: async () => { await life.settled(); return life.lens?.summary() ?? { enabled: false, terms: [] }; },
  pageIdentity: () => pageIdentity(document),
  addNoteFromSelection: () => life.lens?.noteCommand(),
  notesChanged: () => life.lens?.notes?.changedElsewhere(),
  glossaryChanged: () => { void life.glossaryChanged(); },
  showTerm: (args) => life.lens?.showTerm(String(args.term)) ?? false,
  noteStates: async () => { await life.settled(); return life.lens?.notes?.states() ?? {}; },
  showNote: (args) => life.lens?.notes?.show(String(args.id)) ?? false,
  displaySettingsChanged: (args) => { void life.displaySettingsChanged(normaliseDisplaySettings(args)); },
});

void life.begin();
// After begin() has asked for the start state, so the compiling overlaps the wait for it.
builtInMatcher ??= lensMatcher(builtIn.glossary);

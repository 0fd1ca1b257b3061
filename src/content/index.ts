/**
 * The content script: asks the background whether this site is on, then highlights terms, shows
 * cards and answers calls. It never opens IndexedDB or any storage: data comes by message.
 */
import { BUILTIN } from '../core/builtin';
import { compileMatcher } from '../core/matcher';
import { PHRASE_FALSE_FRIENDS } from '../core/phrases-data';
import { callBackground, handleCalls } from '../shared/messaging';
import type { ContentCalls, PageSummary } from '../shared/protocol';
import { startCards, type HoverTarget } from './cards';
import { createDescriber } from './describe';
import { caretAt, pointOn } from './hit-test';
import { startNotes } from './notes';
import { createNavigator } from './navigation';
import { OccurrenceIndex, type Occurrence } from './occurrences';
import { PageModel } from './page-model';
import { startScanner } from './scanner';
import { LensUi } from './ui/host';

interface Running {
  readonly index: OccurrenceIndex;
  readonly step: (direction: 1 | -1) => void;
  readonly notes: ReturnType<typeof startNotes>;
  readonly noteCommand: () => void;
  stop(): void;
}

/** The background's note calls, as the notes controller takes them. */
const noteApi = {
  notesForPage: (a: Parameters<typeof callBackground<'notesForPage'>>[1]) => callBackground('notesForPage', a),
  saveNote: (a: Parameters<typeof callBackground<'saveNote'>>[1]) => callBackground('saveNote', a),
  deleteNote: (a: Parameters<typeof callBackground<'deleteNote'>>[1]) => callBackground('deleteNote', a),
  restoreNote: (a: Parameters<typeof callBackground<'restoreNote'>>[1]) => callBackground('restoreNote', a),
};

const matcher = compileMatcher(BUILTIN, PHRASE_FALSE_FRIENDS);
let running: Running | undefined;

function start(): Running {
  const index = new OccurrenceIndex(document);
  const page = new PageModel(matcher, BUILTIN, index);
  const ui = new LensUi(document);
  const stopScanner = startScanner(document, page);
  const describe = createDescriber(document, BUILTIN, page, () => index.inOrder());
  const termTarget = (o: Occurrence): HoverTarget => ({
    key: o,
    rect: () => o.range.getBoundingClientRect(),
    show: (byKeyboard) => ui.showCard(describe(o), o.range.getBoundingClientRect(), byKeyboard),
  });
  // Terms first: a term inside a noted passage shows its definition; the rest of the passage, the note.
  const targetAt = (x: number, y: number): HoverTarget | undefined => {
    const caret = caretAt(document, x, y);
    if (caret === null || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
    const o = index.at(caret.node, caret.offset);
    if (o !== undefined && pointOn(o.range, x, y)) return termTarget(o);
    const n = notes.noteAt(caret.node, caret.offset);
    return n !== undefined && pointOn(n.range, x, y) ? n : undefined;
  };
  const cards = startCards(document, ui, targetAt);
  const notes = startNotes(document, ui, noteApi, cards);
  const step = createNavigator(index, (o) => cards.show(termTarget(o), true));
  const onKeyDown = (e: KeyboardEvent): void => {
    // The same chords as the manifest's commands, for browsers that hand them to the page.
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || isEditable(e.target)) return;
    if (e.code === 'KeyJ' || e.code === 'KeyK') {
      e.preventDefault();
      step(e.code === 'KeyJ' ? 1 : -1);
    } else if (e.code === 'KeyN') {
      e.preventDefault();
      noteCommand();
    }
  };
  document.addEventListener('keydown', onKeyDown, true);
  /** With a selection, add a note to it; without one, go to the next note. */
  const noteCommand = (): void => {
    if (!notes.addFromSelection()) notes.step();
  };
  return {
    index,
    step,
    notes,
    noteCommand,
    stop() {
      document.removeEventListener('keydown', onKeyDown, true);
      notes.stop();
      cards.stop();
      stopScanner();
      index.dispose();
      ui.dispose();
    },
  };
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function setEnabled(enabled: boolean): void {
  if (enabled && running === undefined) running = start();
  else if (!enabled && running !== undefined) {
    running.stop();
    running = undefined;
  }
}

function summary(): PageSummary {
  const counts = new Map<string, number>();
  for (const o of running?.index.inOrder() ?? []) {
    const term = o.token;
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return { enabled: running !== undefined, terms: [...counts].map(([term, count]) => ({ term, count })) };
}

handleCalls<ContentCalls>({
  siteStateChanged: (args) => setEnabled(args.enabled === true),
  stepTerm: (args) => running?.step(args.direction === -1 ? -1 : 1),
  pageSummary: () => summary(),
  addNoteFromSelection: () => running?.noteCommand(),
  notesChanged: () => running?.notes.changedElsewhere(),
});

void callBackground('getSiteState', { host: location.host })
  .then((state) => setEnabled(state.enabled))
  .catch(() => setEnabled(true));

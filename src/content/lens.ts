/**
 * Everything the extension does on one page while it is switched on: scanning, highlights, cards,
 * keyboard navigation and notes, built for one glossary (the built-in terms and the reader's own).
 * With highlighting off for the site, a lens of notes alone: no scanning, the notes as ever.
 */
import { compileMatcher, type Matcher } from '../core/matcher';
import { PHRASE_FALSE_FRIENDS } from '../core/phrases-data';
import { callBackground } from '../shared/messaging';
import type { PageSummary } from '../shared/protocol';
import type { DisplaySettings } from '../core/display-settings';
import type { GlossaryEntry } from '../shared/types';
import { startCards, type HoverTarget } from './cards';
import { createDescriber } from './describe';
import { applyDisplayStyle } from './display-style';
import { caretAt, pointOn } from './hit-test';
import { createNavigator } from './navigation';
import { startNotes } from './notes';
import { frameEditorSurface } from './notes-frame';
import { OccurrenceIndex, type Occurrence } from './occurrences';
import { PageModel } from './page-model';
import { startScanner } from './scanner';
import { fragmentTarget } from './viewport';
import { LensUi } from './ui/host';

/** The background's note calls, as the notes controller takes them. */
const noteApi = {
  notesForPage: (a: Parameters<typeof callBackground<'notesForPage'>>[1]) => callBackground('notesForPage', a),
  saveNote: (a: Parameters<typeof callBackground<'saveNote'>>[1]) => callBackground('saveNote', a),
  deleteNote: (a: Parameters<typeof callBackground<'deleteNote'>>[1]) => callBackground('deleteNote', a),
  restoreNote: (a: Parameters<typeof callBackground<'restoreNote'>>[1]) => callBackground('restoreNote', a),
  caseDataGuard: () => callBackground('caseDataGuard', {}),
};

/** Which parts run: jargon (scanning, highlights, terms' cards, moving between terms) and the reader's notes. */
export interface LensParts {
  readonly jargon: boolean;
  readonly notes: boolean;
}

const ALL: LensParts = { jargon: true, notes: true };

/** The running extension on a page. */
export interface Lens {
  /** What runs. */
  readonly parts: LensParts;
  /** Moves to the next or previous term (waits for the first pass to have read the page). */
  readonly step: (direction: 1 | -1) => Promise<void>;
  /** The notes; undefined when the reader hid them on this site. */
  readonly notes: ReturnType<typeof startNotes> | undefined;
  /** With a selection, add a note to it; without one, go to the next note. */
  noteCommand(): void;
  /** Moves to the next occurrence of a term (the popup's "This page" list). */
  showTerm(term: string): Promise<boolean>;
  /** The terms on the page, once the first pass has read it all. */
  summary(): Promise<PageSummary>;
  stop(): void;
}

// A text of over 1,000 characters (V8 compiles a pattern run on one straight to machine code) with a
// term, a phrase and an unknown acronym in it, so each branch of the scan runs once.
const WARM_UP_TEXT = 'The SPO and the probation practitioner met the QXZ panel (QXZ). '.repeat(18);

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * Prepares the lens for one glossary: `glossary` is the built-in list followed by the organisation's terms and then personal ones, so a
 * personal form replaces a built-in one; entries from `teamFrom` on are the organisation's, from `personalFrom`
 * on personal; `display` is how
 * terms look. What needs no document (compiling the matcher) is done now, while the page may still be
 * parsed; the returned function starts the lens on the parsed document, with all its parts unless told.
 */
export function prepareLens(
  glossary: readonly GlossaryEntry[], personalFrom: number, display: DisplaySettings, teamFrom = personalFrom, matcher = lensMatcher(glossary),
): (doc: Document, parts?: LensParts) => Lens {
  return (doc, parts = ALL) => runLens(doc, glossary, personalFrom, teamFrom, display, matcher, parts);
}

/**
 * The matcher for a glossary, compiled and run once. V8 compiles a regular expression to machine code
 * only when it first runs it (on a text this long, at once; on short ones after a slower first tier):
 * with thousands of forms that took 10-30 ms inside the first view's scan; run here, while the page is
 * still being parsed, it overlaps the parsing.
 */
export function lensMatcher(glossary: readonly GlossaryEntry[]): Matcher {
  const matcher = compileMatcher(glossary, PHRASE_FALSE_FRIENDS);
  matcher.scan(WARM_UP_TEXT);
  return matcher;
}

// Without jargon, no scanner: a stand-in that has read everything there is (nothing).
const NO_SCAN = { complete: true, ready: Promise.resolve() };

function runLens(doc: Document, glossary: readonly GlossaryEntry[], personalFrom: number, teamFrom: number, display: DisplaySettings, matcher: Matcher, parts: LensParts): Lens {
  const index = new OccurrenceIndex(doc);
  const page = new PageModel(matcher, glossary, index, new Set(display.hiddenCategories));
  const style = applyDisplayStyle(doc, display);
  // The describer reads the page as a whole (its headings, its other terms): made again when a full pass has read it all.
  let describe = createDescriber(glossary, page, personalFrom, teamFrom);
  let cards: ReturnType<typeof startCards> | undefined;
  // One teardown for what the lens itself starts: listeners, the scanner, and work waiting for the first pass.
  const life = new AbortController();
  // The scanner first: what the reader sees is read and painted before the rest of the lens is built.
  const scanner = !parts.jargon ? NO_SCAN : startScanner(doc, page, {
    signal: life.signal,
    startAt: fragmentTarget(doc),
    onShadowRoot: (root) => style.addRoot(root),
    // Definitions found later in the page (a glossary annex at the end) change a card already shown.
    onFullPass: () => {
      describe = createDescriber(glossary, page, personalFrom, teamFrom);
      cards?.refresh();
    },
  });
  const ui = new LensUi(doc, (term) => void callBackground('openAddTerm', { term }).catch(() => undefined));
  const termTarget = (o: Occurrence): HoverTarget => ({
    key: o,
    rect: () => o.range.getBoundingClientRect(),
    show: (byKeyboard) => ui.showCard(describe(o), o.range.getBoundingClientRect(), byKeyboard),
    refresh: () => ui.showCard(describe(o), o.range.getBoundingClientRect(), false),
  });
  // Terms first: a term inside a noted passage shows its definition; the rest of the passage, the note.
  const targetAt = (x: number, y: number): HoverTarget | undefined => {
    const caret = caretAt(doc, x, y);
    if (caret === null || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
    const o = index.at(caret.node, caret.offset);
    if (o !== undefined && pointOn(o.range, x, y)) return termTarget(o);
    const n = notes?.noteAt(caret.node, caret.offset);
    return n !== undefined && pointOn(n.range, x, y) ? n : undefined;
  };
  const shown = startCards(doc, ui, targetAt);
  cards = shown;
  // The editor is an extension page in a frame: what the reader types never passes through the page.
  const notes = parts.notes ? startNotes(doc, ui, noteApi, shown, undefined, frameEditorSurface) : undefined;
  const navigate = createNavigator(index, (o) => shown.show(termTarget(o), true));
  const noteCommand = (): void => {
    if (notes !== undefined && !notes.addFromSelection()) notes.step();
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    // The same chords as the manifest's commands, for browsers that hand them to the page.
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || isEditable(e.target)) return;
    if (e.code === 'KeyJ' || e.code === 'KeyK') {
      e.preventDefault();
      void whenRead(() => navigate(e.code === 'KeyJ' ? 1 : -1), false);
    } else if (e.code === 'KeyN') {
      e.preventDefault();
      noteCommand();
    }
  };
  doc.addEventListener('keydown', onKeyDown, { capture: true, signal: life.signal });
  const sourceOf = (o: Occurrence): PageSummary['terms'][number]['source'] =>
    o.kind === 'unknown' ? 'unknown' : o.entry < 0 || page.definitions.has(o.token) ? 'page' : o.entry >= personalFrom ? 'personal' : o.entry >= teamFrom ? 'team' : 'built-in';

  // Before the first pass has read the whole page, moving to a term and listing them wait for it;
  // when the lens stops meanwhile, they do nothing.
  const whenRead = async <T>(then: () => T, stopped: T): Promise<T> => {
    if (!scanner.complete) await scanner.ready;
    return life.signal.aborted ? stopped : then();
  };
  const summary = (): PageSummary => {
    const terms = new Map<string, { term: string; count: number; kind: Occurrence['kind']; source: ReturnType<typeof sourceOf>; expansion?: string }>();
    for (const o of index.inOrder()) {
      const known = terms.get(o.token);
      if (known) known.count++;
      else {
        const expansion = page.definitions.get(o.token)?.long ?? glossary[o.entry]?.senses[0]?.expansion;
        terms.set(o.token, { term: o.token, count: 1, kind: o.kind, source: sourceOf(o), ...(expansion ? { expansion } : {}) });
      }
    }
    return { enabled: parts.jargon, terms: [...terms.values()] };
  };

  return {
    parts,
    step: (direction) => whenRead(() => void navigate(direction), undefined),
    notes,
    noteCommand,
    showTerm: (term) => whenRead(() => navigate(1, (o) => o.token === term), false),
    summary: () => whenRead(summary, { enabled: false, terms: [] }),
    stop() {
      life.abort();
      notes?.stop();
      shown.stop();
      index.dispose();
      style.remove();
      ui.dispose();
    },
  };
}

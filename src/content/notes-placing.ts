/**
 * Fetching a page's notes and anchoring them in its text, a slice at a time: the part that knows
 * where each note is now. The page text and the anchorer's normalised copy live only until the next
 * refresh or the stop.
 */
import { anchorerFor } from '../core/anchoring';
import type { BackgroundCalls } from '../shared/protocol';
import type { AnchorState, Note } from '../shared/types';
import { extractPageText, rangeFor, type PageText } from './page-text';
import { pageIdentity } from './page-identity';

/** The background's note calls, as the notes parts take them (a seam for tests). */
export type NoteApi = { [K in 'notesForPage' | 'saveNote' | 'deleteNote' | 'restoreNote']: (args: Parameters<BackgroundCalls[K]>[0]) => Promise<ReturnType<BackgroundCalls[K]>> }
  /** The case-data guard's mode, for the editor; without it the editor does not check. */
  & { readonly caseDataGuard?: (args: Record<string, never>) => Promise<ReturnType<BackgroundCalls['caseDataGuard']>> };

/** A note and where it is on the page now. */
export interface Placed {
  readonly note: Note;
  readonly state: AnchorState;
  readonly start: number;
  readonly end: number;
  readonly range: Range | null;
}

/** The notes of the page as last placed. */
export interface NotePlacement {
  /** The placed notes, in page order. */
  readonly placed: readonly Placed[];
  /** The page text the notes were placed in. */
  readonly text: string;
  /** Fetches and anchors the notes again; resolves false when overtaken by a later refresh or the stop. */
  refresh(): Promise<boolean>;
  /** The placed note covering a caret position, if any. */
  at(node: Node, offset: number): Placed | undefined;
}

const SLICE_MS = 8;
const EMPTY: PageText = { text: '', nodes: [], starts: [] };

/** Starts placing notes; `onPlaced` is called after each refresh that finished. Nothing is held after `signal` aborts. */
export function startPlacing(doc: Document, api: Pick<NoteApi, 'notesForPage'>, signal: AbortSignal, onPlaced: (placed: readonly Placed[]) => void): NotePlacement {
  let placed: Placed[] = [];
  let page = EMPTY;
  let nodeStart = new Map<Text, number>();
  let generation = 0;
  signal.addEventListener('abort', () => { generation++; placed = []; page = EMPTY; nodeStart = new Map(); }, { once: true });
  const current = (mine: number): boolean => mine === generation && !signal.aborted;

  const refresh = async (): Promise<boolean> => {
    if (signal.aborted) return false;
    const mine = ++generation;
    const notes = await api.notesForPage(pageIdentity(doc));
    if (!current(mine)) return false;
    if (notes.length === 0 && placed.length === 0) return true; // most pages: nothing to read or paint
    const anchorStart = performance.now(); // for the probation-note:anchor measure (bench/README.md)
    const text = extractPageText(doc);
    const anchor = anchorerFor(text.text);
    const next: Placed[] = [];
    let sliceEnd = performance.now() + SLICE_MS;
    for (const note of notes) {
      const a = anchor(note.target.quote, note.target.position);
      next.push({ note, state: a.state, start: a.start, end: a.end, range: a.state === 'orphan' ? null : rangeFor(doc, text, a.start, a.end) });
      if (performance.now() > sliceEnd) {
        await new Promise((r) => setTimeout(r, 0));
        if (!current(mine)) return false;
        sliceEnd = performance.now() + SLICE_MS;
      }
    }
    page = text;
    nodeStart = new Map(text.nodes.map((n, i) => [n, text.starts[i] as number]));
    placed = next.sort((a, b) => a.start - b.start);
    onPlaced(placed);
    performance.measure('probation-note:anchor', { start: anchorStart, detail: { notes: notes.length, found: placed.filter((p) => p.state !== 'orphan').length } });
    return true;
  };

  return {
    get placed() { return placed; },
    get text() { return page.text; },
    refresh,
    at(node, offset) {
      const base = nodeStart.get(node as Text);
      if (base === undefined) return undefined;
      const at = base + offset;
      return placed.find((x) => x.range !== null && x.start <= at && at <= x.end);
    },
  };
}

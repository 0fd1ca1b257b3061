/**
 * Notes on the page: fetched from the background, anchored in idle slices, painted as
 * `probation-note` highlights, and created from the reader's selection. Note text is only ever
 * rendered inside the closed shadow root.
 */
import { h } from 'preact';
import { anchor, describe } from '../core/anchoring';
import { t } from '../shared/i18n';
import { errorText } from '../ui/error-text';
import type { BackgroundCalls } from '../shared/protocol';
import type { AnchorState, Note } from '../shared/types';
import type { HoverTarget } from './cards';
import { extractPageText, offsetsOf, rangeFor, type PageText } from './page-text';
import { contentRoot } from './skip';
import type { LensUi } from './ui/host';
import { AddNoteButton, NoteCard, NoteEditor, OrphanList, UndoBar } from './ui/notes-ui';

/** The highlight names of noted passages: found as written, and found in changed text. */
export const NOTE_HIGHLIGHTS = { exact: 'probation-note', changed: 'probation-note-changed' } as const;

type Api = { [K in 'notesForPage' | 'saveNote' | 'deleteNote' | 'restoreNote']: (args: Parameters<BackgroundCalls[K]>[0]) => Promise<ReturnType<BackgroundCalls[K]>> };

/** A note and where it is on the page now. */
interface Placed {
  readonly note: Note;
  readonly state: AnchorState;
  readonly start: number;
  readonly end: number;
  readonly range: Range | null;
}

/** Where notes of this page are filed: its canonical address and GOV.UK content id. */
export function pageIdentity(doc: Document): { source: string; contentId?: string } {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const here = new URL(doc.location.href);
  const source = canonical && canonical.startsWith('https://') ? canonical : `${here.origin}${here.pathname}`;
  const contentId = doc.querySelector('meta[name="govuk:content-id"]')?.getAttribute('content') ?? undefined;
  return contentId ? { source, contentId } : { source };
}

const SLICE_MS = 8;
const UNDO_MS = 10_000;

/** Starts notes on a page. */
export function startNotes(doc: Document, ui: LensUi, api: Api, card: { show(t: HoverTarget, byKeyboard: boolean): void; hide(): void }) {
  const win = doc.defaultView as Window;
  const highlights = { exact: new Highlight(), changed: new Highlight() };
  CSS.highlights.set(NOTE_HIGHLIGHTS.exact, highlights.exact);
  CSS.highlights.set(NOTE_HIGHLIGHTS.changed, highlights.changed);
  let placed: Placed[] = [];
  let page: PageText = { text: '', nodes: [], starts: [] };
  let nodeStart = new Map<Text, number>();
  let generation = 0;
  let cursor = -1;
  let undoTimer = 0;

  const paint = (): void => {
    highlights.exact.clear();
    highlights.changed.clear();
    for (const p of placed) if (p.range) highlights[p.state === 'changed' ? 'changed' : 'exact'].add(p.range);
    const orphans = placed.filter((p) => p.state === 'orphan').map((p) => p.note);
    ui.show('orphans', orphans.length > 0 ? h(OrphanList, { notes: orphans, onDelete: remove }) : null);
  };

  /** Fetches this page's notes and anchors them, a slice at a time. */
  const refresh = async (): Promise<void> => {
    const mine = ++generation;
    const notes = await api.notesForPage(pageIdentity(doc));
    if (mine !== generation) return;
    if (notes.length === 0 && placed.length === 0) return; // most pages: nothing to read or paint
    const anchorStart = performance.now(); // for the probation-note:anchor measure (bench/README.md)
    page = extractPageText(doc);
    nodeStart = new Map(page.nodes.map((n, i) => [n, page.starts[i] as number]));
    const next: Placed[] = [];
    let sliceEnd = performance.now() + SLICE_MS;
    for (const note of notes) {
      const a = anchor(page.text, note.target.quote, note.target.position);
      next.push({ note, state: a.state, start: a.start, end: a.end, range: a.state === 'orphan' ? null : rangeFor(doc, page, a.start, a.end) });
      if (performance.now() > sliceEnd) {
        await new Promise((r) => setTimeout(r, 0));
        if (mine !== generation) return;
        sliceEnd = performance.now() + SLICE_MS;
      }
    }
    placed = next.sort((a, b) => a.start - b.start);
    paint();
    performance.measure('probation-note:anchor', { start: anchorStart, detail: { notes: notes.length, found: placed.filter((p) => p.state !== 'orphan').length } });
  };

  const target = (p: Placed): HoverTarget => ({
    key: p,
    rect: () => p.range?.getBoundingClientRect() ?? new DOMRect(),
    show: (byKeyboard) => ui.show('card', h(NoteCard, {
      note: p.note, state: p.state, current: page.text.slice(p.start, p.end), focus: byKeyboard,
      onEdit: () => { card.hide(); edit(p.note, p.note.target.quote.exact); },
      onDelete: () => { card.hide(); void remove(p.note); },
    }), p.range?.getBoundingClientRect()),
  });

  /** The noted passage under a caret position, if any, with its range for confirming the hit. */
  const noteAt = (node: Node, offset: number): (HoverTarget & { range: Range }) | undefined => {
    const base = nodeStart.get(node as Text);
    if (base === undefined) return undefined;
    const at = base + offset;
    const p = placed.find((x) => x.range !== null && x.start <= at && at <= x.end);
    return p?.range ? { ...target(p), range: p.range } : undefined;
  };

  const edit = (existing: Note | null, quote: string, onSave?: (body: string) => Note): void => {
    const close = () => ui.show('editor', null);
    const save = async (body: string): Promise<void> => {
      try {
        const note = existing ? { ...existing, body, modified: new Date().toISOString() } : onSave?.(body);
        if (!note) return;
        await api.saveNote(existing ? { note, expectedModified: existing.modified } : { note });
        close();
        ui.announce(t('noteSavedAnnouncement'));
        await refresh();
      } catch (error) {
        render(body, errorText(error));
      }
    };
    const render = (initial: string, error?: string) => ui.show('editor', h(NoteEditor, {
      key: `${existing?.id ?? 'new'}-${error ?? ''}`, quote, initial, editing: existing !== null, ...(error ? { error } : {}),
      onSave: (body: string) => void save(body), onCancel: close,
    }));
    render(existing?.body ?? '');
  };

  /** Opens the editor for the current selection inside the main content. */
  const addFromSelection = (): boolean => {
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
    const fresh = extractPageText(doc);
    const at = offsetsOf(fresh, selection.getRangeAt(0));
    if (!at || !fresh.text.slice(at.start, at.end).trim()) return false;
    ui.show('button', null);
    const { source, contentId } = pageIdentity(doc);
    // describe() leaves out the spaces a double-click selection carries at its edges.
    const { quote, position } = describe(fresh.text, at.start, at.end);
    edit(null, quote.exact, (body) => {
      const now = new Date().toISOString();
      return {
        id: crypto.randomUUID(), body, tags: [], pageTitle: doc.title, created: now, modified: now,
        target: { source, ...(contentId ? { contentId } : {}), quote, position },
      };
    });
    return true;
  };

  const remove = async (note: Note): Promise<void> => {
    await api.deleteNote({ id: note.id });
    ui.announce(t('noteDeletedAnnouncement', UNDO_MS / 1000));
    await refresh();
    win.clearTimeout(undoTimer);
    ui.show('toast', h(UndoBar, {
      onUndo: () => { ui.show('toast', null); void api.restoreNote({ note }).then(() => { ui.announce(t('noteRestoredAnnouncement')); return refresh(); }); },
    }));
    undoTimer = win.setTimeout(() => ui.show('toast', null), UNDO_MS);
  };

  /** Opens a placed note's card at its passage, with the focus on Edit. */
  const reveal = (p: Placed): void => {
    p.range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    card.show(target(p), true);
  };

  /** Moves to the next noted passage and opens its card with the focus on Edit. */
  const step = (): void => {
    const onPage = placed.filter((p) => p.range !== null);
    if (onPage.length === 0) return;
    cursor = (cursor + 1) % onPage.length;
    reveal(onPage[cursor] as Placed);
  };

  // The "Add note" button follows the selection.
  const onSelection = (): void => {
    const selection = doc.getSelection();
    const range = selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    // A cheap test on every selection change; the exact offsets are worked out when the note is added.
    const inside = range !== null && range.toString().trim() !== '' && contentRoot(doc)?.contains(range.commonAncestorContainer) === true;
    ui.show('button', inside ? h(AddNoteButton, { onAdd: () => void addFromSelection() }) : null, inside && range ? range.getBoundingClientRect() : undefined);
  };
  let selectionTimer = 0;
  const controller = new AbortController();
  doc.addEventListener('selectionchange', () => { win.clearTimeout(selectionTimer); selectionTimer = win.setTimeout(onSelection, 250); }, { signal: controller.signal });

  void refresh().catch(() => undefined);

  let refreshTimer = 0;
  return {
    refresh,
    /** Refreshes once a burst of changes from elsewhere (another tab, an import) has settled. */
    changedElsewhere(): void {
      win.clearTimeout(refreshTimer);
      refreshTimer = win.setTimeout(() => void refresh().catch(() => undefined), 300);
    },
    noteAt,
    addFromSelection,
    step,
    /** How each note of the page was found, by id. */
    states: (): Record<string, AnchorState> => Object.fromEntries(placed.map((p) => [p.note.id, p.state])),
    /** Shows one note at its passage; false when it is not on the page. */
    show(id: string): boolean {
      const p = placed.find((x) => x.note.id === id && x.range !== null);
      if (p) reveal(p);
      return p !== undefined;
    },
    stop() {
      controller.abort();
      generation++;
      for (const [state, name] of Object.entries(NOTE_HIGHLIGHTS) as [keyof typeof highlights, string][]) {
        highlights[state].clear();
        if (CSS.highlights.get(name) === highlights[state]) CSS.highlights.delete(name);
      }
    },
  };
}

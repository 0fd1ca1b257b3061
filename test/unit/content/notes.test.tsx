// @vitest-environment jsdom
/**
 * The notes parts at their edges: a new note is saved once however the save and the refresh after it
 * fail; failed deletes and undos are told to the reader and keep what they offer; and after stop
 * nothing runs and nothing renders.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startNotes, type NoteApi } from '../../../src/content/notes';
import { LensUi, LIVE_REGION_ID } from '../../../src/content/ui/host';
import type { Note } from '../../../src/shared/types';
import { openUiPage } from '../support/dom';

let shadow: ShadowRoot;
let ui: LensUi;
let registry: Map<string, Set<Range>>;

beforeEach(() => {
  registry = openUiPage((root) => { shadow = root; });
  ui = new LensUi(document);
});

afterEach(() => {
  ui.dispose();
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const live = () => shadow.getElementById(LIVE_REGION_ID)?.textContent ?? '';
const button = (text: string) => [...shadow.querySelectorAll('button')].find((b) => b.textContent === text);
const noCards = { show: (t: { show(k: boolean): void }, k: boolean) => t.show(k), hide: () => ui.hideCard() };
const failure = (message: string) => new Error(message);

/** An in-memory background; each call can be made to fail. */
function fakeApi() {
  const notes = new Map<string, Note>();
  const calls = { notesForPage: 0, saveNote: 0 };
  const api = {
    notesForPage: vi.fn(async () => { calls.notesForPage++; return [...notes.values()]; }),
    saveNote: vi.fn(async ({ note }: { note: Note }) => { calls.saveNote++; notes.set(note.id, note); return note; }),
    deleteNote: vi.fn(async ({ id }: { id: string }) => { const n = notes.get(id) ?? null; notes.delete(id); return n; }),
    restoreNote: vi.fn(async ({ note }: { note: Note }) => { notes.set(note.id, note); return note; }),
  };
  return { notes, calls, api, asApi: api as unknown as NoteApi };
}

/** Selects the first words of the paragraph and opens the editor on them. */
function openEditor(notes: ReturnType<typeof startNotes>): HTMLTextAreaElement {
  const text = document.getElementById('p')?.firstChild as Text;
  getSelection()?.setBaseAndExtent(text, 0, text, 25);
  expect(notes.addFromSelection()).toBe(true);
  return shadow.querySelector('textarea') as HTMLTextAreaElement;
}

function saveWithKeyboard(box: HTMLTextAreaElement, body: string): void {
  box.value = body;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
}

/** Saves a note through the editor and waits until it is painted on the page. */
async function savedNote(notes: ReturnType<typeof startNotes>, body: string): Promise<void> {
  saveWithKeyboard(openEditor(notes), body);
  await vi.waitFor(() => expect(registry.get('probation-note')?.size).toBe(1));
}

describe('saving a new note', () => {
  it('stores it once when a save that was committed reports a failure and the reader saves again', async () => {
    const f = fakeApi();
    // The write lands, but the answer is lost (the worker stopped): the reader sees an error and retries.
    f.api.saveNote.mockImplementationOnce(async ({ note }) => { f.notes.set(note.id, note); throw failure('The database is closed'); });
    const notes = startNotes(document, ui, f.asApi, noCards);
    const box = openEditor(notes);
    saveWithKeyboard(box, 'Ask the SPO');
    await vi.waitFor(() => expect(shadow.querySelector('[role="alert"]')).not.toBeNull());
    saveWithKeyboard(shadow.querySelector('textarea') as HTMLTextAreaElement, 'Ask the SPO');
    await vi.waitFor(() => expect(live()).toBe('Note saved'));
    expect(f.api.saveNote).toHaveBeenCalledTimes(2);
    expect([...f.notes.values()].map((n) => n.body)).toEqual(['Ask the SPO']);
    notes.stop();
  });

  it('closes the editor and keeps the one note when reading the notes back after the save fails', async () => {
    const f = fakeApi();
    const notes = startNotes(document, ui, f.asApi, noCards);
    await vi.waitFor(() => expect(f.calls.notesForPage).toBe(1));
    f.api.notesForPage.mockRejectedValueOnce(failure('The database is closed'));
    saveWithKeyboard(openEditor(notes), 'Ask the SPO');
    await vi.waitFor(() => expect(live()).toBe('Note saved, but the page\'s notes could not be shown again: The database is closed'));
    expect(shadow.querySelector('textarea')).toBeNull();
    expect(f.api.saveNote).toHaveBeenCalledTimes(1);
    expect(f.notes.size).toBe(1);
    notes.stop();
  });

  it('clears the selection once the note is saved', async () => {
    const f = fakeApi();
    const notes = startNotes(document, ui, f.asApi, noCards);
    await savedNote(notes, 'Ask the SPO');
    expect(getSelection()?.isCollapsed ?? true).toBe(true);
    notes.stop();
  });
});

describe('deleting and undoing', () => {
  it('tells the reader, on the card and in the live region, when a delete fails, and keeps the note', async () => {
    const f = fakeApi();
    const notes = startNotes(document, ui, f.asApi, noCards);
    await savedNote(notes, 'Ask the SPO');
    f.api.deleteNote.mockRejectedValueOnce(failure('The database is closed'));
    expect(notes.show([...f.notes.keys()][0] as string)).toBe(true);
    button('Delete')?.click();
    const words = 'The note was not deleted: The database is closed';
    await vi.waitFor(() => expect(live()).toBe(words));
    expect(shadow.querySelector('#probation-lens-note .error')?.textContent).toBe(words);
    expect(f.notes.size).toBe(1);
    expect(button('Undo')).toBeUndefined();
    notes.stop();
  });

  it('keeps the Undo offer, and says why, when an undo fails; a second Undo brings the note back', async () => {
    const f = fakeApi();
    const notes = startNotes(document, ui, f.asApi, noCards);
    await savedNote(notes, 'Ask the SPO');
    f.api.restoreNote.mockRejectedValueOnce(failure('The database is closed'));
    notes.show([...f.notes.keys()][0] as string);
    button('Delete')?.click();
    await vi.waitFor(() => expect(button('Undo')).toBeDefined());
    button('Undo')?.click();
    const words = 'The note was not restored: The database is closed';
    await vi.waitFor(() => expect(live()).toBe(words));
    expect(shadow.querySelector('.toast')?.textContent).toContain(words);
    expect(f.notes.size).toBe(0);
    button('Undo')?.click();
    await vi.waitFor(() => expect(live()).toBe('Note restored'));
    expect(f.notes.size).toBe(1);
    expect(button('Undo')).toBeUndefined();
    notes.stop();
  });
});

describe('stopping', () => {
  /** Every slot of the UI is empty: nothing of the notes is shown. */
  const rendered = () => [...shadow.children].filter((el) => el.id !== LIVE_REGION_ID && el.tagName === 'DIV' && el.childElementCount > 0).length;

  it('frees every timer, listener and highlight: after stop nothing runs and nothing renders', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const f = fakeApi();
    const notes = startNotes(document, ui, f.asApi, noCards);
    await vi.waitFor(() => expect(f.calls.notesForPage).toBe(1));
    saveWithKeyboard(openEditor(notes), 'Ask the SPO');
    await vi.waitFor(() => expect(registry.get('probation-note')?.size).toBe(1));
    // Start every timer: the undo bar's, a refresh after a change elsewhere, and the selection button's.
    notes.show([...f.notes.keys()][0] as string);
    button('Delete')?.click();
    await vi.waitFor(() => expect(button('Undo')).toBeDefined());
    f.api.restoreNote.mockClear();
    notes.changedElsewhere();
    const text = document.getElementById('p')?.firstChild as Text;
    getSelection()?.setBaseAndExtent(text, 0, text, 10);
    await vi.advanceTimersByTimeAsync(0); // jsdom fires selectionchange from a timer of its own
    notes.addFromSelection(); // and an editor open at the stop
    expect(shadow.querySelector('textarea')).not.toBeNull();
    const fetched = f.calls.notesForPage;
    ui.hideCard(); // the card belongs to the cards part, which the lens stops separately

    notes.stop();
    expect(rendered()).toBe(0);
    expect(registry.has('probation-note')).toBe(false);
    expect(registry.has('probation-note-changed')).toBe(false);
    expect(vi.getTimerCount()).toBe(0);

    // Listeners are gone too: a new selection or a scroll starts nothing.
    getSelection()?.setBaseAndExtent(text, 0, text, 20);
    await vi.advanceTimersByTimeAsync(0);
    window.dispatchEvent(new Event('scroll'));
    notes.changedElsewhere();
    expect(vi.getTimerCount()).toBe(0);
    await vi.runAllTimersAsync();
    expect(f.calls.notesForPage).toBe(fetched);
    expect(rendered()).toBe(0);
    expect(notes.addFromSelection()).toBe(false);
    expect(rendered()).toBe(0);
  });

  it('paints nothing when notes arrive after the stop', async () => {
    let answer: (notes: Note[]) => void = () => {};
    const f = fakeApi();
    f.api.notesForPage.mockImplementationOnce(() => new Promise<Note[]>((r) => { answer = r; }));
    const notes = startNotes(document, ui, f.asApi, noCards);
    await vi.waitFor(() => expect(f.api.notesForPage).toHaveBeenCalledTimes(1));
    notes.stop();
    const text = document.getElementById('p')?.textContent ?? '';
    answer([
      { id: 'a', body: 'x', tags: [], pageTitle: '', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z',
        target: { source: location.href, quote: { type: 'TextQuoteSelector', exact: text.slice(0, 6), prefix: '', suffix: text.slice(6, 20) }, position: { type: 'TextPositionSelector', start: 0, end: 6 } } },
      { id: 'b', body: 'y', tags: [], pageTitle: '', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z',
        target: { source: location.href, quote: { type: 'TextQuoteSelector', exact: 'Nowhere on this page at all', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 27 } } },
    ]);
    await Promise.resolve();
    await new Promise((r) => queueMicrotask(() => r(undefined)));
    expect(registry.has('probation-note')).toBe(false);
    expect(rendered()).toBe(0);
    expect(notes.states()).toEqual({});
  });
});

describe('module state', () => {
  it('keeps no page text at module level: the anchoring core and the notes parts hold state only per start', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const files = ['src/core/anchoring.ts', ...readdirSync('src/content').filter((f) => /^notes.*\.ts$/.test(f)).map((f) => `src/content/${f}`)];
    // The one exception: the alignment's scratch rows, sized by a quote and its context, never by the page.
    const SCRATCH = new Set(['rows']);
    const found = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^(?:export )?(?:let|var) (\w+)/gm)]
      .map((m) => `${file}: ${m[1]}`).filter((x) => !SCRATCH.has(x.split(': ')[1] as string)));
    expect(found).toEqual([]);
  });
});

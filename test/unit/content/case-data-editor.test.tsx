// @vitest-environment jsdom
/**
 * The case-data guard in the note editor (the component the note frame shows, here in the shadow UI): in warn
 * mode saving a note that looks like it holds case data names what was found, with Save anyway and Edit;
 * in block mode it names it and does not save; off saves as before. The mode comes from the background.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startNotes, type NoteApi } from '../../../src/content/notes';
import { LensUi, LIVE_REGION_ID } from '../../../src/content/ui/host';
import type { CaseDataMode } from '../../../src/shared/policy';
import type { Note } from '../../../src/shared/types';
import { openUiPage } from '../support/dom';

let shadow: ShadowRoot;
let ui: LensUi;

beforeEach(() => {
  openUiPage((root) => { shadow = root; });
  ui = new LensUi(document);
});

afterEach(() => {
  ui.dispose();
  vi.restoreAllMocks();
});

const CASE = 'Met at HMP, prison number A1234BC';
const live = () => shadow.getElementById(LIVE_REGION_ID)?.textContent ?? '';
const button = (text: string) => [...shadow.querySelectorAll('button')].find((b) => b.textContent === text);
const box = () => shadow.querySelector('textarea') as HTMLTextAreaElement;
const guardText = () => shadow.getElementById('pl-editor-guard')?.textContent ?? '';

function fakeApi(mode: CaseDataMode) {
  const notes = new Map<string, Note>();
  const api = {
    notesForPage: vi.fn(async () => [...notes.values()]),
    saveNote: vi.fn(async ({ note }: { note: Note }) => { notes.set(note.id, note); return note; }),
    deleteNote: vi.fn(async () => null),
    restoreNote: vi.fn(async ({ note }: { note: Note }) => note),
    caseDataGuard: vi.fn(async () => ({ mode, locked: false })),
  };
  return { notes, api, asApi: api as unknown as NoteApi };
}

/** Starts notes, waits for the guard's mode to arrive, and opens the editor with `body` typed. */
async function typed(f: ReturnType<typeof fakeApi>, body: string) {
  const notes = startNotes(document, ui, f.asApi, { show: (t: { show(k: boolean): void }, k: boolean) => t.show(k), hide: () => ui.hideCard() });
  await vi.waitFor(() => expect(f.api.caseDataGuard).toHaveBeenCalled());
  // Awaiting the answer the editor asked for runs after the editor's own handler of it, which keeps the mode.
  await f.api.caseDataGuard.mock.results[0]?.value;
  const text = document.getElementById('p')?.firstChild as Text;
  getSelection()?.setBaseAndExtent(text, 0, text, 25);
  expect(notes.addFromSelection()).toBe(true);
  box().value = body;
  box().dispatchEvent(new Event('input', { bubbles: true }));
  return notes;
}

describe('the case-data guard in the note editor', () => {
  it('warns, naming the prison number, and saves only on Save anyway', async () => {
    const f = fakeApi('warn');
    const notes = await typed(f, CASE);
    button('Save')?.click();
    await vi.waitFor(() => expect(guardText()).toContain('This looks like a prison number: A1234BC'));
    expect(shadow.getElementById('pl-editor-guard')?.getAttribute('role')).toBe('alert');
    expect(f.api.saveNote).not.toHaveBeenCalled();
    expect(button('Save')).toBeUndefined();
    button('Save anyway')?.click();
    await vi.waitFor(() => expect(live()).toBe('Note saved'));
    expect([...f.notes.values()].map((n) => n.body)).toEqual([CASE]);
    notes.stop();
  });

  it('Edit takes the warning away and the focus back to the text box, without saving; Ctrl+Enter warns too', async () => {
    const f = fakeApi('warn');
    const notes = await typed(f, CASE);
    box().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await vi.waitFor(() => expect(button('Edit')).toBeDefined());
    expect(shadow.activeElement).toBe(button('Save anyway'));
    button('Edit')?.click();
    await vi.waitFor(() => expect(shadow.getElementById('pl-editor-guard')).toBeNull());
    expect(shadow.activeElement).toBe(box());
    expect(box().value).toBe(CASE);
    expect(f.api.saveNote).not.toHaveBeenCalled();
    notes.stop();
  });

  it('in block mode names what was found and does not save; once removed, the note saves', async () => {
    const f = fakeApi('block');
    const notes = await typed(f, `${CASE}, CRN X123456`);
    button('Save')?.click();
    await vi.waitFor(() => expect(guardText()).toContain('This looks like a prison number: A1234BC'));
    expect(guardText()).toContain('X123456');
    expect(guardText()).toContain('Case data may not be saved in notes.');
    expect(button('Save anyway')).toBeUndefined();
    button('Save')?.click();
    expect(f.api.saveNote).not.toHaveBeenCalled();
    box().value = 'Met at HMP about section 7 on 03/04/2026';
    box().dispatchEvent(new Event('input', { bubbles: true }));
    button('Save')?.click();
    await vi.waitFor(() => expect(live()).toBe('Note saved'));
    expect([...f.notes.values()].map((n) => n.body)).toEqual(['Met at HMP about section 7 on 03/04/2026']);
    notes.stop();
  });

  it('off saves at once, as without the guard; an ordinary note saves at once in warn mode', async () => {
    const off = fakeApi('off');
    let notes = await typed(off, CASE);
    button('Save')?.click();
    await vi.waitFor(() => expect(live()).toBe('Note saved'));
    expect(off.notes.size).toBe(1);
    notes.stop();
    const warn = fakeApi('warn');
    notes = await typed(warn, 'Met on 12 March 2026 about page 4 of PI 03/2021');
    button('Save')?.click();
    await vi.waitFor(() => expect(warn.notes.size).toBe(1));
    notes.stop();
  });
});

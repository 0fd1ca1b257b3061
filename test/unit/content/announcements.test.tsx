// @vitest-environment jsdom
/**
 * What screen readers hear from the in-page UI: the live region says a note was saved, deleted and
 * restored, and what a card opened by keyboard explains. The UI's shadow root is closed, so the test
 * keeps a reference to it as it is attached, as the e2e drivers reach it through the browser.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN } from '../../../src/core/builtin';
import { cardModel } from '../../../src/core/card-model';
import { startNotes } from '../../../src/content/notes';
import { LensUi, LIVE_REGION_ID } from '../../../src/content/ui/host';
import type { Note } from '../../../src/shared/types';
import { openUiPage, settle } from '../support/dom';

let shadow: ShadowRoot;
let ui: LensUi;

beforeEach(() => {
  openUiPage((root) => { shadow = root; });
  ui = new LensUi(document);
});

afterEach(() => {
  ui.dispose();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const live = () => shadow.getElementById(LIVE_REGION_ID) as HTMLElement;

/** A stand-in for the background's note calls, keeping notes in memory. */
function fakeApi() {
  const notes = new Map<string, Note>();
  return {
    notes,
    notesForPage: async () => [...notes.values()],
    saveNote: async ({ note }: { note: Note }) => { notes.set(note.id, note); return note; },
    deleteNote: async ({ id }: { id: string }) => { const n = notes.get(id) ?? null; notes.delete(id); return n; },
    restoreNote: async ({ note }: { note: Note }) => { notes.set(note.id, note); return note; },
  };
}

const button = (text: string) => [...shadow.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;

describe('the live region of the in-page UI', () => {
  it('is a polite, atomic status region inside the shadow root, empty at first', () => {
    expect(live().getAttribute('role')).toBe('status');
    expect(live().getAttribute('aria-live')).toBe('polite');
    expect(live().getAttribute('aria-atomic')).toBe('true');
    expect(live().textContent).toBe('');
  });

  it('says "Note saved" after a note is saved from the keyboard, then deleted and restored', async () => {
    const api = fakeApi();
    const cards = { show: (t: { show(k: boolean): void }, k: boolean) => t.show(k), hide: () => ui.hideCard() };
    const notes = startNotes(document, ui, api, cards);
    const text = document.getElementById('p')?.firstChild as Text;
    getSelection()?.setBaseAndExtent(text, 0, text, 25);
    expect(notes.addFromSelection()).toBe(true);

    // The editor is a named, described dialog with the focus in its text box.
    const dialog = shadow.querySelector('[role="dialog"]') as HTMLElement;
    expect(shadow.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Add a private note');
    expect(shadow.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Senior probation officers');
    const box = shadow.querySelector('textarea') as HTMLTextAreaElement;
    expect(shadow.activeElement).toBe(box);
    expect(box.getAttribute('aria-describedby')?.split(' ').map((id) => shadow.getElementById(id)?.textContent)).toEqual(['Ctrl+Enter to save · Esc to cancel']);

    box.value = 'Ask the SPO';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(0); // the next keystroke comes after the render, as in a browser
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await vi.waitFor(() => expect(live().textContent).toBe('Note saved'));
    expect(shadow.querySelector('textarea')).toBeNull();
    expect([...api.notes.values()].map((n) => n.body)).toEqual(['Ask the SPO']);

    // The note card opens with the focus on Edit; Delete moves the focus to Undo and says so.
    await settle();
    expect(notes.show([...api.notes.keys()][0] as string)).toBe(true);
    expect(shadow.activeElement?.textContent).toBe('Edit');
    button('Delete').click();
    await vi.waitFor(() => expect(live().textContent).toBe('Note deleted. You can undo this for 10 seconds.'));
    expect(api.notes.size).toBe(0);
    await vi.waitFor(() => expect(shadow.activeElement?.textContent).toBe('Undo'));
    (shadow.activeElement as HTMLButtonElement).click();
    await vi.waitFor(() => expect(live().textContent).toBe('Note restored'));
    expect(api.notes.size).toBe(1);
    notes.stop();
  });

  it('says nothing when a save fails, and shows the error in the editor instead', async () => {
    const api = { ...fakeApi(), saveNote: async () => { throw new Error('The note was changed in another tab'); } };
    const notes = startNotes(document, ui, api, { show: () => {}, hide: () => {} });
    const text = document.getElementById('p')?.firstChild as Text;
    getSelection()?.setBaseAndExtent(text, 0, text, 6);
    notes.addFromSelection();
    const box = shadow.querySelector('textarea') as HTMLTextAreaElement;
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await vi.waitFor(() => expect(shadow.querySelector('[role="alert"]')?.textContent).toBe('The note was changed in another tab'));
    expect(live().textContent).toBe('');
    expect(shadow.querySelector('textarea')?.getAttribute('aria-invalid')).toBe('true');
    notes.stop();
  });

  it('reads out a card opened by keyboard: the term, its meaning and its new name', () => {
    const entry = BUILTIN.find((e) => e.term === 'NPS');
    const model = cardModel({ token: 'NPS', written: 'NPS', entry, nearby: '' });
    ui.showCard(model, new DOMRect(10, 10, 30, 16), true);
    const first = model.senses[0];
    expect(live().textContent).toBe([`NPS: ${first?.expansion}.`, `Now called ${model.renamed?.now}.`, first?.definition].filter(Boolean).join(' '));
    expect(shadow.querySelector('[role="tooltip"]')?.textContent).toContain('Now called:');
  });

  it('says nothing for a card opened by the pointer', () => {
    ui.showCard(cardModel({ token: 'QRT', written: 'QRT', nearby: '' }), new DOMRect(10, 10, 30, 16), false);
    expect(live().textContent).toBe('');
    ui.showCard(cardModel({ token: 'QRT', written: 'QRT', nearby: '' }), new DOMRect(10, 10, 30, 16), true);
    expect(live().textContent).toBe('QRT: not explained on this page.');
  });
});

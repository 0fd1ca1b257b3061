// @vitest-environment jsdom
/** The reader sees why a save failed when the disk is full: the glossary form and the note editor on a page. */
import { h, render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installHighlightApi } from '../support/dom';
import { CallError } from '../../../src/shared/messaging';
import { t } from '../../../src/shared/i18n';
import type { LensUi } from '../../../src/content/ui/host';

const callBackground = vi.hoisted(() => vi.fn());
vi.mock('../../../src/shared/messaging', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/shared/messaging')>()), callBackground,
}));
vi.mock('../../../src/shared/browser', () => ({ default: {} }));

const { TermForm } = await import('../../../src/options/term-form');
const { startNotes } = await import('../../../src/content/notes');

const full = () => new CallError(t('errorStorageFull'), 'storage-full');
const settle = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });
afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
  vi.clearAllMocks();
});

describe('a full disk on the options page', () => {
  it('shows the reason in the term form’s error summary and keeps what was typed', async () => {
    callBackground.mockRejectedValue(full());
    const onSaved = vi.fn();
    await act(() => { render(h(TermForm, { terms: [], onSaved, onCancel: () => undefined }), document.body); });
    const type = (id: string, value: string) => {
      const el = document.getElementById(id) as HTMLInputElement | HTMLSelectElement;
      el.value = value;
      el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    };
    await act(() => { type('term-abbreviation', 'QXZ'); });
    await act(() => { type('term-expansion', 'Quarterly Extra Zone'); });
    await act(() => { type('term-category', 'process'); });
    await act(() => { (document.getElementById('term-save') as HTMLButtonElement).click(); });
    await settle();
    expect(callBackground).toHaveBeenCalledWith('savePersonalTerm', expect.anything());
    const summary = document.getElementById('term-errors')?.textContent ?? '';
    expect(summary).toContain(t('errorStorageFull'));
    expect(onSaved).not.toHaveBeenCalled();
    expect((document.getElementById('term-abbreviation') as HTMLInputElement).value).toBe('QXZ');
  });
});

describe('a full disk in the note editor on a page', () => {
  it('keeps the editor open with the note typed and shows the reason', async () => {
    installHighlightApi();
    document.body.innerHTML = '<main><p id="p">The Serious Further Offence review starts within five working days.</p></main>';
    const slots = new Map<string, ComponentChild>();
    const ui = { show: (slot: string, vnode: ComponentChild) => { slots.set(slot, vnode); }, announce: vi.fn(), isOpen: (slot: string) => slots.get(slot) != null } as unknown as LensUi;
    const api = {
      notesForPage: vi.fn(async () => []),
      saveNote: vi.fn(async () => { throw full(); }),
      deleteNote: vi.fn(), restoreNote: vi.fn(),
    };
    const notes = startNotes(document, ui, api, { show: () => undefined, hide: () => undefined });
    const text = document.getElementById('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 4);
    range.setEnd(text, 27);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(notes.addFromSelection()).toBe(true);
    const editor = () => slots.get('editor') as { props: { onSave(body: string): void; error?: string; initial: string } } | null;
    editor()!.props.onSave('Check the SFO timescale');
    await settle();
    expect(api.saveNote).toHaveBeenCalledOnce();
    expect(editor()?.props.error).toBe(t('errorStorageFull'));
    expect(editor()?.props.initial).toBe('Check the SFO timescale');
    // Rendered, the reason is an alert the reader hears.
    const box = document.createElement('div');
    document.body.append(box);
    await act(() => { render(editor() as ComponentChild, box); });
    expect(box.querySelector('[role="alert"]')?.textContent).toBe(t('errorStorageFull'));
    expect(ui.announce).not.toHaveBeenCalledWith('Note saved');
    notes.stop();
  });
});

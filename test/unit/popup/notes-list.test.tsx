// @vitest-environment jsdom
/** The popup's notes panel with thousands of notes: a page of them at a time, and a search over all. */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../src/shared/types';

const callBackground = vi.hoisted(() => vi.fn());
const callTab = vi.hoisted(() => vi.fn());
vi.mock('../../../src/shared/browser', () => ({ default: { tabs: { update: vi.fn(), create: vi.fn() } } }));
vi.mock('../../../src/shared/messaging', () => ({ callBackground, callTab }));

const { Notes } = await import('../../../src/popup/notes');

const note = (i: number): Note => ({
  id: `n${i}`, body: i === 4321 ? 'Check the MAPPA level' : `Note number ${i}`, tags: [], pageTitle: 'Guidance',
  created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z',
  target: { source: `https://www.gov.uk/p${i}`, quote: { exact: `passage ${i}`, prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
} as unknown as Note);
const settle = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });
const all = () => document.querySelectorAll('ul[aria-label] li');

afterEach(() => {
  render(null, document.body);
  vi.clearAllMocks();
});

describe('the notes panel with 10,000 notes', () => {
  it('lists fifty, says how many there are, and shows more on request; a search still looks at all of them', async () => {
    const notes = Array.from({ length: 10_000 }, (_, i) => note(i));
    callBackground.mockImplementation(async (name: string) => (name === 'listNotes' ? notes : []));
    callTab.mockResolvedValue({});
    await act(() => { render(h(Notes, { tab: undefined }), document.body); });
    await settle();
    expect(all()).toHaveLength(50);
    expect(document.body.textContent).toContain('Showing 50 of 10000 notes.');
    const more = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Show 50 more') as HTMLButtonElement;
    await act(() => { more.click(); });
    expect(all()).toHaveLength(100);
    const search = document.getElementById('notes-query') as HTMLInputElement;
    await act(() => {
      search.value = 'mappa level';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect([...all()].map((li) => li.querySelector('.note__body')?.textContent)).toEqual(['Check the MAPPA level']);
    expect(document.body.textContent).not.toContain('Show 50 more');
  });
});

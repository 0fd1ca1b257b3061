// @vitest-environment jsdom
/** The start state a page reads from storage.local: validated like any input, with the background as fallback. */
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_DISPLAY_SETTINGS } from '../../../src/core/display-settings';

const local = vi.hoisted(() => ({ get: vi.fn() }));
vi.mock('../../../src/shared/browser', () => ({ default: { storage: { local } } }));
const { documentParsed, parseStartState, readStartState } = await import('../../../src/content/start-state');
const { START_STATE_KEY } = await import('../../../src/shared/start-state');

const entry = { term: 'QXZ', senses: [{ expansion: 'Quite eXtraordinary Zeal', category: 'other' }] };
const good = { version: 1, disabledSites: ['www.justice.gov.uk'], display: { highlightStyle: 'background' }, personal: [entry] };

describe('start state', () => {
  it('reads whether this host is on, the display settings (normalised) and the personal terms', async () => {
    local.get.mockResolvedValue({ [START_STATE_KEY]: good });
    expect(await readStartState('www.gov.uk')).toEqual({
      enabled: true, notes: true, display: { ...DEFAULT_DISPLAY_SETTINGS, highlightStyle: 'background' }, personal: [entry], team: [],
    });
    expect(local.get).toHaveBeenCalledWith(START_STATE_KEY);
    expect((await readStartState('www.justice.gov.uk'))?.enabled).toBe(false);
  });

  it('shows notes with highlighting off unless the reader hid them there too', () => {
    expect(parseStartState(good, 'www.justice.gov.uk')).toMatchObject({ enabled: false, notes: true });
    const hidden = { ...good, notesHiddenSites: ['www.justice.gov.uk', 'www.gov.uk'] };
    expect(parseStartState(hidden, 'www.justice.gov.uk')).toMatchObject({ enabled: false, notes: false });
    // A hidden choice counts only where highlighting is off.
    expect(parseStartState(hidden, 'www.gov.uk')).toMatchObject({ enabled: true, notes: true });
    expect(parseStartState({ ...good, notesHiddenSites: 'www.gov.uk' }, 'www.gov.uk')).toBeNull();
  });

  it('gives null for a missing, older or damaged state, so the page asks the background', () => {
    expect(parseStartState(undefined, 'www.gov.uk')).toBeNull();
    expect(parseStartState({ ...good, version: 2 }, 'www.gov.uk')).toBeNull();
    expect(parseStartState({ ...good, disabledSites: 'www.gov.uk' }, 'www.gov.uk')).toBeNull();
    expect(parseStartState({ ...good, personal: [{ term: 3, senses: [] }] }, 'www.gov.uk')).toBeNull();
    expect(parseStartState({ ...good, personal: [entry, entry] }, 'www.gov.uk')).toBeNull(); // a form twice
    expect(parseStartState({ ...good, team: [{ term: 'QRT', senses: 'x' }] }, 'www.gov.uk')).toBeNull(); // a bad team entry
    expect(parseStartState({ ...good, team: [entry] }, 'www.gov.uk')?.team).toEqual([entry]);
    expect(parseStartState({ ...good, personal: [{ ...entry, senses: [{ expansion: 'x', category: 'nonsense' }] }] }, 'www.gov.uk')).toBeNull();
  });

  it('knows when the document has been parsed', async () => {
    expect(document.readyState).not.toBe('loading');
    await expect(documentParsed(document)).resolves.toBeUndefined();
    const loading = { readyState: 'loading', addEventListener: vi.fn((_: string, fn: () => void) => fn()) } as unknown as Document;
    await documentParsed(loading);
    expect(loading.addEventListener).toHaveBeenCalledWith('DOMContentLoaded', expect.any(Function), { once: true });
  });
});

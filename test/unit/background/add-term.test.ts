// "Add a definition": a content script's card opens the options page's form with the term filled in; the call is checked like every other.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addTermHash, termFromHash } from '../../../src/shared/add-term';
import { fakeBrowser, SENDERS, type FakeBrowser } from './fake-browser';

const state = vi.hoisted(() => ({ fake: undefined as unknown as FakeBrowser }));
vi.mock('../../../src/shared/browser', () => ({ default: new Proxy({}, { get: (_, key) => (state.fake.browser as Record<string | symbol, unknown>)[key] }) }));
vi.mock('../../../src/background/database', () => ({ database: async () => { throw new Error('no database in these tests'); } }));

let fake: FakeBrowser;
beforeEach(async () => {
  state.fake = fakeBrowser();
  vi.resetModules();
  await import('../../../src/background/index');
  fake = state.fake;
});

const opened = (): string[] => fake.browser.tabs.create.mock.calls.map(([arg]) => arg.url);

describe('openAddTerm', () => {
  it('opens the options page at the form with the term in its address, for a content script', async () => {
    expect(await fake.call('openAddTerm', { term: 'XYZ' }, SENDERS.content())).toEqual({ ok: null });
    expect(opened()).toHaveLength(1);
    const url = new URL(opened()[0] ?? '');
    expect(url.pathname.endsWith('/options.html')).toBe(true);
    expect(termFromHash(url.hash)).toBe('XYZ');
  });

  it('refuses an empty, too long or extra-field request and opens nothing', async () => {
    expect(await fake.call('openAddTerm', { term: '' }, SENDERS.content())).toMatchObject({ code: 'bad-request', field: 'term' });
    expect(await fake.call('openAddTerm', { term: 'A'.repeat(101) }, SENDERS.content())).toMatchObject({ code: 'bad-request', field: 'term' });
    expect(await fake.call('openAddTerm', { term: 'XYZ', url: 'https://example.com' }, SENDERS.content())).toMatchObject({ code: 'bad-request' });
    expect(await fake.call('openAddTerm', {}, SENDERS.content())).toMatchObject({ code: 'bad-request' });
    expect(opened()).toEqual([]);
  });
});

describe('the add-term address', () => {
  it('carries any term the form takes, encoded, and reads it back', () => {
    for (const term of ['XYZ', 'A&E', 'CAS 3', 'Probation Reset', 'é#=?%']) expect(termFromHash(addTermHash(term))).toBe(term);
    expect(addTermHash(' PDU ')).toBe('#add-term=PDU');
  });

  it('asks for no term when the fragment is another, empty, badly encoded, too long or holds control characters', () => {
    for (const hash of ['', '#import', '#add-term=', '#add-term=%20', '#add-term=%E0%A4%A', `#add-term=${'A'.repeat(101)}`, '#add-term=A%0AB']) {
      expect(termFromHash(hash)).toBeUndefined();
    }
  });
});

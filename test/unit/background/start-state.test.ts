// The start state the background keeps in storage.local for content scripts (background/start-state.ts):
// written at every start of the worker, and again after the settings or the personal glossary change.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseStartState } from '../../../src/content/start-state';
import { START_STATE_KEY } from '../../../src/shared/start-state';
import { openLensDb, type LensDb } from '../../../src/storage/db';
import { fakeBrowser, SENDERS, type FakeBrowser } from './fake-browser';

const state = vi.hoisted(() => ({ fake: undefined as unknown as FakeBrowser, db: undefined as unknown as LensDb }));
vi.mock('../../../src/shared/browser', () => ({ default: new Proxy({}, { get: (_, key) => (state.fake.browser as Record<string | symbol, unknown>)[key] }) }));
vi.mock('../../../src/background/database', () => ({ database: async () => state.db }));

let n = 0;
let fake: FakeBrowser;
beforeEach(async () => {
  state.fake = fakeBrowser();
  state.db = await openLensDb(`start-state-${n++}`, new IDBFactory());
  vi.resetModules();
  await import('../../../src/background/index');
  fake = state.fake;
});

/** The start state as a page on `host` reads it, once the writer has caught up. */
const read = (host = 'www.gov.uk') => vi.waitFor(() => {
  const parsed = parseStartState(fake.local.get(START_STATE_KEY), host);
  if (parsed === null) throw new Error('no start state yet');
  return parsed;
});

describe('the start state in storage.local', () => {
  it('is written when the worker starts, with the defaults', async () => {
    expect(await read()).toMatchObject({ enabled: true, personal: [], display: { highlightStyle: 'underline' } });
  });

  it('follows the personal glossary, a site switched off and the display settings', async () => {
    await read();
    const term = { term: 'QXZ', senses: [{ expansion: 'Quite eXtraordinary Zeal', category: 'process' as const }] };
    expect(await fake.call('savePersonalTerm', { entry: term }, SENDERS.options)).toEqual({ ok: term });
    await vi.waitFor(async () => expect((await read()).personal).toEqual([term]));

    await fake.call('setSiteEnabled', { host: 'www.gov.uk', enabled: false }, SENDERS.popup);
    await fake.call('setDisplaySettings', { highlightStyle: 'background' }, SENDERS.options);
    // The browser tells the background of its own storage changes; the fake is told here.
    (fake.browser as unknown as { storage: { onChanged: { fire(...a: unknown[]): unknown } } }).storage.onChanged.fire({ disabledSites: {} }, 'local');
    await vi.waitFor(async () => {
      const s = await read();
      expect(s.enabled).toBe(false);
      expect(s.display.highlightStyle).toBe('background');
    });
    expect((await read('www.justice.gov.uk')).enabled).toBe(true);
  });

  it('is written before a site change is answered, with the notes hidden too when chosen', async () => {
    await read();
    // No storage event is fired here: the answer itself waits for the start state.
    await fake.call('setSiteEnabled', { host: 'www.gov.uk', enabled: false }, SENDERS.popup);
    expect(parseStartState(fake.local.get(START_STATE_KEY), 'www.gov.uk')).toMatchObject({ enabled: false, notes: true });
    await fake.call('setSiteNotesHidden', { host: 'www.gov.uk', hidden: true }, SENDERS.popup);
    expect(parseStartState(fake.local.get(START_STATE_KEY), 'www.gov.uk')).toMatchObject({ enabled: false, notes: false });
  });
});

// The background enforces the case-data guard's "block" on every saveNote, whoever calls: the note editor warns,
// but a page-side caller that skips the editor still cannot store case data when the mode is block.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openLensDb, type LensDb } from '../../../src/storage/db';
import type { Note } from '../../../src/shared/types';
import { fakeBrowser, SENDERS, type FakeBrowser } from './fake-browser';

const state = vi.hoisted(() => ({ fake: undefined as unknown as FakeBrowser, db: undefined as unknown as LensDb }));
vi.mock('../../../src/shared/browser', () => ({ default: new Proxy({}, { get: (_, key) => (state.fake.browser as Record<string | symbol, unknown>)[key] }) }));
vi.mock('../../../src/background/database', () => ({ database: async () => state.db }));

let n = 0;
let fake: FakeBrowser;
beforeEach(async () => {
  state.fake = fakeBrowser();
  state.db = await openLensDb(`case-data-save-${n++}`, new IDBFactory());
  vi.resetModules();
  await import('../../../src/background/index');
  fake = state.fake;
});

const T0 = '2026-03-01T09:00:00.000Z';
const note = (id: string, body: string, tags: string[] = []): Note => ({
  id, body, tags, pageTitle: 'p', created: T0, modified: T0,
  target: {
    source: 'https://www.gov.uk/guidance/x',
    quote: { type: 'TextQuoteSelector', exact: 'SFO', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 3 },
  },
});
const CASE = 'Met at HMP, prison number A1234BC';
const page = SENDERS.content();
const stored = async (): Promise<string[]> => {
  const reply = await fake.call('notesForPage', { source: 'https://www.gov.uk/guidance/x' }, page) as { ok: Note[] };
  return reply.ok.map((x) => x.id).sort();
};

describe('saveNote and the case-data guard', () => {
  it('in block mode (set by the reader) refuses a note with case data, in its text or its tags, with the code case-data, and stores nothing', async () => {
    expect(await fake.call('setCaseDataGuard', { mode: 'block' }, SENDERS.options)).toEqual({ ok: { mode: 'block', locked: false } });
    expect(await fake.call('saveNote', { note: note('a', CASE) }, page)).toMatchObject({ code: 'case-data' });
    expect(await fake.call('saveNote', { note: note('b', 'Supervision notes', ['X123456']) }, page)).toMatchObject({ code: 'case-data' });
    expect(await stored()).toEqual([]);
    // An ordinary policy note still saves.
    expect(await fake.call('saveNote', { note: note('c', 'Meeting on 03/04/2026 about section 7, page 12') }, page)).toEqual({ ok: note('c', 'Meeting on 03/04/2026 about section 7, page 12') });
    expect(await stored()).toEqual(['c']);
  });

  it('in block mode set by the organisation refuses it too, also from an extension page', async () => {
    fake.managed.set('caseDataGuard', 'block');
    expect(await fake.call('saveNote', { note: note('a', CASE) }, SENDERS.options)).toMatchObject({ code: 'case-data' });
    expect(await stored()).toEqual([]);
  });

  it('in warn mode (the default) and off mode saves it: the editor is where the reader chose "Save anyway"', async () => {
    expect(await fake.call('saveNote', { note: note('a', CASE) }, page)).toEqual({ ok: note('a', CASE) });
    await fake.call('setCaseDataGuard', { mode: 'off' }, SENDERS.options);
    expect(await fake.call('saveNote', { note: note('b', CASE) }, page)).toEqual({ ok: note('b', CASE) });
    expect(await stored()).toEqual(['a', 'b']);
  });
});

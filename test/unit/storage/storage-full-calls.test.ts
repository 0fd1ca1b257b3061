// A full disk seen by the callers: the code crosses from the background to the page, and an import says so
// in its list of problems instead of failing with an unknown error.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLensDb, type LensDb } from '../../../src/storage/db';
import { t } from '../../../src/shared/i18n';
import type { BackgroundCalls } from '../../../src/shared/protocol';
import { fullDisk } from './faults';

const listeners: Array<(message: unknown, sender: { id: string }) => unknown> = [];
const browser = vi.hoisted(() => ({
  runtime: {
    id: 'probation-lens',
    onMessage: { addListener: (l: (message: unknown, sender: { id: string }) => unknown) => { listeners.push(l); } },
    // The message goes through structured cloning in a browser: only plain data crosses.
    sendMessage: async (message: unknown) => structuredClone(await listeners[0]?.(structuredClone(message), { id: 'probation-lens' })),
  },
  tabs: { query: async () => [] },
}));
vi.mock('../../../src/shared/browser', () => ({ default: browser }));
let db: LensDb | undefined;
vi.mock('../../../src/background/database', () => ({ database: async () => db }));

const { CallError, callBackground, handleCalls } = await import('../../../src/shared/messaging');
const { StorageFullError } = await import('../../../src/storage/errors');
const { exchangeHandlers } = await import('../../../src/background/exchange');
const { libraryHandlers } = await import('../../../src/background/library');
const { errorText } = await import('../../../src/ui/error-text');
const { problemText } = await import('../../../src/options/problem-text');

let undo: (() => void) | undefined;
afterEach(() => { undo?.(); undo = undefined; db?.close(); db = undefined; });

const backup = (ids: string[]) => JSON.stringify({
  format: 'probation-lens-backup', version: 1, exportedAt: '2026-03-02T10:00:00.000Z', glossary: [],
  notes: ids.map((id) => ({
    id, body: 'b', tags: [], pageTitle: 'p', created: '2026-03-01T09:00:00.000Z', modified: '2026-03-01T09:00:00.000Z',
    target: {
      source: 'https://www.gov.uk/x',
      quote: { type: 'TextQuoteSelector', exact: 'SFO', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 3 },
    },
  })),
});

describe('a full disk seen by callers', () => {
  it('reaches the caller in another context as a CallError with the storage-full code, worded by the page', async () => {
    handleCalls<Pick<BackgroundCalls, keyof typeof libraryHandlers>>(libraryHandlers);
    db = await openLensDb('calls', new IDBFactory());
    undo = fullDisk('glossary');
    const error = await callBackground('savePersonalTerm', { entry: { term: 'QXZ', senses: [{ expansion: 'Q', category: 'process' }] } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallError);
    expect((error as InstanceType<typeof CallError>).code).toBe('storage-full');
    expect(errorText(error)).toBe(t('errorStorageFull'));
    expect(await db.getAll('glossary')).toEqual([]);

    // A term storage refuses carries its own code, which the options page words.
    undo();
    undo = undefined;
    await callBackground('savePersonalTerm', { entry: { term: 'QXZ', senses: [{ expansion: 'Q', category: 'process' }] } });
    // A form another stored term has: storage refuses it with its own code.
    const invalid = await callBackground('savePersonalTerm', { entry: { term: 'QXY', variants: ['QXZ'], senses: [{ expansion: 'Q', category: 'process' }] } }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(CallError);
    expect((invalid as InstanceType<typeof CallError>).code).toBe('term-invalid');
    expect(errorText(invalid)).toBe(t('errorTermInvalid'));
    // Failures without a code keep the message they came with.
    expect(errorText(new CallError('The database connection is closing.'))).toBe('The database connection is closing.');
  });

  it('makes an import answer with the reason in its problems, and import nothing', async () => {
    db = await openLensDb('import', new IDBFactory());
    undo = fullDisk('notes', 1);
    const outcome = await exchangeHandlers.importData({ text: backup(['a', 'b', 'c']), kind: 'backup' }, { id: 'probation-lens' });
    expect(outcome).toEqual({ ok: false, problems: [{ code: 'storage-full' }] });
    expect(outcome.ok || outcome.problems.map(problemText)).toEqual([t('errorStorageFull')]);
    expect(await db.getAll('notes')).toEqual([]);
    undo();
    undo = undefined;
    expect(await exchangeHandlers.importData({ text: backup(['a', 'b', 'c']), kind: 'backup' }, { id: 'probation-lens' }))
      .toEqual({ ok: true, kind: 'backup', added: 3, updated: 0, kept: 0, terms: 0 });
    expect((await db.getAll('notes')).map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });

  it('is a StorageFullError whose words say what to do', () => {
    expect(errorText(new StorageFullError())).toMatch(/export a backup/);
  });
});

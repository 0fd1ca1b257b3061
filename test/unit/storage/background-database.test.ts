// The background's connection: when the database is deleted under it (the browser clearing site data, or
// another context), the next call opens a new one, and that opening notices the loss.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { memoryArea } from './memory-area';

const area = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('../../../src/shared/browser', () => ({ default: { storage: { get local() { return area.current; } } } }));

const { database } = await import('../../../src/background/database');
const { saveNote, newNote } = await import('../../../src/storage/notes');
const { storageLoss } = await import('../../../src/storage/health');

describe('the background database', () => {
  it('opens afresh after the database was deleted, and records the loss', async () => {
    const local = memoryArea();
    area.current = local;
    const first = await database();
    expect(await database()).toBe(first);
    await saveNote(first, newNote({
      target: {
        source: 'https://www.gov.uk/x',
        quote: { type: 'TextQuoteSelector', exact: 'SFO', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 3 },
      },
      body: 'b', pageTitle: 'p',
    }, new Date(Date.UTC(2026, 0, 1)), 'n1'));
    const { countNotesAgain } = await import('../../../src/background/health');
    await countNotesAgain(first);
    const made = Date.now();
    while (Date.now() <= made) await new Promise((r) => setTimeout(r, 1));
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('probation-lens');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('the background kept the deleted database open'));
    });
    const second = await database();
    expect(second).not.toBe(first);
    expect(await second.count('notes')).toBe(0);
    expect(await storageLoss(local)).toMatchObject({ reason: 'cleared', notes: 1 });
  });
});

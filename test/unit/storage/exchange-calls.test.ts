// The background's import and delete calls answer with codes, counts and values, and the options page
// words them: a clash with a stored term, the counts of a merge, and the typed confirmation words.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLensDb, type LensDb } from '../../../src/storage/db';
import { t } from '../../../src/shared/i18n';
import type { ImportOutcome } from '../../../src/shared/protocol';
import type { GlossaryEntry } from '../../../src/shared/types';

const browser = vi.hoisted(() => ({ runtime: { id: 'probation-lens' }, tabs: { query: async () => [] }, storage: { local: { get: async () => ({}), set: async () => undefined } } }));
vi.mock('../../../src/shared/browser', () => ({ default: browser }));
let db: LensDb | undefined;
vi.mock('../../../src/background/database', () => ({ database: async () => db }));

const { exchangeHandlers } = await import('../../../src/background/exchange');
const { backgroundGuard } = await import('../../../src/background/callers');
const { importSummary, problemText } = await import('../../../src/options/problem-text');
const { errorText } = await import('../../../src/ui/error-text');
const { CallError } = await import('../../../src/shared/messaging');
const { savePersonalTerm } = await import('../../../src/storage/glossary');

afterEach(() => { db?.close(); db = undefined; });
const sender = { id: 'probation-lens' };
const T0 = '2026-03-01T09:00:00.000Z';
const T1 = '2026-03-02T09:00:00.000Z';

const note = (id: string, modified = T0) => ({
  id, body: 'b', tags: [], pageTitle: 'p', created: T0, modified,
  target: { source: 'https://www.gov.uk/x', quote: { type: 'TextQuoteSelector', exact: 'SFO', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 3 } },
});
const backup = (notes: unknown[], glossary: GlossaryEntry[] = []) => JSON.stringify({ format: 'probation-lens-backup', version: 1, exportedAt: T1, notes, glossary });
const importText = (text: string, kind: 'backup' | 'glossary-json' | 'glossary-csv' = 'backup') => exchangeHandlers.importData({ text, kind }, sender);
const words = (outcome: ImportOutcome) => (outcome.ok ? importSummary(outcome) : outcome.problems.map(problemText));

describe('importing, as the background answers it', () => {
  it('counts what a backup merged, and the page says each count as a sentence, singular for one', async () => {
    db = await openLensDb('counts', new IDBFactory());
    expect(await importText(backup([note('a'), note('b')]))).toEqual({ ok: true, kind: 'backup', added: 2, updated: 0, kept: 0, terms: 0 });
    const again = await importText(backup([note('a', T1), note('b'), note('c')], [{ term: 'QXZ', senses: [{ expansion: 'Q', category: 'other' }] }]));
    expect(again).toEqual({ ok: true, kind: 'backup', added: 1, updated: 1, kept: 1, terms: 1 });
    expect(words(again)).toEqual([
      t('optionsImportedNotesNewOne'), t('optionsImportedNotesUpdatedOne'), t('optionsImportedNotesKeptOne'), t('optionsImportedTermsOne'),
    ]);
    expect(words(again)[0]).toBe('1 new note added.');
    expect(words({ ok: true, kind: 'backup', added: 3, updated: 0, kept: 2, terms: 5 })).toEqual([
      '3 new notes added.', '2 notes kept as they were, because yours were as new or newer.',
      '5 glossary terms added or replaced.',
    ]);
    // A count of zero is not said; a file that added nothing says so once.
    expect(words({ ok: true, kind: 'backup', added: 0, updated: 0, kept: 0, terms: 0 })).toEqual([t('optionsImportedNothing')]);
    const glossary = await importText('abbreviation,expansion\nQXZ,Q\nQXY,R\n', 'glossary-csv');
    expect(glossary).toEqual({ ok: true, kind: 'glossary', terms: 2 });
    expect(words(glossary)).toEqual(['2 glossary terms added or replaced.']);
  });

  it('refuses a file whose term clashes with a stored one, naming the term and the owner, and changes nothing', async () => {
    db = await openLensDb('clash', new IDBFactory());
    await savePersonalTerm(db, { term: 'QXZ', variants: ['QZ'], senses: [{ expansion: 'Q', category: 'other' }] });
    const clash = await importText(backup([note('a')], [{ term: 'QZ', senses: [{ expansion: 'Other', category: 'other' }] }]));
    expect(clash).toEqual({ ok: false, problems: [{ code: 'form-taken', field: 'QZ', values: { form: 'QZ', owner: 'QXZ' } }] });
    expect(words(clash)).toEqual(['QZ: “QZ” is already a form of QXZ']);
    expect(await db.getAll('notes')).toEqual([]);
    expect((await db.getAll('glossary')).map((e) => e.term)).toEqual(['QXZ']);
  });

  it('refuses a file that is not text, or a kind it does not know, before the import runs: bad-request naming the field', async () => {
    db = await openLensDb('odd', new IDBFactory());
    const guard = backgroundGuard('chrome-extension://probation-lens/');
    const options = { id: 'probation-lens', url: 'chrome-extension://probation-lens/options.html' };
    for (const [args, field] of [[{ text: 42, kind: 'backup' }, 'text'], [{ text: '[]', kind: 'notes' }, 'kind'], [{ text: '[]', kind: 'backup', more: 1 }, 'more']] as const) {
      const refused = (() => { try { guard('importData', args, options); } catch (e) { return e; } })();
      expect(refused).toMatchObject({ code: 'bad-request', field });
    }
    expect(await db.getAll('notes')).toEqual([]);
  });
});

describe('deleting everything, as the background checks it', () => {
  it('needs the words of deleteConfirmationWords, as the reader typed them, and fails with not-confirmed otherwise', async () => {
    db = await openLensDb('delete', new IDBFactory());
    await importText(backup([note('a')]));
    for (const typed of ['delete', '', 'delete everything!', undefined]) {
      const error = await Promise.resolve(exchangeHandlers.deleteEverything({ confirmation: typed as string }, sender)).catch((e: unknown) => e);
      expect((error as { code?: string }).code, String(typed)).toBe('not-confirmed');
    }
    expect(await db.getAll('notes')).toHaveLength(1);
    // Crossing to the page, the code is worded with the same words.
    expect(errorText(new CallError('not-confirmed', 'not-confirmed'))).toBe(`Type “${t('deleteConfirmationWords')}” to confirm`);
    await exchangeHandlers.deleteEverything({ confirmation: `  ${t('deleteConfirmationWords').toUpperCase()} ` }, sender);
    expect(await db.getAll('notes')).toEqual([]);
  });
});

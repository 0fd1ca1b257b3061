// The background as a whole (src/background/index.ts, loaded as the browser loads it) answering calls from
// each kind of sender: every call's arguments pass its schema, and only the extension's own pages may make
// the calls that reach all the reader's data.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openLensDb, type LensDb } from '../../../src/storage/db';
import { BACKGROUND_RULES } from '../../../src/shared/protocol';
import type { Note } from '../../../src/shared/types';
import { fakeBrowser, SENDERS, type FakeBrowser } from './fake-browser';

const state = vi.hoisted(() => ({ fake: undefined as unknown as FakeBrowser, db: undefined as unknown as LensDb }));
// Each test starts a fresh fake; the module stands for whichever is current.
vi.mock('../../../src/shared/browser', () => ({ default: new Proxy({}, { get: (_, key) => (state.fake.browser as Record<string | symbol, unknown>)[key] }) }));
vi.mock('../../../src/background/database', () => ({ database: async () => state.db }));

let n = 0;
/** A fresh background on a fresh fake browser and database, as at a start of the worker. */
async function startBackground(): Promise<FakeBrowser> {
  state.fake = fakeBrowser();
  state.db = await openLensDb(`calls-${n++}`, new IDBFactory());
  vi.resetModules();
  await import('../../../src/background/index');
  return state.fake;
}

const T0 = '2026-03-01T09:00:00.000Z';
const note = (id: string, extra: Record<string, unknown> = {}): Note => ({
  id, body: 'b', tags: [], pageTitle: 'p', created: T0, modified: T0,
  target: {
    source: 'https://www.gov.uk/guidance/x',
    quote: { type: 'TextQuoteSelector', exact: 'SFO', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 3 },
  },
  ...extra,
});
const term = { term: 'QXZ', senses: [{ expansion: 'Quite eXtraordinary Zeal', category: 'process' as const, definition: 'A test term.' }] };

let fake: FakeBrowser;
beforeEach(async () => { fake = await startBackground(); });

describe('every background call checks its arguments against its schema', () => {
  it('refuses a personal term with a 3 MB definition, an unknown field or a number for text, naming the field, and stores nothing', async () => {
    const cases: Array<[unknown, string]> = [
      [{ entry: { ...term, senses: [{ ...term.senses[0], definition: 'x'.repeat(3_000_000) }] } }, 'entry.senses[0].definition'],
      [{ entry: { ...term, colour: 'red' } }, 'entry.colour'],
      [{ entry: { ...term, senses: [{ ...term.senses[0], extra: '<img>' }] } }, 'entry.senses[0].extra'],
      [{ entry: { ...term, term: 42 } }, 'entry.term'],
      [{ entry: { ...term, senses: [{ ...term.senses[0], expansion: 7 }] } }, 'entry.senses[0].expansion'],
      [{ entry: term, previousTerm: 5 }, 'previousTerm'],
      [{ entry: term, sneaky: true }, 'sneaky'],
    ];
    for (const [args, field] of cases) {
      expect(await fake.call('savePersonalTerm', args, SENDERS.options), field).toMatchObject({ code: 'bad-request', field });
    }
    expect(await state.db.getAll('glossary')).toEqual([]);
    // Nothing changed, so no page was told to repaint.
    expect(fake.told).toEqual([]);
    // The same term, well formed, is saved.
    expect(await fake.call('savePersonalTerm', { entry: term }, SENDERS.options)).toEqual({ ok: term });
    expect(await state.db.getAll('glossary')).toEqual([term]);
  });

  it('refuses a note with text where a number belongs, or a field it does not know, from a content script, and stores nothing', async () => {
    const page = SENDERS.content();
    const position = { type: 'TextPositionSelector', start: '0', end: 3 };
    expect(await fake.call('saveNote', { note: { ...note('a'), target: { ...note('a').target, position } } }, page))
      .toMatchObject({ code: 'bad-request', field: 'note.target.position.start' });
    expect(await fake.call('saveNote', { note: note('a', { html: '<b>' }) }, page)).toMatchObject({ code: 'bad-request', field: 'note.html' });
    expect(await fake.call('saveNote', { note: note('a'), expectedModified: 'yesterday' }, page)).toMatchObject({ code: 'bad-request', field: 'expectedModified' });
    expect(await fake.call('deleteNote', { id: 42 }, page)).toMatchObject({ code: 'bad-request', field: 'id' });
    expect(await fake.call('notesForPage', { source: 'x'.repeat(10_000) }, page)).toMatchObject({ code: 'bad-request', field: 'source' });
    expect(await state.db.getAll('notes')).toEqual([]);
    expect(await fake.call('saveNote', { note: note('a') }, page)).toEqual({ ok: note('a') });
  });

  it('refuses arguments that are not an object, and unknown fields on calls that take none', async () => {
    expect(await fake.call('getDisplaySettings', { evil: 1 }, SENDERS.content())).toMatchObject({ code: 'bad-request', field: 'evil' });
    expect(await fake.call('getSiteState', 'www.gov.uk', SENDERS.content())).toMatchObject({ code: 'bad-request', field: 'args' });
    expect(await fake.call('setDisplaySettings', { highlightStyle: 'blink' }, SENDERS.options)).toMatchObject({ code: 'bad-request', field: 'highlightStyle' });
    expect(await fake.call('lookupHistory', { limit: 1e9 }, SENDERS.popup)).toMatchObject({ code: 'bad-request', field: 'limit' });
    expect(await fake.call('exportData', { format: 'pdf' }, SENDERS.options)).toMatchObject({ code: 'bad-request', field: 'format' });
  });
});

describe('who may call what', () => {
  // What reaches all of the reader's data, or changes what every page does: the extension's own pages only.
  const EXTENSION_ONLY = [
    'exportData', 'listNotes', 'deleteEverything', 'removeAddedSite', 'enableAddedSite', 'addedSites', 'importData',
    'setDisplaySettings', 'setSiteEnabled', 'setSiteNotesHidden', 'savePersonalTerm', 'deletePersonalTerm', 'recordLookup', 'lookupHistory',
    'clearLookups', 'dataStatus', 'dismissStorageLoss', 'dismissExportReminder', 'managedPolicy', 'setCaseDataGuard', 'getPdfViewer', 'setPdfViewer',
  ];

  it('answers a content script that asks for exportData with a coded refusal, and the options page with the file', async () => {
    await fake.call('saveNote', { note: note('a') }, SENDERS.content());
    const refused = await fake.call('exportData', { format: 'backup' }, SENDERS.content());
    expect(refused).toMatchObject({ code: 'not-allowed' });
    expect(JSON.stringify(refused)).not.toContain('"body"');
    const file = await fake.call('exportData', { format: 'backup' }, SENDERS.options) as { ok: { text: string } };
    expect(JSON.parse(file.ok.text).notes).toEqual([note('a')]);
  });

  it('refuses every call that reaches all data to content scripts and to pages acting for one document, before looking at the arguments', async () => {
    for (const name of EXTENSION_ONLY) {
      for (const sender of [SENDERS.content(), SENDERS.viewer]) {
        expect(await fake.call(name, {}, sender), `${name} from ${sender.url}`).toMatchObject({ code: 'not-allowed' });
      }
    }
    // The table says the same, call by call: nothing else is extension-only.
    expect(Object.entries(BACKGROUND_RULES).filter(([, r]) => r.from === 'extension').map(([k]) => k).sort()).toEqual([...EXTENSION_ONLY].sort());
  });

  it('lets a content script, and an extension page acting for one document, make the calls a page needs', async () => {
    for (const sender of [SENDERS.content(), SENDERS.viewer, SENDERS.popup]) {
      expect(await fake.call('getSiteState', { host: 'www.gov.uk' }, sender)).toEqual({ ok: { host: 'www.gov.uk', enabled: true, notes: true } });
      const source = sender === SENDERS.viewer ? 'https://assets.publishing.service.gov.uk/media/5f1e/x.pdf' : 'https://www.gov.uk/guidance/x';
      expect(await fake.call('notesForPage', { source }, sender)).toEqual({ ok: [] });
      expect(await fake.call('personalGlossary', {}, sender)).toEqual({ ok: [] });
    }
  });

  it('gives the PDF viewer the notes of the document it shows, by address or by the file’s fingerprint, and nothing else', async () => {
    const FP = '0123456789abcdef0123456789abcdef';
    const elsewhere = note('pdf', { target: { ...note('pdf').target, source: 'https://www.justice.gov.uk/downloads/same-file.pdf', fingerprint: FP, page: 1 } });
    expect(await fake.call('saveNote', { note: elsewhere }, SENDERS.content())).toEqual({ ok: elsewhere });
    const own = 'https://assets.publishing.service.gov.uk/media/5f1e/x.pdf';
    expect(await fake.call('notesForPage', { source: own, fingerprint: FP }, SENDERS.viewer)).toEqual({ ok: [elsewhere] });
    expect(await fake.call('notesForPage', { source: 'https://www.justice.gov.uk/downloads/same-file.pdf', fingerprint: FP }, SENDERS.viewer)).toMatchObject({ code: 'not-allowed' });
    expect(await fake.call('notesForPage', { source: own, fingerprint: FP }, SENDERS.content())).toMatchObject({ code: 'not-allowed' });
    expect(await fake.call('notesForPage', { source: own, fingerprint: 'not hex' }, SENDERS.viewer)).toMatchObject({ code: 'bad-request', field: 'fingerprint' });
  });

  it('answers nothing to another extension', async () => {
    expect(await fake.call('getSiteState', { host: 'www.gov.uk' }, SENDERS.otherExtension)).toBeUndefined();
  });

  it('deletes nothing when a content script asks to delete everything', async () => {
    await fake.call('saveNote', { note: note('a') }, SENDERS.content());
    expect(await fake.call('deleteEverything', { confirmation: 'delete everything' }, SENDERS.content())).toMatchObject({ code: 'not-allowed' });
    expect(await state.db.count('notes')).toBe(1);
  });
});

describe('storage persistence', () => {
  it('is not asked for by the worker (Chrome ignores it there): the options page asks, in the reader\'s click', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
    try {
      await startBackground();
      expect(persist).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

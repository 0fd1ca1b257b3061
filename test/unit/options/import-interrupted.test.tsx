// @vitest-environment jsdom
/** What the import section says: what an import did, or, when it fails, nothing changed when that is known and "check" when it is not. */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallError } from '../../../src/shared/messaging';
import { t } from '../../../src/shared/i18n';

const callBackground = vi.hoisted(() => vi.fn());
vi.mock('../../../src/shared/messaging', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/shared/messaging')>()), callBackground,
}));
vi.mock('../../../src/shared/browser', () => ({ default: {} }));

const { ImportSection } = await import('../../../src/options/import-section');

/** Waits until the section shows the import's outcome: what it did, or its problems. */
const outcome = () => vi.waitFor(() => {
  const shown = `${document.getElementById('import-errors')?.textContent ?? ''}${document.getElementById('import-done')?.textContent ?? ''}`;
  if (shown === '') throw new Error('no outcome shown yet');
});
afterEach(() => {
  render(null, document.body);
  vi.clearAllMocks();
});

async function importFile(): Promise<string> {
  await act(() => { render(h(ImportSection, { onImported: () => undefined }), document.body); });
  const input = document.getElementById('import-file') as HTMLInputElement;
  const file = new File(['{"format":"probation-lens-backup","version":1,"notes":[],"glossary":[]}'], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
  await outcome();
  return document.getElementById('import-errors')?.textContent ?? '';
}

describe('an import that fails', () => {
  it('says the outcome is unknown when the background never answered', async () => {
    callBackground.mockRejectedValue(new Error('The message port closed before a response was received.'));
    const summary = await importFile();
    expect(summary).toContain(t('optionsImportUnsure'));
    expect(summary).not.toContain(t('optionsImportNothingChanged'));
  });

  it('says nothing changed when the background refused it with a reason', async () => {
    callBackground.mockRejectedValue(new CallError(t('errorStorageFull'), 'storage-full'));
    const summary = await importFile();
    expect(summary).toContain(t('optionsImportNothingChanged'));
    expect(summary).toContain(t('errorStorageFull'));
  });
});

describe('an import that worked, or was refused', () => {
  it('lists what it did, one sentence per count, leaving out counts of zero', async () => {
    callBackground.mockResolvedValue({ ok: true, kind: 'backup', added: 1, updated: 0, kept: 2, terms: 1 });
    await importFile();
    const items = [...document.querySelectorAll('#import-done li')].map((li) => li.textContent);
    expect(items).toEqual([
      '1 new note added.',
      '2 notes kept as they were, because yours were as new or newer.', '1 glossary term added or replaced.',
    ]);
  });

  it('words each problem the background found, with its line and field', async () => {
    callBackground.mockResolvedValue({ ok: false, problems: [{ code: 'missing', values: {}, line: 9, field: 'notes[1].target' }, { code: 'storage-full' }] });
    const summary = await importFile();
    expect(summary).toContain(t('optionsImportNothingChanged'));
    // The file's notes[1] is its second note: the reader counts from 1.
    expect(summary).toContain('Line 9: notes[2].target: is missing');
    expect(summary).toContain(t('errorStorageFull'));
  });
});

// @vitest-environment jsdom
/** What the import section says when an import fails: nothing changed when that is known, "check" when it is not. */
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

const settle = () => act(async () => { await new Promise((r) => setTimeout(r, 10)); });
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
  await settle();
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

// @vitest-environment jsdom
/** The options page's data-safety notices: lost data, the backup reminder and its actions, persistent storage. */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '../../../src/shared/i18n';
import type { DataStatus } from '../../../src/shared/protocol';

const callBackground = vi.hoisted(() => vi.fn());
const saveFile = vi.hoisted(() => vi.fn());
vi.mock('../../../src/shared/messaging', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/shared/messaging')>()), callBackground,
}));
vi.mock('../../../src/shared/browser', () => ({ default: {} }));
vi.mock('../../../src/options/download', () => ({ saveFile }));

const { DataNotices, StoragePersistence } = await import('../../../src/options/reminders');

let status: DataStatus;
// Each action awaits the background, re-renders, then loads the status again: act flushes renders and
// effects only as it ends, so it is run a few times.
const settle = async () => {
  for (let i = 0; i < 3; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
};
const text = (id: string) => document.getElementById(id)?.textContent ?? null;
const click = (id: string) => act(() => { (document.getElementById(id) as HTMLButtonElement).click(); });

beforeEach(() => {
  callBackground.mockImplementation(async (name: string) => {
    if (name === 'dataStatus') return status;
    if (name === 'exportData') {
      status = { persisted: status.persisted }; // the background recorded the export
      return { filename: 'probation-lens-backup-2026-11-23.json', mime: 'application/json', text: '{}' };
    }
    if (name === 'dismissExportReminder') status = { persisted: status.persisted };
    if (name === 'dismissStorageLoss') { const { loss: _gone, ...rest } = status; status = rest; }
    return null;
  });
});
afterEach(() => {
  render(null, document.body);
  vi.clearAllMocks();
  vi.unstubAllGlobals();
});

async function show(onExported = vi.fn()) {
  await act(() => { render(h(DataNotices, { version: 0, onExported }), document.body); });
  await settle();
  return onExported;
}

describe('the backup reminder', () => {
  it('says how old the last backup is, and Export now saves a backup and takes the reminder away', async () => {
    status = { reminder: { kind: 'stale', days: 31 }, persisted: false };
    const onExported = await show();
    expect(text('export-reminder-title')).toBe('Your last backup is 31 days old');
    expect(text('export-reminder')).toContain(t('dataReminderBody'));
    await click('export-reminder-export');
    await settle();
    expect(callBackground).toHaveBeenCalledWith('exportData', { format: 'backup' });
    expect(saveFile).toHaveBeenCalledWith('probation-lens-backup-2026-11-23.json', 'application/json', '{}');
    expect(onExported).toHaveBeenCalledOnce();
    expect(document.getElementById('export-reminder')).toBeNull();
    expect(text('export-reminder-status')).toBe('Saved probation-lens-backup-2026-11-23.json to your downloads.');
  });

  it('asks for a first backup when none was made, and can be dismissed', async () => {
    status = { reminder: { kind: 'never' }, persisted: true };
    await show();
    expect(text('export-reminder-title')).toBe(t('dataReminderNever'));
    await click('export-reminder-dismiss');
    await settle();
    expect(callBackground).toHaveBeenCalledWith('dismissExportReminder', {});
    expect(document.getElementById('export-reminder')).toBeNull();
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('says why a backup was not saved and keeps the reminder', async () => {
    status = { reminder: { kind: 'never' }, persisted: true };
    await show();
    callBackground.mockImplementation(async (name: string) => {
      if (name === 'exportData') throw new Error('the disk is unplugged');
      return status;
    });
    await click('export-reminder-export');
    await settle();
    expect(text('export-reminder-status')).toBe('The backup was not saved: the disk is unplugged');
    expect(document.getElementById('export-reminder')).not.toBeNull();
  });

  it('shows nothing when no notice is due', async () => {
    status = { persisted: true };
    await show();
    expect(document.getElementById('export-reminder')).toBeNull();
    expect(document.getElementById('storage-lost')).toBeNull();
  });
});

describe('the lost-data warning', () => {
  it('is an alert saying the data was deleted and how many notes there were, until hidden', async () => {
    status = { loss: { at: '2026-11-20T09:00:00.000Z', reason: 'cleared', notes: 12 }, reminder: { kind: 'never' }, persisted: false };
    await show();
    const banner = document.getElementById('storage-lost');
    expect(banner?.getAttribute('role')).toBe('alert');
    expect(text('storage-lost-title')).toBe(t('dataStorageLostTitle'));
    expect(banner?.textContent).toContain('There were 12 notes before.');
    await click('storage-lost-dismiss');
    await settle();
    expect(callBackground).toHaveBeenCalledWith('dismissStorageLoss', {});
    expect(document.getElementById('storage-lost')).toBeNull();
    expect(document.getElementById('export-reminder')).not.toBeNull();
  });
});

describe('persistent storage', () => {
  const mount = async () => {
    await act(() => { render(h(StoragePersistence, { version: 0 }), document.body); });
    await settle();
  };

  it('says the browser keeps the data', async () => {
    status = { persisted: true };
    await mount();
    expect(text('storage-persistence-state')).toBe(t('dataPersistYes'));
    expect(document.getElementById('storage-persist')).toBeNull();
  });

  it('says the data may be deleted, and asks the browser to keep it', async () => {
    status = { persisted: false };
    const persist = vi.fn(async () => { status = { persisted: true }; return true; });
    vi.stubGlobal('navigator', { storage: { persist } });
    await mount();
    expect(text('storage-persistence-state')).toBe(t('dataPersistNo'));
    await click('storage-persist');
    await settle();
    expect(persist).toHaveBeenCalledOnce();
    expect(text('storage-persistence-state')).toBe(t('dataPersistYes'));
  });

  it('says when the browser does not tell', async () => {
    status = { persisted: null };
    await mount();
    expect(text('storage-persistence-state')).toBe(t('dataPersistUnknown'));
  });
});

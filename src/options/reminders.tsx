/**
 * Data safety on the options page: a warning when the browser deleted the reader's data, a reminder to
 * export a backup (more than 30 days since the last, or never while there are notes), and whether the
 * browser keeps the data when the device runs low on space.
 */
import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '../shared/messaging';
import { t } from '../shared/i18n';
import type { DataStatus } from '../shared/protocol';
import { errorText } from '../ui/error-text';
import { saveFile } from './download';

/** The data-safety state from the background, loaded again whenever `version` changes. */
function useDataStatus(version: number): [DataStatus | undefined, () => void] {
  const [status, setStatus] = useState<DataStatus | undefined>(undefined);
  const [again, setAgain] = useState(0);
  useEffect(() => {
    let live = true;
    callBackground('dataStatus', {}).then((s) => { if (live) setStatus(s); }, () => undefined);
    return () => { live = false; };
  }, [version, again]);
  return [status, () => setAgain((n) => n + 1)];
}

/** The lost-data warning and the export reminder, above everything else; `onExported` is told of a backup made here. */
export function DataNotices({ version, onExported }: { version: number; onExported: () => void }) {
  const [status, reload] = useDataStatus(version);
  const [message, setMessage] = useState('');
  const exportNow = async () => {
    try {
      const file = await callBackground('exportData', { format: 'backup' });
      saveFile(file.filename, file.mime, file.text);
      setMessage(t('dataReminderSaved', file.filename));
      onExported();
    } catch (e) {
      setMessage(t('dataReminderFailed', errorText(e)));
    }
    reload();
  };
  const dismiss = async (call: 'dismissStorageLoss' | 'dismissExportReminder') => {
    await callBackground(call, {}).catch(() => undefined);
    reload();
  };
  const { loss, reminder } = status ?? {};
  return (
    <>
      {loss ? (
        <div class="notification-banner notification-banner--warning" id="storage-lost" role="alert" aria-labelledby="storage-lost-title">
          <h2 class="notification-banner__heading" id="storage-lost-title">{t('dataStorageLostTitle')}</h2>
          <p>{t('dataStorageLostBody')}</p>
          {loss.notes > 0 ? <p>{t('dataStorageLostNotes', loss.notes)}</p> : null}
          <button type="button" class="button button--secondary" id="storage-lost-dismiss" onClick={() => void dismiss('dismissStorageLoss')}>
            {t('dataStorageLostDismiss')}
          </button>
        </div>
      ) : null}
      {reminder ? (
        <div class="notification-banner" id="export-reminder" role="region" aria-labelledby="export-reminder-title">
          <h2 class="notification-banner__heading" id="export-reminder-title">
            {reminder.kind === 'never' ? t('dataReminderNever') : t('dataReminderStale', reminder.days)}
          </h2>
          <p>{t('dataReminderBody')}</p>
          <div class="button-group">
            <button type="button" class="button" id="export-reminder-export" onClick={() => void exportNow()}>{t('dataReminderExport')}</button>
            <button type="button" class="button button--secondary" id="export-reminder-dismiss" onClick={() => void dismiss('dismissExportReminder')}>
              {t('dataReminderDismiss')}
            </button>
          </div>
        </div>
      ) : null}
      <p class="status" role="status" id="export-reminder-status">{message}</p>
    </>
  );
}

/** Whether the browser keeps the data under storage pressure, with a button to ask it to. */
export function StoragePersistence({ version }: { version: number }) {
  const [status, reload] = useDataStatus(version);
  const ask = async () => {
    await navigator.storage?.persist?.().catch(() => false);
    reload();
  };
  const persisted = status?.persisted;
  if (status === undefined) return null;
  return (
    <div id="storage-persistence">
      <h3 id="storage-persistence-title">{t('dataPersistTitle')}</h3>
      <p id="storage-persistence-state">{persisted === true ? t('dataPersistYes') : persisted === false ? t('dataPersistNo') : t('dataPersistUnknown')}</p>
      {persisted === false && typeof navigator.storage?.persist === 'function' ? (
        <button type="button" class="button button--secondary" id="storage-persist" onClick={() => void ask()}>{t('dataPersistAsk')}</button>
      ) : null}
    </div>
  );
}

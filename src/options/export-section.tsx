/** Your data, part 1: export buttons, one per file format. */
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import type { ExportFormat } from '../shared/protocol';
import { errorText } from '../ui/error-text';
import { saveFile } from './download';

const NOTE_FORMATS: ReadonlyArray<readonly [ExportFormat, MessageKey, MessageKey]> = [
  ['backup', 'optionsExportBackup', 'optionsExportBackupHint'],
  ['web-annotation', 'optionsExportWebAnnotation', 'optionsExportWebAnnotationHint'],
  ['markdown', 'optionsExportMarkdown', 'optionsExportMarkdownHint'],
  ['csv', 'optionsExportCsv', 'optionsExportCsvHint'],
];
const GLOSSARY_FORMATS: ReadonlyArray<readonly [ExportFormat, MessageKey, MessageKey]> = [
  ['glossary-csv', 'optionsExportGlossaryCsv', 'optionsExportGlossaryCsvHint'],
  ['glossary-json', 'optionsExportGlossaryJson', 'optionsExportGlossaryJsonHint'],
];

/** Buttons that save each export format as a file; `onExported` is told after each file. */
export function ExportSection({ onExported, notesExport = true }: { onExported?: (format: ExportFormat) => void; notesExport?: boolean } = {}) {
  const [status, setStatus] = useState('');
  const run = async (format: ExportFormat) => {
    try {
      const file = await callBackground('exportData', { format });
      saveFile(file.filename, file.mime, file.text);
      setStatus(t('optionsExportSaved', file.filename));
      onExported?.(format);
    } catch (e) {
      setStatus(t('optionsExportFailed', errorText(e)));
    }
  };
  const buttons = (formats: typeof NOTE_FORMATS) => (
    <ul class="export-list">
      {formats.map(([format, label, hint]) => (
        <li key={format}>
          <button type="button" class="button button--secondary" id={`export-${format}`} aria-describedby={`export-${format}-hint`}
            onClick={() => void run(format)}>{t(label)}</button>
          <span class="hint" id={`export-${format}-hint`}>{t(hint)}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <div>
      <h3 id="export-title">{t('optionsExportTitle')}</h3>
      <p>{t('optionsExportIntro')}</p>
      {notesExport ? buttons(NOTE_FORMATS) : <p id="export-notes-off">{t('orgNotesExportOff')} <strong class="tag tag--organisation">{t('orgTitle')}</strong></p>}
      {buttons(GLOSSARY_FORMATS)}
      <p class="status" role="status" id="export-status">{status}</p>
    </div>
  );
}

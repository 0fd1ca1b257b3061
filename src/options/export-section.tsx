/** Your data, part 1: export buttons, one per file format. */
import { useState } from 'preact/hooks';
import { callBackground } from '../shared/messaging';
import type { ExportFormat } from '../shared/protocol';
import { saveFile } from './download';

const NOTE_FORMATS: ReadonlyArray<readonly [ExportFormat, string, string]> = [
  ['backup', 'Backup (JSON)', 'Everything: notes and personal glossary. Import it here to restore them.'],
  ['web-annotation', 'Notes as Web Annotations (JSON-LD)', 'The W3C format other annotation tools read.'],
  ['markdown', 'Notes as Markdown', 'To read, print or paste into a document.'],
  ['csv', 'Notes as CSV', 'To open in a spreadsheet.'],
];
const GLOSSARY_FORMATS: ReadonlyArray<readonly [ExportFormat, string, string]> = [
  ['glossary-csv', 'Glossary as CSV', 'To share with your team or edit in a spreadsheet.'],
  ['glossary-json', 'Glossary as JSON', 'Every detail of each term.'],
];

/** Buttons that save each export format as a file; `onExported` is told after each file. */
export function ExportSection({ onExported }: { onExported?: (format: ExportFormat) => void } = {}) {
  const [status, setStatus] = useState('');
  const run = async (format: ExportFormat) => {
    try {
      const file = await callBackground('exportData', { format });
      saveFile(file.filename, file.mime, file.text);
      setStatus(`Saved ${file.filename} to your downloads.`);
      onExported?.(format);
    } catch (e) {
      setStatus(`The file was not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const buttons = (formats: typeof NOTE_FORMATS) => (
    <ul class="export-list">
      {formats.map(([format, label, hint]) => (
        <li key={format}>
          <button type="button" class="button button--secondary" id={`export-${format}`} aria-describedby={`export-${format}-hint`}
            onClick={() => void run(format)}>{label}</button>
          <span class="hint" id={`export-${format}-hint`}>{hint}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <div>
      <h3 id="export-title">Export</h3>
      <p>Files are saved to your downloads folder. Notes can hold personal information: keep the files safe.</p>
      {buttons(NOTE_FORMATS)}
      {buttons(GLOSSARY_FORMATS)}
      <p class="status" role="status" id="export-status">{status}</p>
    </div>
  );
}

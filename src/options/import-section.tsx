/** Your data, part 2: importing a backup or a glossary file; a file with any problem changes nothing. */
import { useState } from 'preact/hooks';
import { sizeProblem } from '../core/backup';
import { t, type MessageKey } from '../shared/i18n';
import { callBackground, CallError } from '../shared/messaging';
import type { ImportKind, ImportOutcome } from '../shared/protocol';
import { errorText } from '../ui/error-text';
import { caseDataInBackup, ImportCaseDataWarning } from './guard-section';
import { ErrorSummary, FieldError, SuccessPanel } from './messages';
import { importSummary, problemText } from './problem-text';

const KINDS: ReadonlyArray<readonly [ImportKind, MessageKey, MessageKey]> = [
  ['backup', 'optionsImportBackup', 'optionsImportBackupHint'],
  ['glossary-json', 'optionsImportGlossaryJson', 'optionsImportGlossaryJsonHint'],
  ['glossary-csv', 'optionsImportGlossaryCsv', 'optionsImportGlossaryCsvHint'],
];

// `unsure`: the background never answered (it was stopped, or the browser closed it), so whether the
// import was saved is not known: saying "nothing was changed" could be false.
// A failed call is kept as its text: it has no code to word a problem by.
type Outcome = ImportOutcome | { ok: false; failure: string; unsure: boolean } | undefined;

/** The kind to import as: a .csv file is always a glossary, whatever is selected. */
const kindFor = (file: File, chosen: ImportKind): ImportKind => (/\.csv$/i.test(file.name) ? 'glossary-csv' : chosen);

/** The import form; `onImported` is told when data changed. */
export function ImportSection({ onImported }: { onImported: () => void }) {
  const [kind, setKind] = useState<ImportKind>('backup');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(undefined);
  // Imported notes that look like they hold case data: the import goes ahead, with a warning listing them.
  const [caseData, setCaseData] = useState<ReturnType<typeof caseDataInBackup>>([]);

  const read = async (file: File): Promise<Outcome> => {
    // Checked before reading: a 100 MB file is refused without ever being loaded.
    const tooBig = sizeProblem(file.size);
    if (tooBig) return { ok: false, problems: [tooBig] };
    let text: string;
    try {
      text = await file.text();
    } catch {
      return { ok: false, problems: [{ code: 'unreadable' }] };
    }
    const result = await callBackground('importData', { text, kind: kindFor(file, kind) });
    // The same check as before a note is saved, unless the reader (or the organisation) switched it off.
    if (result.ok && result.kind === 'backup') {
      const guard = await callBackground('caseDataGuard', {}).catch(() => undefined);
      if (guard?.mode !== 'off') setCaseData(caseDataInBackup(text));
    }
    return result;
  };
  const chosen = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(undefined);
    setCaseData([]);
    try {
      const result = await read(file);
      setOutcome(result);
      if (result?.ok) onImported();
    } catch (error) {
      // A refusal with a code (a full disk) is known to have changed nothing; anything else is not.
      const known = error instanceof CallError && error.code !== undefined;
      setOutcome({ ok: false, unsure: !known, failure: t('optionsImportFailed', errorText(error)) });
    } finally {
      setBusy(false);
      input.value = ''; // so choosing the same file again, once fixed, imports it again
    }
  };

  const failed = outcome !== undefined && !outcome.ok;
  const problems = outcome && !outcome.ok ? ('failure' in outcome ? [outcome.failure] : outcome.problems.map(problemText)) : [];
  const unsure = outcome !== undefined && 'unsure' in outcome && outcome.unsure;
  return (
    <div>
      <h3 id="import-title">{t('optionsImportTitle')}</h3>
      {failed ? (
        <ErrorSummary id="import-errors" problems={[{ text: t(unsure ? 'optionsImportUnsure' : 'optionsImportNothingChanged'), field: 'import-file' }, ...problems.map((text) => ({ text }))]} />
      ) : null}
      {outcome?.ok ? (
        <SuccessPanel id="import-done" title={t('optionsImportDone')}>
          <ul class="panel__list">{importSummary(outcome).map((line) => <li key={line}>{line}</li>)}</ul>
        </SuccessPanel>
      ) : null}
      {outcome?.ok ? <ImportCaseDataWarning notes={caseData} /> : null}
      <fieldset class="fieldset" aria-describedby="import-kind-hint">
        <legend class="fieldset__legend">{t('optionsImportKindLegend')}</legend>
        <div class="hint" id="import-kind-hint">{t('optionsImportKindHint')}</div>
        <div class="radios">
          {KINDS.map(([value, label, hint]) => (
            <div class="radios__item" key={value}>
              <input class="radios__input" type="radio" name="import-kind" id={`import-kind-${value}`} value={value}
                checked={kind === value} onChange={() => setKind(value)} aria-describedby={`import-kind-${value}-hint`} />
              <label class="radios__label" for={`import-kind-${value}`}>{t(label)}</label>
              <div class="hint radios__hint" id={`import-kind-${value}-hint`}>{t(hint)}</div>
            </div>
          ))}
        </div>
      </fieldset>
      <div class={`form-group${failed ? ' form-group--error' : ''}`}>
        <label class="label" for="import-file">{t('optionsImportFileLabel')}</label>
        <div class="hint" id="import-file-hint">{t('optionsImportFileHint')}</div>
        <FieldError id="import-file-error" text={failed ? t('optionsImportFileError') : undefined} />
        <input class={`file-upload${failed ? ' file-upload--error' : ''}`} id="import-file" type="file" accept=".json,.jsonld,.csv,application/json,text/csv"
          aria-describedby={`import-file-hint${failed ? ' import-file-error' : ''}`} disabled={busy} onChange={(e) => void chosen(e)} />
      </div>
      <p class="status" role="status" id="import-status">{busy ? t('optionsImporting') : ''}</p>
    </div>
  );
}

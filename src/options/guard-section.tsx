/**
 * Case data in notes: the guard's mode (locked when the organisation set it) and the saved notes that
 * look like they hold case data, so the reader can find and clean them up.
 */
import { useEffect, useState } from 'preact/hooks';
import { parseBackup } from '../core/backup';
import { CASE_DATA_MODES, noteCaseData, notesWithCaseData, type CaseDataMode } from '../core/case-data';
import { t } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import type { Note } from '../shared/types';
import { findingText, modeText } from '../ui/case-data-words';
import { errorText } from '../ui/error-text';
import { tRich } from '../ui/rich';

/** The section; `version` reloads the notes list after an import or delete. */
export function GuardSection({ version, policyVersion }: { version: number; policyVersion: number }) {
  const [guard, setGuard] = useState<{ mode: CaseDataMode; locked: boolean } | undefined>(undefined);
  const [flagged, setFlagged] = useState<Note[] | undefined>(undefined);
  const [status, setStatus] = useState('');
  // Bumped after a note is deleted here, so the list is read again.
  const [deleted, setDeleted] = useState(0);
  useEffect(() => { void callBackground('caseDataGuard', {}).then(setGuard, (e: unknown) => setStatus(errorText(e))); }, [policyVersion]);
  useEffect(() => {
    let current = true;
    void callBackground('listNotes', {}).then((notes) => current && setFlagged(notes.filter((n) => noteCaseData(n).length > 0)), () => current && setFlagged([]));
    return () => { current = false; };
  }, [version, deleted]);
  const remove = async (note: Note) => {
    try {
      await callBackground('deleteNote', { id: note.id });
      setStatus(t('guardNoteDeleted'));
      setDeleted((n) => n + 1);
      // The button is gone with its note: the focus goes back to the list's heading, not to the page's start.
      document.getElementById('guard-notes-title')?.focus();
    } catch (e) {
      setStatus(errorText(e));
    }
  };
  const choose = async (mode: CaseDataMode) => {
    try {
      setGuard(await callBackground('setCaseDataGuard', { mode }));
      setStatus(t('guardSaved'));
    } catch (e) {
      setStatus(errorText(e));
    }
  };
  return (
    <section aria-labelledby="guard-title">
      <h2 id="guard-title">{t('guardTitle')}</h2>
      <p>{t('guardIntro')}</p>
      {guard ? (
        <fieldset class="fieldset" id="guard-mode" aria-describedby={guard.locked ? 'guard-locked' : undefined} disabled={guard.locked}>
          <legend class="fieldset__legend">{t('guardModeLegend')}</legend>
          {guard.locked ? <p class="hint" id="guard-locked"><strong class="tag tag--organisation">{t('orgTitle')}</strong></p> : null}
          <div class="radios">
            {CASE_DATA_MODES.map((mode) => (
              <div class="radios__item" key={mode}>
                <input class="radios__input" type="radio" name="guard-mode" id={`guard-mode-${mode}`} value={mode}
                  checked={guard.mode === mode} onChange={() => void choose(mode)} />
                <label class="radios__label" for={`guard-mode-${mode}`}>{modeText(mode)}</label>
              </div>
            ))}
          </div>
        </fieldset>
      ) : null}
      <p class="status" role="status" id="guard-status">{status}</p>
      <h3 id="guard-notes-title" tabIndex={-1}>{t('guardNotesTitle')}</h3>
      {flagged === undefined ? null : flagged.length === 0 ? <p id="guard-notes-none">{t('guardNotesNone')}</p> : (
        <ul class="list list--bullet" id="guard-notes" aria-labelledby="guard-notes-title">
          {flagged.map((note) => (
            <li key={note.id} data-note-id={note.id}>
              <a href={note.target.source} target="_blank" rel="noreferrer">{t('guardNoteOn', note.pageTitle || note.target.source)}</a>
              <span class="block">“{note.body.slice(0, 200)}”</span>
              <ul class="list">{noteCaseData(note).map((f) => <li key={`${f.field}${f.start}`}>{findingText(f)}</li>)}</ul>
              <button type="button" class="link-button link-button--warning" onClick={() => void remove(note)}>
                {tRich('guardNoteDelete', <span class="visually-hidden">{t('guardNoteDeleteWhere', note.pageTitle || note.target.source)}</span>)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The notes of a backup file that look like they hold case data: each note's number in the file (from 1),
 * its page and what was found. The file has already passed the background's checks when this runs.
 */
export function caseDataInBackup(text: string): Array<{ readonly number: number; readonly title: string; readonly found: string }> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return [];
  return notesWithCaseData(parsed.value.notes).map(({ number, note, findings }) => ({
    number, title: note.pageTitle || note.target.source, found: findings.map(findingText).join('; '),
  }));
}

/** The warning after an import: which imported notes look like they hold case data (the import went ahead). */
export function ImportCaseDataWarning({ notes }: { notes: ReturnType<typeof caseDataInBackup> }) {
  if (notes.length === 0) return null;
  return (
    <div class="warning-panel" id="import-case-data" role="alert">
      <h4 class="label" id="import-case-data-title">{t('importCaseDataTitle')}</h4>
      <p>{t('importCaseDataIntro')}</p>
      <ul class="list list--bullet" aria-labelledby="import-case-data-title">
        {notes.map((n) => <li key={n.number}>{t('importCaseDataNote', String(n.number), n.title, n.found)}</li>)}
      </ul>
      <p><a href="#guard-notes-title">{t('guardNotesTitle')}</a></p>
    </div>
  );
}

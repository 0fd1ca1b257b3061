/** The note surfaces: the editor, the note card, the "Add note" button, the undo bar and the list of notes not found. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { findCaseData, type CaseDataFinding, type CaseDataMode } from '../../core/case-data';
import { t } from '../../shared/i18n';
import { findingText } from '../../ui/case-data-words';
import type { AnchorState, Note } from '../../shared/types';
import { languageTag } from '../../ui/labels';

const shorten = (text: string, max = 280) => (text.length > max ? `${text.slice(0, max)}…` : text);
const when = (iso: string) => new Date(iso).toLocaleString(languageTag(), { dateStyle: 'medium', timeStyle: 'short' });

/** Props of the note editor. */
export interface EditorProps {
  readonly quote: string;
  readonly initial: string;
  readonly editing: boolean;
  readonly error?: string;
  /** The case-data guard's mode: off saves at once; warn names what looks like case data, with Save anyway and Edit; block names it and does not save. */
  readonly guard?: CaseDataMode;
  readonly onSave: (body: string) => void;
  readonly onCancel: () => void;
}

/**
 * The note editor: a non-modal dialog named by its title and described by the passage, with a
 * labelled text box, Save and Cancel; Escape cancels, Ctrl+Enter saves. Before saving it checks the
 * text for case data, as the guard's mode says.
 */
export function NoteEditor({ quote, initial, editing, error, guard = 'off', onSave, onCancel }: EditorProps) {
  const [body, setBody] = useState(initial);
  /** What the guard found in the text the reader last tried to save; cleared when the text changes. */
  const [found, setFound] = useState<readonly CaseDataFinding[]>([]);
  const box = useRef<HTMLTextAreaElement>(null);
  const anyway = useRef<HTMLButtonElement>(null);
  // Focus before the next keystroke can arrive: a reader types straight after the shortcut.
  useLayoutEffect(() => box.current?.focus(), []);
  const warned = found.length > 0;
  // The warning takes the focus to its first button (Save anyway) in warn mode; in block mode the text box keeps it.
  useLayoutEffect(() => { if (warned) anyway.current?.focus(); }, [warned]);
  const trySave = (text: string) => {
    const findings = guard === 'off' ? [] : findCaseData(text);
    if (findings.length === 0) { onSave(text); return; }
    setFound(findings);
    if (guard === 'block') box.current?.focus();
  };
  const backToText = () => { setFound([]); box.current?.focus(); };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); onCancel(); }
    // What the box holds now: a Ctrl+Enter straight after typing can come before the state's re-render.
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); trySave(box.current?.value ?? body); }
  };
  const described = [error ? 'pl-editor-error' : '', warned ? 'pl-editor-guard' : '', 'pl-editor-keys'].filter(Boolean).join(' ');
  return (
    <div class="panel editor" role="dialog" aria-labelledby="pl-editor-title" aria-describedby="pl-editor-quote" onKeyDown={onKey}>
      <p class="panel-title" id="pl-editor-title">{editing ? t('noteEditTitle') : t('noteAddTitle')}</p>
      <blockquote class="quote" id="pl-editor-quote">{shorten(quote)}</blockquote>
      {error ? <p class="error" role="alert" id="pl-editor-error">{error}</p> : null}
      <label class="label" for="pl-note-body">{t('noteBodyLabel')}</label>
      <p class="hint" id="pl-editor-keys">{t('noteEditorKeys')}</p>
      <textarea id="pl-note-body" ref={box} rows={5} value={body} onInput={(e) => { setBody(e.currentTarget.value); setFound([]); }}
        aria-describedby={described} aria-invalid={error || warned ? true : undefined} />
      {warned ? (
        <div class="guard" id="pl-editor-guard" role="alert">
          {found.map((f) => <p class="error" key={`${f.start}`}>{findingText(f)}</p>)}
          <p class="hint">{guard === 'block' ? t('guardEditorBlocked') : t('guardEditorWarn')}</p>
        </div>
      ) : null}
      {warned && guard === 'warn' ? (
        <div class="actions">
          <button type="button" class="button warning" ref={anyway} onClick={() => onSave(box.current?.value ?? body)}>{t('guardSaveAnyway')}</button>
          <button type="button" class="button" onClick={backToText}>{t('guardEdit')}</button>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="button primary" onClick={() => trySave(box.current?.value ?? body)}>{t('save')}</button>
          <button type="button" class="button" onClick={onCancel}>{t('cancel')}</button>
        </div>
      )}
    </div>
  );
}

/** Props of the note card. */
export interface NoteCardProps {
  readonly note: Note;
  readonly state: AnchorState;
  /** The passage as it reads now, when it changed. */
  readonly current?: string;
  readonly focus: boolean;
  /** Why the last action on it failed, shown above its buttons. */
  readonly error?: string;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
}

/** A note on its passage, as a non-modal dialog: its text, date, state, Edit and Delete. */
export function NoteCard({ note, state, current, focus, error, onEdit, onDelete }: NoteCardProps) {
  const first = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => { if (focus) first.current?.focus(); }, [focus, note.id]);
  return (
    <div class="card note-card" id="probation-lens-note" role="dialog" aria-labelledby="pl-note-title" aria-describedby="pl-note-body-text">
      <p class="term" id="pl-note-title">{t('noteCardTitle')}</p>
      <p class="note-body" id="pl-note-body-text">{note.body}</p>
      <p class="meta">{t('noteSavedAt', when(note.modified))}</p>
      {state === 'changed' ? (
        <div class="changed">
          <p><strong>{t('notePassageChanged')}</strong></p>
          <p class="label">{t('noteYouNoted')}</p><blockquote class="quote">{shorten(note.target.quote.exact)}</blockquote>
          <p class="label">{t('noteNowReads')}</p><blockquote class="quote">{shorten(current ?? '')}</blockquote>
        </div>
      ) : null}
      {error ? <p class="error" id="pl-note-error">{error}</p> : null}
      <div class="actions">
        <button type="button" class="button" ref={first} onClick={onEdit}>{t('edit')}</button>
        <button type="button" class="button warning" onClick={onDelete}>{t('delete')}</button>
      </div>
    </div>
  );
}

/** The small button that appears beside a selection. */
export function AddNoteButton({ onAdd }: { readonly onAdd: () => void }) {
  return <button type="button" class="button primary floating" onMouseDown={(e) => e.preventDefault()} onClick={onAdd}>{t('noteAddButton')}</button>;
}

/**
 * The bar offering to undo a deletion. The button it replaced has gone, so the focus moves to Undo;
 * the live region has already said the note was deleted.
 */
export function UndoBar({ onUndo, error }: { readonly onUndo: () => void; readonly error?: string }) {
  const button = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => button.current?.focus(), []);
  return (
    <div class="panel toast" role="group" aria-labelledby="pl-undo-text">
      <span id="pl-undo-text">{t('noteDeletedBar')}</span> <button type="button" class="button" ref={button} onClick={onUndo}
        aria-describedby={error ? 'pl-undo-error' : undefined}>{t('undo')}</button>
      {error ? <p class="error" id="pl-undo-error">{error}</p> : null}
    </div>
  );
}

/** The notes of this page whose passage is no longer on it: listed, never placed elsewhere. */
export function OrphanList({ notes, onDelete }: { readonly notes: readonly Note[]; readonly onDelete: (n: Note) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div class="panel orphans" role="region" aria-label={t('noteOrphansRegion')}>
      <button type="button" class="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {notes.length === 1 ? t('noteOrphansOne') : t('noteOrphansMany', notes.length)}
      </button>
      {open ? (
        <ul>
          {notes.map((n) => (
            <li key={n.id}>
              <blockquote class="quote">{shorten(n.target.quote.exact, 160)}</blockquote>
              <p class="note-body">{shorten(n.body, 400)}</p>
              <button type="button" class="button warning" onClick={() => onDelete(n)}>{t('delete')}</button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The note surfaces: the editor, the note card, the "Add note" button, the undo bar and the list of notes not found. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnchorState, Note } from '../../shared/types';

const shorten = (text: string, max = 280) => (text.length > max ? `${text.slice(0, max)}…` : text);
const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Props of the note editor. */
export interface EditorProps {
  readonly quote: string;
  readonly initial: string;
  readonly editing: boolean;
  readonly error?: string;
  readonly onSave: (body: string) => void;
  readonly onCancel: () => void;
}

/** The note editor: a labelled text box with Save and Cancel; Escape cancels, Ctrl+Enter saves. */
export function NoteEditor({ quote, initial, editing, error, onSave, onCancel }: EditorProps) {
  const [body, setBody] = useState(initial);
  const box = useRef<HTMLTextAreaElement>(null);
  // Focus before the next keystroke can arrive: a reader types straight after the shortcut.
  useLayoutEffect(() => box.current?.focus(), []);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); onCancel(); }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); onSave(body); }
  };
  return (
    <div class="panel editor" role="dialog" aria-labelledby="pl-editor-title" onKeyDown={onKey}>
      <p class="panel-title" id="pl-editor-title">{editing ? 'Edit note' : 'Add a private note'}</p>
      <blockquote class="quote">{shorten(quote)}</blockquote>
      {error ? <p class="error" role="alert">{error}</p> : null}
      <label class="label" for="pl-note-body">Note (only on this device)</label>
      <textarea id="pl-note-body" ref={box} rows={5} value={body} onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)} />
      <div class="actions">
        <button type="button" class="button primary" onClick={() => onSave(body)}>Save</button>
        <button type="button" class="button" onClick={onCancel}>Cancel</button>
      </div>
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
  readonly onEdit: () => void;
  readonly onDelete: () => void;
}

/** A note on its passage: its text, date, state, Edit and Delete. */
export function NoteCard({ note, state, current, focus, onEdit, onDelete }: NoteCardProps) {
  const first = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => { if (focus) first.current?.focus(); }, [focus, note.id]);
  return (
    <div class="card note-card" id="probation-lens-note" role="dialog" aria-label="Your note">
      <p class="term">Your note</p>
      <p class="note-body">{note.body}</p>
      <p class="meta">Saved {when(note.modified)}</p>
      {state === 'changed' ? (
        <div class="changed">
          <p><strong>The passage has changed since you wrote this.</strong></p>
          <p class="label">You noted:</p><blockquote class="quote">{shorten(note.target.quote.exact)}</blockquote>
          <p class="label">It now reads:</p><blockquote class="quote">{shorten(current ?? '')}</blockquote>
        </div>
      ) : null}
      <div class="actions">
        <button type="button" class="button" ref={first} onClick={onEdit}>Edit</button>
        <button type="button" class="button warning" onClick={onDelete}>Delete</button>
      </div>
    </div>
  );
}

/** The small button that appears beside a selection. */
export function AddNoteButton({ onAdd }: { readonly onAdd: () => void }) {
  return <button type="button" class="button primary floating" onMouseDown={(e) => e.preventDefault()} onClick={onAdd}>Add note</button>;
}

/** The bar offering to undo a deletion. */
export function UndoBar({ onUndo }: { readonly onUndo: () => void }) {
  return (
    <div class="panel toast" role="status">
      <span>Note deleted.</span> <button type="button" class="button" onClick={onUndo}>Undo</button>
    </div>
  );
}

/** The notes of this page whose passage is no longer on it: listed, never placed elsewhere. */
export function OrphanList({ notes, onDelete }: { readonly notes: readonly Note[]; readonly onDelete: (n: Note) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div class="panel orphans" role="region" aria-label="Notes not found on this page">
      <button type="button" class="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {notes.length === 1 ? '1 note' : `${notes.length} notes`} not found on this page
      </button>
      {open ? (
        <ul>
          {notes.map((n) => (
            <li key={n.id}>
              <blockquote class="quote">{shorten(n.target.quote.exact, 160)}</blockquote>
              <p class="note-body">{shorten(n.body, 400)}</p>
              <button type="button" class="button warning" onClick={() => onDelete(n)}>Delete</button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

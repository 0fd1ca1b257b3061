/** The Notes panel: this page's notes with how each was found, and a search over every note; choosing one shows it at its passage. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { errorText } from '../ui/error-text';
import { t, type MessageKey } from '../shared/i18n';
import { callBackground, callTab } from '../shared/messaging';
import type { AnchorState, Note } from '../shared/types';
import { filterNotes, shorten } from './note-filter';
import { languageTag } from '../ui/labels';
import type { TargetTab } from './target';

const DATE = new Intl.DateTimeFormat(languageTag(), { day: 'numeric', month: 'long', year: 'numeric' });

const STATE_LABEL: Record<AnchorState, MessageKey> = {
  exact: 'noteStateExact',
  changed: 'noteStateChanged',
  orphan: 'noteStateOrphan',
};

/** Where choosing a note goes: its passage on the current tab when it is placed there, else its page. */
type Opener = (note: Note) => void;

function NoteItem({ note, state, open }: { note: Note; state?: AnchorState; open: Opener }) {
  return (
    <li class="note">
      <button type="button" class="note__open" onClick={() => open(note)}>
        <span class="note__quote">{t('popupNoteQuote', shorten(note.target.quote.exact))}</span>
        {state ? <span class={`note__state note__state--${state}`}>{t(STATE_LABEL[state])}</span> : null}
        <span class="note__body">{note.body}</span>
        <span class="note__meta">{t('popupNoteMeta', DATE.format(new Date(note.modified)), note.pageTitle || note.target.source)}</span>
      </button>
    </li>
  );
}

// Notes rendered at first, and added by each "Show more": a list of thousands would hold the popup up.
const PAGE = 50;

function NoteList({ notes, empty, label, states, open }: {
  notes: readonly Note[]; empty: string; label: string; states: Record<string, AnchorState>; open: Opener;
}) {
  const [limit, setLimit] = useState(PAGE);
  if (notes.length === 0) return <p class="hint">{empty}</p>;
  const shown = notes.length > limit ? notes.slice(0, limit) : notes;
  return (
    <>
      <ul class="notes" aria-label={label}>{shown.map((n) => <NoteItem key={n.id} note={n} state={states[n.id]} open={open} />)}</ul>
      {shown.length < notes.length ? (
        <p class="notes__more">
          <span>{t('popupNotesShowing', shown.length, notes.length)}</span>{' '}
          <button type="button" class="button button--secondary" onClick={() => setLimit(limit + PAGE)}>
            {t('popupNotesShowMore', Math.min(PAGE, notes.length - shown.length))}
          </button>
        </p>
      ) : null}
    </>
  );
}

/** The notes panel. */
export function Notes({ tab }: { tab: TargetTab | undefined }) {
  const [here, setHere] = useState<readonly Note[] | undefined>(undefined);
  const [all, setAll] = useState<readonly Note[] | undefined>(undefined);
  const [query, setQuery] = useState('');
  const [error, setError] = useState('');
  const [states, setStates] = useState<Record<string, AnchorState>>({});
  useEffect(() => {
    const fail = (e: unknown) => setError(errorText(e));
    if (tab?.identity) callBackground('notesForPage', tab.identity).then(setHere, fail);
    else setHere([]);
    if (tab) callTab(tab.id, 'noteStates', {}).then(setStates, () => setStates({}));
    callBackground('listNotes', {}).then(setAll, fail);
  }, [tab?.source]);
  const open: Opener = (note) => {
    const placedHere = tab !== undefined && states[note.id] !== undefined && states[note.id] !== 'orphan';
    if (placedHere) void callTab(tab.id, 'showNote', { id: note.id }).then(() => browser.tabs.update(tab.id, { active: true }));
    // A PDF opened from this computer is filed under its urn:x-pdf: name, which no tab can open.
    else if (/^https?:/i.test(note.target.source)) void browser.tabs.create({ url: note.target.source });
  };
  const found = useMemo(() => filterNotes(all ?? [], query), [all, query]);
  return (
    <div class="notes-panel">
      {error ? <p class="error-text" role="alert">{t('popupNotesError', error)}</p> : null}
      <h2 class="heading-s">{t('popupNotesOnPage')}</h2>
      {here === undefined ? null : <NoteList notes={filterNotes(here, '')} states={states} open={open} label={t('popupNotesOnPageLabel')} empty={t('popupNotesOnPageEmpty')} />}
      <h2 class="heading-s"><label for="notes-query">{t('popupNotesSearch')}</label></h2>
      <input id="notes-query" class="input" type="search" autocomplete="off" value={query}
        onInput={(e) => setQuery(e.currentTarget.value)} />
      <p class="visually-hidden" aria-live="polite">{query ? t(found.length === 1 ? 'popupNotesOne' : 'popupNotesMany', found.length) : ''}</p>
      {all === undefined ? null : <NoteList notes={found} states={states} open={open} label={t('popupAllNotes')} empty={query ? t('popupNoNoteMatches', query) : t('popupNoNotes')} />}
    </div>
  );
}

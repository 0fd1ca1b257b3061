/** Section 1: the reader's own terms, with the form to add or change one. */
import { useEffect, useState } from 'preact/hooks';
import { termFromHash } from '../shared/add-term';
import { t } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import type { GlossaryEntry } from '../shared/types';
import { categoryLabel } from '../ui/labels';
import { tRich } from '../ui/rich';
import { errorText } from '../ui/error-text';
import { TermForm } from './term-form';

/** The personal glossary; `version` changes when an import or delete elsewhere on the page changed the data. */
export function GlossarySection({ version }: { version: number }) {
  const [terms, setTerms] = useState<GlossaryEntry[] | undefined>(undefined);
  const [editing, setEditing] = useState<GlossaryEntry | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  // options.html#add-term=XYZ (the card's or the popup's "Add a definition"): the form starts with XYZ filled in.
  const [prefill] = useState(() => termFromHash(location.hash));
  const load = () => callBackground('personalGlossary', {})
    .then((all) => setTerms([...all].sort((a, b) => a.term.localeCompare(b.term))), (e: unknown) => setError(errorText(e)));
  useEffect(() => { void load(); }, [version]);

  const saved = (entry: GlossaryEntry) => {
    setStatus(t('optionsTermSaved', entry.term));
    setEditing(undefined);
    void load();
  };
  const remove = async (entry: GlossaryEntry) => {
    try {
      await callBackground('deletePersonalTerm', { term: entry.term });
      setStatus(t('optionsTermDeleted', entry.term));
      if (editing?.term === entry.term) setEditing(undefined);
      void load();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const change = (entry: GlossaryEntry) => {
    setEditing(entry);
    // The form is below the table: take the keyboard there as a mouse user's eyes would go.
    requestAnimationFrame(() => document.getElementById('term-abbreviation')?.focus());
  };

  return (
    <section aria-labelledby="glossary-title">
      <h2 id="glossary-title">{t('optionsGlossaryTitle')}</h2>
      <p>{t('optionsGlossaryIntro')}</p>
      {error ? <p class="error-message" role="alert">{t('somethingWentWrong', error)}</p> : null}
      <p class="status" role="status">{status}</p>
      {terms === undefined ? <p>{t('loading')}</p> : terms.length === 0 ? <p id="glossary-empty">{t('optionsGlossaryEmpty')}</p> : (
        <table class="table" id="glossary-table">
          <caption class="visually-hidden">{t('optionsGlossaryCaption')}</caption>
          <thead><tr><th scope="col">{t('optionsColumnTerm')}</th><th scope="col">{t('optionsColumnMeaning')}</th><th scope="col">{t('optionsColumnCategory')}</th><th scope="col"><span class="visually-hidden">{t('optionsColumnActions')}</span></th></tr></thead>
          <tbody>
            {terms.map((entry) => (
              <tr key={entry.term}>
                <th scope="row" class="term-cell">{entry.term}</th>
                <td>{entry.senses[0]?.expansion}{entry.senses[0]?.definition ? <span class="hint block">{entry.senses[0].definition}</span> : null}</td>
                <td>{categoryLabel(entry.senses[0]?.category ?? 'other')}</td>
                <td class="actions">
                  <button type="button" class="link-button" onClick={() => change(entry)}>{tRich('optionsChangeTerm', <span class="visually-hidden">{entry.term}</span>)}</button>
                  <button type="button" class="link-button link-button--warning" onClick={() => void remove(entry)}>{tRich('optionsDeleteTerm', <span class="visually-hidden">{entry.term}</span>)}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <TermForm terms={terms ?? []} editing={editing} prefill={prefill} onSaved={saved} onCancel={() => setEditing(undefined)} />
    </section>
  );
}

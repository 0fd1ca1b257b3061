/** Section 1: the reader's own terms, with the form to add or change one. */
import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '../shared/messaging';
import type { GlossaryEntry } from '../shared/types';
import { CATEGORY_LABELS } from './term-validation';
import { TermForm } from './term-form';

const categoryLabel = new Map(CATEGORY_LABELS);

/** The personal glossary; `version` changes when an import or delete elsewhere on the page changed the data. */
export function GlossarySection({ version }: { version: number }) {
  const [terms, setTerms] = useState<GlossaryEntry[] | undefined>(undefined);
  const [editing, setEditing] = useState<GlossaryEntry | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const load = () => callBackground('personalGlossary', {})
    .then((all) => setTerms([...all].sort((a, b) => a.term.localeCompare(b.term))), (e: unknown) => setError(String(e)));
  useEffect(() => { void load(); }, [version]);

  const saved = (entry: GlossaryEntry) => {
    setStatus(`${entry.term} was saved. Open pages show it straight away.`);
    setEditing(undefined);
    void load();
  };
  const remove = async (entry: GlossaryEntry) => {
    try {
      await callBackground('deletePersonalTerm', { term: entry.term });
      setStatus(`${entry.term} was deleted.`);
      if (editing?.term === entry.term) setEditing(undefined);
      void load();
    } catch (e) {
      setError(String(e));
    }
  };
  const change = (entry: GlossaryEntry) => {
    setEditing(entry);
    // The form is below the table: take the keyboard there as a mouse user's eyes would go.
    requestAnimationFrame(() => document.getElementById('term-abbreviation')?.focus());
  };

  return (
    <section aria-labelledby="glossary-title">
      <h2 id="glossary-title">Your personal glossary</h2>
      <p>Terms you add here are explained on every page, before the built-in glossary. They stay on this device.</p>
      {error ? <p class="error-message" role="alert">Something went wrong: {error}</p> : null}
      <p class="status" role="status">{status}</p>
      {terms === undefined ? <p>Loading…</p> : terms.length === 0 ? <p id="glossary-empty">You have not added any terms yet.</p> : (
        <table class="table" id="glossary-table">
          <caption class="visually-hidden">Your terms</caption>
          <thead><tr><th scope="col">Term</th><th scope="col">Meaning</th><th scope="col">Category</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {terms.map((t) => (
              <tr key={t.term}>
                <th scope="row" class="term-cell">{t.term}</th>
                <td>{t.senses[0]?.expansion}{t.senses[0]?.definition ? <span class="hint block">{t.senses[0].definition}</span> : null}</td>
                <td>{categoryLabel.get(t.senses[0]?.category ?? 'other')}</td>
                <td class="actions">
                  <button type="button" class="link-button" onClick={() => change(t)}>Change<span class="visually-hidden"> {t.term}</span></button>
                  <button type="button" class="link-button link-button--warning" onClick={() => void remove(t)}>Delete<span class="visually-hidden"> {t.term}</span></button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <TermForm terms={terms ?? []} editing={editing} onSaved={saved} onCancel={() => setEditing(undefined)} />
    </section>
  );
}

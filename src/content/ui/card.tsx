/** The definition card: the term, its senses (most likely first) and where the definition comes from. */
import type { GlossaryEntry, Sense } from '../../shared/types';

const CATEGORY_LABEL: Record<Sense['category'], string> = {
  organisation: 'Organisation', role: 'Role', process: 'Process', system: 'System',
  document: 'Document', legislation: 'Legislation', other: 'Term',
};

/** Props of the card: which entry, and the form the page used. */
export interface CardProps {
  readonly id: string;
  readonly entry: GlossaryEntry;
  /** The text as written on the page, e.g. "SFOs". */
  readonly written: string;
}

/** Renders one glossary entry as a card; all text is rendered as text, never as HTML. */
export function Card({ id, entry, written }: CardProps) {
  const [first, ...others] = entry.senses;
  if (first === undefined) return null;
  return (
    <div class="card" id={id} role="tooltip">
      <p class="term" lang="en-GB">{entry.term}{written !== entry.term ? <span class="visually-hidden"> (written {written})</span> : null}</p>
      <p class="expansion">{first.expansion}</p>
      {first.definition ? <p class="definition">{first.definition}</p> : null}
      <p class="meta">{CATEGORY_LABEL[first.category]} · Built-in glossary</p>
      {others.length > 0 ? (
        <div class="others">
          <p class="others-title">Other meanings</p>
          <ul>
            {others.map((s) => (
              <li key={s.expansion}>{s.expansion} <span class="meta-inline">({CATEGORY_LABEL[s.category].toLowerCase()})</span></li>
            ))}
          </ul>
        </div>
      ) : null}
      <p class="hint">Esc to close · Alt+Shift+J / K for next / previous term</p>
    </div>
  );
}

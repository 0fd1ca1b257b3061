/** The definition card: the term, its meanings (most likely first) and where the meaning comes from. */
import type { CardModel, CardSense } from '../../core/card-model';

const CATEGORY_LABEL: Record<NonNullable<CardSense['category']>, string> = {
  organisation: 'Organisation', role: 'Role', process: 'Process', system: 'System',
  document: 'Document', legislation: 'Legislation', other: 'Term',
};

const SOURCE_LABEL: Record<CardModel['source'], string> = {
  glossary: 'Built-in glossary',
  personal: 'Your personal glossary',
  page: 'Defined on this page',
  unknown: 'Not explained',
};

/** Props of the card: the model, and the id the live region points at. */
export interface CardProps {
  readonly id: string;
  readonly model: CardModel;
}

/** Renders a card; all text is rendered as text, never as HTML. */
export function Card({ id, model }: CardProps) {
  const [first, ...others] = model.senses;
  return (
    <div class={`card card-${model.source}`} id={id} role="tooltip">
      <p class="term" lang="en-GB">
        {model.title}
        {model.written ? <span class="visually-hidden"> (written {model.written})</span> : null}
      </p>
      {first ? <p class="expansion">{first.expansion}</p> : null}
      {model.renamed ? (
        <p class="renamed"><strong>Now called:</strong> {model.renamed.now}{model.renamed.note ? ` (${model.renamed.note})` : ''}</p>
      ) : null}
      {first?.definition ? <p class="definition">{first.definition}</p> : null}
      {model.definedBy ? <blockquote class="defined-by">{model.definedBy}</blockquote> : null}
      {model.source === 'unknown' ? (
        <>
          <p class="definition">This abbreviation is not in the glossary, and this page does not explain it.</p>
          <p class="hint">Adding your own definition is coming: it will be kept in your personal glossary on this device (toolbar button, then Personal glossary), never sent anywhere.</p>
        </>
      ) : null}
      <p class="meta">{first?.category ? `${CATEGORY_LABEL[first.category]} · ` : ''}{SOURCE_LABEL[model.source]}</p>
      {others.length > 0 ? (
        <div class="others">
          <p class="others-title">Other meanings</p>
          <ul>
            {others.map((s) => (
              <li key={s.expansion}>{s.expansion}{s.category ? ` (${CATEGORY_LABEL[s.category].toLowerCase()})` : ''}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p class="hint">Esc to close · Alt+Shift+J / K for next / previous term</p>
    </div>
  );
}

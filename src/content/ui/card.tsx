/** The definition card: the term, its meanings (most likely first) and where the meaning comes from. */
import type { CardModel, CardSense } from '../../core/card-model';
import { t, type MessageKey } from '../../shared/i18n';
import { categoryLabel, languageTag, sourceLabel, type MeaningSource } from '../../ui/labels';

// The card calls a term without a category a "Term", where lists say "Other".
const category = (c: NonNullable<CardSense['category']>) => (c === 'other' ? t('cardCategoryOther') : categoryLabel(c));

const SOURCE: Record<CardModel['source'], MeaningSource> = {
  glossary: 'built-in', team: 'team', personal: 'personal', page: 'page', unknown: 'unknown',
};

/** Props of the card: the model, and the id the live region points at. */
export interface CardProps {
  readonly id: string;
  readonly model: CardModel;
  /**
   * "Add a definition" on the card of an abbreviation nobody explains: opens the personal-glossary form with
   * the term filled in (the background's openAddTerm); once saved there, the page explains it at once.
   */
  readonly onAddDefinition?: (term: string) => void;
}

/** What a screen reader hears when a card opens by keyboard: the term, its meaning, a new name and the definition. */
export function cardAnnouncement(model: CardModel): string {
  const first = model.senses[0];
  if (!first) return t('cardAnnounceUnknown', model.title);
  const parts = [t('cardAnnounce', model.title, first.expansion)];
  if (model.renamed) parts.push(t('cardAnnounceRenamed', model.renamed.now));
  if (model.replaces) parts.push(t('cardAnnounceReplaces', model.replaces.old));
  if (first.definition) parts.push(first.definition);
  return parts.join(' ');
}

/**
 * Renders a card; all text is rendered as text, never as HTML. It is a tooltip: it opens from the
 * pointer or the keyboard commands, takes no focus, and its content is what the live region reads.
 */
export function Card({ id, model, onAddDefinition }: CardProps) {
  const [first, ...others] = model.senses;
  const source = sourceLabel(SOURCE[model.source]);
  const renamedKey: MessageKey = model.renamed?.note ? 'cardRenamedWithNote' : 'cardRenamed';
  return (
    <div class={`card card-${model.source}`} id={id} role="tooltip">
      <p class="term" lang="en-GB">
        {model.title}
        {model.written ? <span class="visually-hidden"> {t('cardWritten', model.written)}</span> : null}
      </p>
      {first ? <p class="expansion">{first.expansion}</p> : null}
      {model.renamed ? (
        <p class="renamed"><strong>{t('cardNowCalled')}</strong> {t(renamedKey, model.renamed.now, model.renamed.note ?? '')}</p>
      ) : null}
      {model.replaces ? (
        <p class="renamed"><strong>{t('cardReplaces')}</strong> {t(model.replaces.note ? 'cardRenamedWithNote' : 'cardRenamed', model.replaces.old, model.replaces.note ?? '')}</p>
      ) : null}
      {first?.definition ? <p class="definition">{first.definition}</p> : null}
      {first?.source ? <p class="source">{t('cardSource', first.source)}</p> : null}
      {model.definedBy ? <blockquote class="defined-by">{model.definedBy}</blockquote> : null}
      {model.source === 'unknown' ? (
        <>
          <p class="definition">{t('cardUnknown')}</p>
          <p class="hint">{t('cardUnknownHint')}</p>
          {/* The card stays open while the pointer is on it, so the button can be reached; the popup's look-up offers the same. */}
          {onAddDefinition ? <p><button type="button" class="button" onClick={() => onAddDefinition(model.title)}>{t('cardAddDefinition')}</button></p> : null}
        </>
      ) : null}
      <p class="meta">{first?.category ? t('labelAndSource', category(first.category), source) : source}</p>
      {others.length > 0 ? (
        <div class="others">
          <p class="others-title" id={`${id}-others`}>{t('otherMeanings')}</p>
          <ul aria-labelledby={`${id}-others`}>
            {others.map((s) => (
              <li key={s.expansion}>
                {s.category ? t('cardOtherMeaning', s.expansion, category(s.category).toLocaleLowerCase(languageTag())) : s.expansion}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p class="hint">{t('cardKeysHint')}</p>
    </div>
  );
}

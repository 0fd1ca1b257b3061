/** The look-up's results (a listbox the search box controls) and the opened result. */
import type { SearchResult } from '../core/search';
import { t } from '../shared/i18n';
import { categoryLabel, sourceLabel } from '../ui/labels';
import { tRich } from '../ui/rich';

/** The id of a result's option, for aria-activedescendant. */
export const optionId = (index: number) => `lookup-result-${index}`;

/** The results as options; the active one is announced through the search box's aria-activedescendant. */
export function ResultList({ results, active, onOpen }: {
  results: readonly SearchResult[]; active: number; onOpen: (index: number) => void;
}) {
  return (
    <ul role="listbox" id="lookup-results" class="results" aria-label={t('popupResults')}>
      {results.map((r, i) => (
        <li role="option" id={optionId(i)} key={`${r.source}:${r.entry.term}`} aria-selected={i === active}
          class={i === active ? 'result result--active' : 'result'} onClick={() => onOpen(i)}>
          <span class="result__term">{r.entry.term}</span>{' '}
          <span class="result__expansion">{r.entry.senses.map((s) => s.expansion).join('; ')}</span>
          {r.source !== 'built-in' ? <>{' '}<span class="result__source">{t('inBrackets', sourceLabel(r.source))}</span></> : null}
        </li>
      ))}
    </ul>
  );
}

/** One opened result: every sense with its definition and category, and where it comes from. */
export function ResultDetail({ result, onBack }: { result: SearchResult; onBack: () => void }) {
  const [first, ...others] = result.entry.senses;
  return (
    <section class="detail" aria-labelledby="detail-term">
      <h2 class="heading-m" id="detail-term">{result.entry.term}</h2>
      {first ? (
        <>
          <p class="detail__expansion">{first.expansion}</p>
          {first.definition ? <p>{first.definition}</p> : null}
          <p class="hint">{t('labelAndSource', categoryLabel(first.category), sourceLabel(result.source))}</p>
        </>
      ) : null}
      {result.entry.renamed ? (
        <p class="inset">{result.entry.renamed.note
          ? tRich('popupNowCalledWithNote', <strong>{result.entry.renamed.now}</strong>, result.entry.renamed.note)
          : tRich('popupNowCalled', <strong>{result.entry.renamed.now}</strong>)}</p>
      ) : null}
      {others.length > 0 ? (
        <>
          <h3 class="heading-s">{t('otherMeanings')}</h3>
          <ul class="senses">
            {others.map((s) => (
              <li key={s.expansion}>
                <strong>{s.expansion}</strong> <span class="hint">{t('inBrackets', categoryLabel(s.category))}</span>
                {s.definition ? <><br />{s.definition}</> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" class="button button--secondary" onClick={onBack}>{t('popupBackToResults')}</button>
    </section>
  );
}

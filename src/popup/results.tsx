/** The look-up's results (a listbox the search box controls) and the opened result. */
import type { SearchResult } from '../core/search';
import type { Category } from '../shared/types';
import { SOURCE_LABEL } from './glossaries';

const CATEGORY: Record<Category, string> = {
  organisation: 'Organisation', role: 'Role', process: 'Process', system: 'System',
  document: 'Document', legislation: 'Legislation', other: 'Other',
};

/** The id of a result's option, for aria-activedescendant. */
export const optionId = (index: number) => `lookup-result-${index}`;

/** The results as options; the active one is announced through the search box's aria-activedescendant. */
export function ResultList({ results, active, onOpen }: {
  results: readonly SearchResult[]; active: number; onOpen: (index: number) => void;
}) {
  return (
    <ul role="listbox" id="lookup-results" class="results" aria-label="Results">
      {results.map((r, i) => (
        <li role="option" id={optionId(i)} key={`${r.source}:${r.entry.term}`} aria-selected={i === active}
          class={i === active ? 'result result--active' : 'result'} onClick={() => onOpen(i)}>
          <span class="result__term">{r.entry.term}</span>{' '}
          <span class="result__expansion">{r.entry.senses.map((s) => s.expansion).join('; ')}</span>
          {r.source !== 'built-in' ? <span class="result__source"> ({SOURCE_LABEL[r.source]})</span> : null}
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
          <p class="hint">{CATEGORY[first.category]} · {SOURCE_LABEL[result.source]}</p>
        </>
      ) : null}
      {result.entry.renamed ? (
        <p class="inset">Now called <strong>{result.entry.renamed.now}</strong>{result.entry.renamed.note ? ` (${result.entry.renamed.note})` : ''}.</p>
      ) : null}
      {others.length > 0 ? (
        <>
          <h3 class="heading-s">Other meanings</h3>
          <ul class="senses">
            {others.map((s) => (
              <li key={s.expansion}>
                <strong>{s.expansion}</strong> <span class="hint">({CATEGORY[s.category]})</span>
                {s.definition ? <><br />{s.definition}</> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" class="button button--secondary" onClick={onBack}>Back to results</button>
    </section>
  );
}

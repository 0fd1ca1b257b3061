/** Recent and frequent look-ups, shown while the search box is empty; choosing one searches it. */
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../ui/error-text';
import { t } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import type { LookupCount, LookupRecord } from '../shared/types';

interface History {
  readonly recent: readonly LookupRecord[];
  readonly frequent: readonly LookupCount[];
}

/** The look-up history with a Clear history button; `version` changes reload it. */
export function LookupHistory({ onChoose, version }: { onChoose: (term: string) => void; version: number }) {
  const [history, setHistory] = useState<History | undefined>(undefined);
  const [error, setError] = useState('');
  const load = () => callBackground('lookupHistory', { limit: 8 }).then(setHistory, (e: unknown) => setError(errorText(e)));
  useEffect(() => { void load(); }, [version]);
  const clear = () => callBackground('clearLookups', {}).then(load, (e: unknown) => setError(errorText(e)));
  if (error) return <p class="error-text" role="alert">{t('popupHistoryError', error)}</p>;
  if (!history) return null;
  if (history.recent.length === 0 && history.frequent.length === 0) {
    return <p class="hint">{t('popupHistoryEmpty')}</p>;
  }
  // The same term looked up twice appears once under Recent.
  const recent = [...new Set(history.recent.map((r) => r.term))];
  return (
    <div class="history">
      <h2 class="heading-s" id="recent-heading">{t('popupRecent')}</h2>
      <ul class="chips" aria-labelledby="recent-heading">
        {recent.map((term) => (
          <li key={term}><button type="button" class="chip" onClick={() => onChoose(term)}>{term}</button></li>
        ))}
      </ul>
      <h2 class="heading-s" id="frequent-heading">{t('popupFrequent')}</h2>
      <ul class="chips" aria-labelledby="frequent-heading">
        {history.frequent.map((f) => (
          <li key={f.term}>
            <button type="button" class="chip" onClick={() => onChoose(f.term)}>
              {f.term}{' '}
              <span class="chip__count">
                <span aria-hidden="true">{f.count}</span>{' '}
                <span class="visually-hidden">{t(f.count === 1 ? 'popupLookupsOne' : 'popupLookupsMany', f.count)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="button button--secondary" onClick={() => void clear()}>{t('popupClearHistory')}</button>
    </div>
  );
}

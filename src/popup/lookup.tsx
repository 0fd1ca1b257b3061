/**
 * The look-up: a search box in the ARIA combobox pattern. Focus stays in the box; arrow keys move
 * the active result and Enter opens it, all handled here, so it behaves the same whichever browser
 * or driver delivers the keys (Firefox's BiDi input never turns Enter into a click).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BUILTIN } from '../core/builtin';
import type { SearchResult } from '../core/search';
import { addTermHash, termFromHash } from '../shared/add-term';
import { t } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import type { PageSummary } from '../shared/protocol';
import type { GlossaryEntry } from '../shared/types';
import { pageEntries, searchOver } from './glossaries';
import { LookupHistory } from './history';
import { optionId, ResultDetail, ResultList } from './results';
import type { TargetTab } from './target';

const LIMIT = 8;

/** The look-up panel. */
export function Lookup({ tab, summary }: { tab: TargetTab | undefined; summary: PageSummary | null | undefined }) {
  const [personal, setPersonal] = useState<readonly GlossaryEntry[]>([]);
  const [team, setTeam] = useState<readonly GlossaryEntry[]>([]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const [opened, setOpened] = useState<SearchResult | undefined>(undefined);
  const [historyVersion, setHistoryVersion] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    // Without the personal glossary the built-in one still answers: no error worth showing.
    callBackground('personalGlossary', {}).then(setPersonal, () => undefined);
    callBackground('teamGlossary', {}).then(setTeam, () => undefined);
  }, []);
  const search = useMemo(() => searchOver(personal, pageEntries(summary, [...BUILTIN, ...team, ...personal]), team), [personal, team, summary]);
  const results = useMemo(() => search.search(query, LIMIT), [search, query]);

  const change = (text: string) => {
    setQuery(text);
    setActive(-1);
    setOpened(undefined);
  };
  const open = (index: number) => {
    const result = results[index];
    if (!result) return;
    setActive(index);
    setOpened(result);
    callBackground('recordLookup', { term: result.entry.term, page: tab?.url }).then(
      () => setHistoryVersion((v) => v + 1), () => undefined);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (results.length === 0) return;
      e.preventDefault();
      setOpened(undefined);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a < 0 ? (step > 0 ? 0 : results.length - 1) : (a + step + results.length) % results.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      open(active >= 0 ? active : 0);
    } else if (e.key === 'Escape' && (opened || query)) {
      // Handled here so Escape steps back inside the popup instead of closing it at once.
      e.preventDefault();
      if (opened) setOpened(undefined);
      else change('');
    }
  };
  const choose = (term: string) => {
    change(term);
    input.current?.focus();
  };
  const listed = query !== '' && !opened && results.length > 0;

  return (
    <div class="lookup">
      <label class="label" for="lookup-query">{t('popupLookupLabel')}</label>
      <p class="hint" id="lookup-hint">{t('popupLookupHint')}</p>
      <input id="lookup-query" ref={input} class="input" type="search" autocomplete="off" spellcheck={false}
        role="combobox" list={undefined} aria-autocomplete="list" aria-controls="lookup-results" aria-expanded={listed}
        aria-describedby="lookup-hint" aria-activedescendant={listed && active >= 0 ? optionId(active) : undefined}
        value={query} onInput={(e) => change(e.currentTarget.value)} onKeyDown={onKeyDown} />
      <p class="visually-hidden" aria-live="polite">
        {query === '' ? '' : results.length === 0 ? t('popupNoResults') : t(results.length === 1 ? 'popupResultsOne' : 'popupResultsMany', results.length)}
      </p>
      {query === '' ? <LookupHistory onChoose={choose} version={historyVersion} /> : null}
      {query !== '' && results.length === 0 ? (
        <>
          <p>{t('popupNoTermMatches', query)}</p>
          {termFromHash(addTermHash(query)) !== undefined ? (
            <p><button type="button" class="button button--secondary" id="lookup-add-definition"
              onClick={() => void callBackground('openAddTerm', { term: query.trim() }).then(() => window.close(), () => undefined)}>
              {t('popupAddDefinition', query.trim())}
            </button></p>
          ) : null}
        </>
      ) : null}
      {/* The listbox stays in the DOM (hidden) so aria-controls always points at something. */}
      <div hidden={!listed}><ResultList results={listed ? results : []} active={active} onOpen={open} /></div>
      {opened ? <ResultDetail result={opened} onBack={() => { setOpened(undefined); input.current?.focus(); }} /> : null}
    </div>
  );
}

/** The terms found on the tab's page, grouped by where their meaning comes from; choosing one shows it there. */
import { useState } from 'preact/hooks';
import { callTab } from '../shared/messaging';
import type { PageSummary } from '../shared/protocol';
import type { TargetTab } from './target';

type Found = PageSummary['terms'][number];

// Group order: what the page says itself first, then the gaps and the outdated names readers ask about.
const GROUPS: ReadonlyArray<{ title: string; test: (t: Found) => boolean }> = [
  { title: 'Defined on this page', test: (t) => t.kind === 'jargon' && t.source === 'page' },
  { title: 'Your personal glossary', test: (t) => t.kind === 'jargon' && t.source === 'personal' },
  { title: 'Built-in glossary', test: (t) => t.kind === 'jargon' && t.source === 'built-in' },
  { title: 'Renamed', test: (t) => t.kind === 'renamed' },
  { title: 'Not explained', test: (t) => t.kind === 'unknown' },
];

/** The "This page" panel: a list of the page's terms with counts. */
export function ThisPage({ tab, summary }: { tab: TargetTab | undefined; summary: PageSummary | null | undefined }) {
  const [status, setStatus] = useState('');
  if (summary === undefined) return <p class="hint">Reading the page…</p>;
  if (summary === null || tab === undefined) {
    return <p>Probation Lens is not running on this page, so it has no terms to list.</p>;
  }
  if (!summary.enabled) return <p>Highlighting is off for this site, so no terms are listed.</p>;
  if (summary.terms.length === 0) return <p>No probation terms were found on this page.</p>;
  const show = (term: string) => {
    callTab(tab.id, 'showTerm', { term }).then(
      (found) => setStatus(found ? `Showing ${term} on the page.` : `${term} is no longer on the page.`),
      (e: unknown) => setStatus(`Could not show ${term}: ${String(e)}`));
  };
  return (
    <div class="this-page">
      <p class="hint">Choose a term to go to its next use on the page and see its card.</p>
      <p class="status" aria-live="polite">{status}</p>
      {GROUPS.map(({ title, test }) => {
        const terms = summary.terms.filter(test);
        if (terms.length === 0) return null;
        const id = `group-${title.replace(/\W+/g, '-').toLowerCase()}`;
        return (
          <section key={title} aria-labelledby={id}>
            <h2 class="heading-s" id={id}>{title}</h2>
            <ul class="term-list">
              {terms.map((t) => (
                <li key={t.term}>
                  <button type="button" class="term" data-term={t.term} onClick={() => show(t.term)}>
                    <span class="term__name">{t.term}</span>
                    {t.expansion ? <span class="term__expansion">{t.expansion}</span> : null}
                    <span class="term__count">{t.count}<span class="visually-hidden"> {t.count === 1 ? 'use' : 'uses'}</span></span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** The terms found on the tab's page, grouped by where their meaning comes from; choosing one shows it there. */
import { useState } from 'preact/hooks';
import { errorText } from '../ui/error-text';
import { t, type MessageKey } from '../shared/i18n';
import { callTab } from '../shared/messaging';
import type { PageSummary } from '../shared/protocol';
import { sourceLabel } from '../ui/labels';
import type { TargetTab } from './target';

type Found = PageSummary['terms'][number];

// Group order: what the page says itself first, then the gaps and the outdated names readers ask about.
// Each group's id is fixed, whatever language its title is in.
const GROUPS: ReadonlyArray<{ id: string; title: () => string; test: (t: Found) => boolean }> = [
  { id: 'defined-on-this-page', title: () => sourceLabel('page'), test: (f) => f.kind === 'jargon' && f.source === 'page' },
  { id: 'your-personal-glossary', title: () => sourceLabel('personal'), test: (f) => f.kind === 'jargon' && f.source === 'personal' },
  { id: 'your-organisations-glossary', title: () => sourceLabel('team'), test: (f) => f.kind === 'jargon' && f.source === 'team' },
  { id: 'built-in-glossary', title: () => sourceLabel('built-in'), test: (f) => f.kind === 'jargon' && f.source === 'built-in' },
  { id: 'renamed', title: () => t('popupGroupRenamed'), test: (f) => f.kind === 'renamed' },
  { id: 'not-explained', title: () => sourceLabel('unknown'), test: (f) => f.kind === 'unknown' },
];
const USES: Record<'one' | 'many', MessageKey> = { one: 'popupUsesOne', many: 'popupUsesMany' };

/** The "This page" panel: a list of the page's terms with counts. */
export function ThisPage({ tab, summary }: { tab: TargetTab | undefined; summary: PageSummary | null | undefined }) {
  const [status, setStatus] = useState('');
  // A PDF's list is the whole document's: the viewer answers once it has read every page.
  if (summary === undefined) return <p class="hint" aria-live="polite">{t(tab?.pdf ? 'popupReadingDocument' : 'popupReadingPage')}</p>;
  if (summary === null || tab === undefined) {
    return <p>{t('popupNotRunning')}</p>;
  }
  if (!summary.enabled) return <p>{t('popupHighlightingOffNoTerms')}</p>;
  if (summary.terms.length === 0) return <p>{t('popupNoTermsOnPage')}</p>;
  const show = (term: string) => {
    callTab(tab.id, 'showTerm', { term }).then(
      (found) => setStatus(t(found ? 'popupShowingTerm' : 'popupTermGone', term)),
      (e: unknown) => setStatus(t('popupCouldNotShow', term, errorText(e))));
  };
  return (
    <div class="this-page">
      <p class="hint">{t('popupThisPageHint')}</p>
      <p class="status" aria-live="polite">{status}</p>
      {GROUPS.map(({ id: group, title, test }) => {
        const terms = summary.terms.filter(test);
        if (terms.length === 0) return null;
        const id = `group-${group}`;
        return (
          <section key={group} aria-labelledby={id}>
            <h2 class="heading-s" id={id}>{title()}</h2>
            <ul class="term-list">
              {terms.map((f) => (
                <li key={f.term}>
                  <button type="button" class="term" data-term={f.term} onClick={() => show(f.term)}>
                    <span class="term__name">{f.term}</span>
                    {f.expansion ? <span class="term__expansion">{f.expansion}</span> : null}
                    <span class="term__count">
                      <span aria-hidden="true">{f.count}</span>{' '}
                      <span class="visually-hidden">{t(USES[f.count === 1 ? 'one' : 'many'], f.count)}</span>
                    </span>
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

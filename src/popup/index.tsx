/**
 * The toolbar popup: look terms up, list the terms of the current page, find notes, and switch
 * highlighting for the site. Opened as a page with ?tab=ID it acts on that tab, which tests and
 * keyboard users can use. Every call goes through messages, which wake a sleeping service worker.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { callTab } from '../shared/messaging';
import type { PageSummary } from '../shared/protocol';
import { languageTag } from '../ui/labels';
import { Tabs } from '../ui/tabs';
import { Lookup } from './lookup';
import { Notes } from './notes';
import { RecommendedSites } from '../ui/recommended-sites';
import { SiteSwitch } from './site-switch';
import { targetTab, type TargetTab } from './target';
import { ThisPage } from './this-page';

function App() {
  const [tab, setTab] = useState<TargetTab | undefined>(undefined);
  const [ready, setReady] = useState(false);
  // undefined while asked; null when no content script answers (a page outside the sites, a browser page).
  const [summary, setSummary] = useState<PageSummary | null | undefined>(undefined);
  const askSummary = (t: TargetTab | undefined) => {
    if (t?.host === undefined) return setSummary(null);
    callTab(t.id, 'pageSummary', {}).then(setSummary, () => setSummary(null));
  };
  useEffect(() => {
    targetTab().then((t) => {
      setTab(t);
      setReady(true);
      askSummary(t);
    }, () => { setReady(true); setSummary(null); });
  }, []);
  return (
    <main>
      <h1 class="heading-l">{t('extName')}</h1>
      {/* Drawn from the first frame, its space kept while the tab and its state are asked for. */}
      <SiteSwitch tab={tab} loading={!ready} onSiteAdded={() => askSummary(tab)} />
      <Tabs label={t('extName')} tabs={[
        { id: 'lookup', label: t('popupTabLookup'), panel: <Lookup tab={tab} summary={summary} /> },
        { id: 'page', label: t('popupTabPage'), panel: <ThisPage tab={tab} summary={summary} /> },
        { id: 'notes', label: t('popupTabNotes'), panel: <Notes tab={tab} /> },
      ]} />
      {/* Below the tabs: it shows only once the organisation's policy is read, and must not push them down. */}
      <RecommendedSites headingLevel={2} compact />
    </main>
  );
}

document.documentElement.lang = languageTag();
document.title = t('extName');
render(<App />, document.getElementById('app') as HTMLElement);

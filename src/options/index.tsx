/** The options page: personal glossary, highlights, sites, keyboard shortcuts, and the reader's data. */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { languageTag } from '../ui/labels';
import { DeleteSection } from './delete-section';
import { ExportSection } from './export-section';
import { GlossarySection } from './glossary-section';
import { ImportSection } from './import-section';
import { PdfSection } from './pdf-section';
import { DataNotices, StoragePersistence } from './reminders';
import { ShortcutsSection } from './shortcuts-section';
import { SitesSection } from './sites-section';
import { StyleSection } from './style-section';

function App() {
  // Bumped after an import or delete, so the glossary list reloads what the background now holds.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  // Bumped after a backup export, so the reminder reads the new export time.
  const [exports, setExports] = useState(0);
  const exported = () => setExports((n) => n + 1);
  return (
    <>
      <header class="header"><p class="header__name">{t('extName')}</p></header>
      <main class="width-container" id="main">
        <h1>{t('optionsTitle')}</h1>
        <p class="lead">{t('optionsLead')}</p>
        <DataNotices version={version + exports} onExported={exported} />
        <GlossarySection version={version} />
        <StyleSection />
        <SitesSection />
        <PdfSection />
        <ShortcutsSection />
        <section aria-labelledby="data-title">
          <h2 id="data-title">{t('optionsDataTitle')}</h2>
          <StoragePersistence version={version} />
          <ExportSection onExported={exported} />
          <ImportSection onImported={changed} />
          <DeleteSection onDeleted={changed} />
        </section>
      </main>
    </>
  );
}

document.documentElement.lang = languageTag();
document.title = t('optionsPageTitle');
render(<App />, document.getElementById('app') as HTMLElement);

/**
 * The welcome page, opened once after a first install (see src/core/welcome.ts): what the extension does
 * and where, a bundled demo page to try it on, the keyboard shortcuts, what happens to the reader's data and
 * how to turn it off for a site. GOV.UK look (the options page's styles), light and dark.
 */
import { render } from 'preact';
import { DEFAULT_SITES } from '../core/sites';
import { t } from '../shared/i18n';
import { languageTag } from '../ui/labels';

const SHORTCUTS: ReadonlyArray<readonly [string, Parameters<typeof t>[0]]> = [
  ['Alt+Shift+J', 'commandNextTerm'],
  ['Alt+Shift+K', 'commandPreviousTerm'],
  ['Alt+Shift+N', 'commandAddNote'],
];

function Welcome() {
  return (
    <>
      <header class="header"><p class="header__name">{t('extName')}</p></header>
      <main class="width-container" id="main">
        <h1>{t('welcomeTitle')}</h1>
        <p class="lead">{t('welcomeLead')}</p>
        <h2 id="welcome-where">{t('welcomeWhereTitle')}</h2>
        <p>{t('welcomeWhere')}</p>
        <ul class="list list--bullet">{DEFAULT_SITES.map((site) => <li key={site}>{site}</li>)}</ul>
        <p>{t('welcomeNotes')}</p>
        <h2 id="welcome-try">{t('welcomeTryTitle')}</h2>
        <p>{t('welcomeTry')}</p>
        <p><a class="button" id="welcome-demo" href="demo.html">{t('welcomeTryButton')}</a></p>
        <h2 id="welcome-keys">{t('welcomeKeysTitle')}</h2>
        <table class="table">
          <caption class="visually-hidden">{t('welcomeKeysTitle')}</caption>
          <thead><tr><th scope="col">{t('welcomeKeysKey')}</th><th scope="col">{t('welcomeKeysAction')}</th></tr></thead>
          <tbody>
            {SHORTCUTS.map(([keys, action]) => <tr key={keys}><td><kbd>{keys}</kbd></td><td>{t(action)}</td></tr>)}
            <tr><td><kbd>{t('welcomeKeysEscapeKey')}</kbd></td><td>{t('welcomeKeysEscape')}</td></tr>
          </tbody>
        </table>
        <p>{t('welcomeKeysChange')}</p>
        <h2 id="welcome-data">{t('welcomeDataTitle')}</h2>
        <p>{t('welcomeData')}</p>
        <p>{t('welcomeCaseData')}</p>
        <h2 id="welcome-off">{t('welcomeOffTitle')}</h2>
        <p>{t('welcomeOff')}</p>
        <p><a href="options.html" id="welcome-options">{t('welcomeOptions')}</a></p>
      </main>
    </>
  );
}

document.documentElement.lang = languageTag();
document.title = t('welcomeTitle');
render(<Welcome />, document.getElementById('app') as HTMLElement);

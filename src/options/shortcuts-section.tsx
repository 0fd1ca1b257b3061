/** Section 4: the keyboard shortcuts, and a button to the browser's own page for changing them. */
import { useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t, type MessageKey } from '../shared/i18n';
import { tRich } from '../ui/rich';

// Addresses typed as they are in every language.
const CHROME_PAGE = 'chrome://extensions/shortcuts';
const EDGE_PAGE = 'edge://extensions/shortcuts';
const FIREFOX_PAGE = 'about:addons';

/**
 * Opens the browser's shortcut settings: Firefox offers commands.openShortcutSettings() (Firefox 137
 * and later); Chrome and Edge let an extension open their shortcuts page in a tab.
 */
async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') return commands.openShortcutSettings();
  const edge = navigator.userAgent.includes('Edg/');
  await browser.tabs.create({ url: edge ? EDGE_PAGE : CHROME_PAGE });
}

// Key names as printed on the keys, which the manifest's suggested keys use too.
const SHORTCUTS: ReadonlyArray<readonly [string[], MessageKey]> = [
  [['Alt', 'Shift', 'J'], 'optionsShortcutNext'],
  [['Alt', 'Shift', 'K'], 'optionsShortcutPrevious'],
  [['Alt', 'Shift', 'N'], 'optionsShortcutNote'],
];

/** The shortcuts and how to change them in each browser. */
export function ShortcutsSection() {
  const [failed, setFailed] = useState(false);
  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('optionsShortcutsTitle')}</h2>
      <dl class="summary-list" id="shortcuts">
        {SHORTCUTS.map(([keys, what]) => (
          <div class="summary-list__row" key={what}>
            <dt class="summary-list__key">{keys.map((k, i) => <>{i > 0 ? ' + ' : ''}<kbd>{k}</kbd></>)}</dt>
            <dd class="summary-list__value">{t(what)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('optionsShortcutsChangeTitle')}</h3>
      <p>
        <button type="button" class="button button--secondary" id="open-shortcuts"
          onClick={() => { openShortcutSettings().catch(() => setFailed(true)); }}>{t('optionsShortcutsOpen')}</button>
      </p>
      {failed ? <p class="error-message" role="alert">{t('optionsShortcutsOpenFailed')}</p> : null}
      <ul class="list list--bullet">
        <li>{tRich('optionsShortcutsChrome', <code>{CHROME_PAGE}</code>, <code>{EDGE_PAGE}</code>)}</li>
        <li>{tRich('optionsShortcutsFirefox', <code>{FIREFOX_PAGE}</code>)}</li>
      </ul>
    </section>
  );
}

/** Section 4: the keyboard shortcuts, and a button to the browser's own page for changing them. */
import { useState } from 'preact/hooks';
import browser from '../shared/browser';

/**
 * Opens the browser's shortcut settings: Firefox offers commands.openShortcutSettings() (Firefox 137
 * and later); Chrome and Edge let an extension open their shortcuts page in a tab.
 */
async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') return commands.openShortcutSettings();
  const edge = navigator.userAgent.includes('Edg/');
  await browser.tabs.create({ url: edge ? 'edge://extensions/shortcuts' : 'chrome://extensions/shortcuts' });
}

const SHORTCUTS: ReadonlyArray<readonly [string[], string]> = [
  [['Alt', 'Shift', 'J'], 'Go to the next term on the page and show its explanation'],
  [['Alt', 'Shift', 'K'], 'Go to the previous term'],
  [['Alt', 'Shift', 'N'], 'Add a note to the selected text, or go to the next note'],
];

/** The shortcuts and how to change them in each browser. */
export function ShortcutsSection() {
  const [failed, setFailed] = useState(false);
  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <dl class="summary-list" id="shortcuts">
        {SHORTCUTS.map(([keys, what]) => (
          <div class="summary-list__row" key={what}>
            <dt class="summary-list__key">{keys.map((k, i) => <>{i > 0 ? ' + ' : ''}<kbd>{k}</kbd></>)}</dt>
            <dd class="summary-list__value">{what}</dd>
          </div>
        ))}
      </dl>
      <h3>Changing the shortcuts</h3>
      <p>
        <button type="button" class="button button--secondary" id="open-shortcuts"
          onClick={() => { openShortcutSettings().catch(() => setFailed(true)); }}>Change the shortcuts in your browser</button>
      </p>
      {failed ? <p class="error-message" role="alert">Your browser did not open its shortcut settings. Use the steps below.</p> : null}
      <ul class="list list--bullet">
        <li>In Chrome or Edge, type <code>chrome://extensions/shortcuts</code> (Edge: <code>edge://extensions/shortcuts</code>) in the address bar.</li>
        <li>In Firefox, open the Add-ons and themes page (<code>about:addons</code>), choose the cog button, then Manage Extension Shortcuts.</li>
      </ul>
    </section>
  );
}

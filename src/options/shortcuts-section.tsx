/** Section 4: the keyboard shortcuts, as plain text (extension pages cannot open the browsers' shortcut pages). */

const SHORTCUTS: ReadonlyArray<readonly [string[], string]> = [
  [['Alt', 'Shift', 'J'], 'Go to the next term on the page and show its explanation'],
  [['Alt', 'Shift', 'K'], 'Go to the previous term'],
  [['Alt', 'Shift', 'N'], 'Add a note to the selected text, or go to the next note'],
];

/** The shortcuts and how to change them in each browser. */
export function ShortcutsSection() {
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
      <ul class="list list--bullet">
        <li>In Chrome or Edge, type <code>chrome://extensions/shortcuts</code> (Edge: <code>edge://extensions/shortcuts</code>) in the address bar.</li>
        <li>In Firefox, open the Add-ons and themes page (<code>about:addons</code>), choose the cog button, then Manage Extension Shortcuts.</li>
      </ul>
    </section>
  );
}

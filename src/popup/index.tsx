/**
 * The toolbar popup: for now, the switch that turns highlighting off and on for the current site.
 * Opened as a page with ?tab=ID it acts on that tab, which tests and keyboard users can use.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { callBackground } from '../shared/messaging';
import type { SiteState } from '../shared/protocol';

async function targetHost(): Promise<string | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param !== null
    ? await browser.tabs.get(Number(param))
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.url === undefined) return undefined;
  const url = new URL(tab.url);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.host : undefined;
}

function App() {
  const [state, setState] = useState<SiteState | null | undefined>(undefined);
  const [error, setError] = useState('');
  useEffect(() => {
    targetHost()
      .then((host) => (host === undefined ? null : callBackground('getSiteState', { host })))
      .then(setState, (e: unknown) => setError(String(e)));
  }, []);
  const toggle = (enabled: boolean) => {
    if (!state) return;
    callBackground('setSiteEnabled', { host: state.host, enabled }).then(setState, (e: unknown) => setError(String(e)));
  };
  return (
    <main>
      <h1>Probation Lens</h1>
      {error ? <p role="alert">Something went wrong: {error}</p> : null}
      {state === null ? <p>Probation Lens works on GOV.UK and justice sites. Open a policy page there to see its jargon explained.</p> : null}
      {state ? (
        <>
          <p>Site: <span class="site">{state.host}</span></p>
          <div class="switch">
            <input id="site-switch" type="checkbox" role="switch" checked={state.enabled}
              onChange={(e) => toggle((e.currentTarget as HTMLInputElement).checked)} />
            <label for="site-switch">Highlight jargon on this site</label>
          </div>
          <p class="hint" aria-live="polite">{state.enabled ? 'Highlighting is on.' : 'Highlighting is off for this site.'}</p>
        </>
      ) : null}
      <p class="hint">On a page: <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>J</kbd> next term, <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>K</kbd> previous, <kbd>Esc</kbd> closes the card.</p>
    </main>
  );
}

render(<App />, document.getElementById('app') as HTMLElement);

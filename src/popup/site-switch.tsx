/** The switch that turns highlighting off and on for the tab's site; the choice is remembered. */
import { useEffect, useState } from 'preact/hooks';
import { isDefaultSite } from '../core/sites';
import { callBackground } from '../shared/messaging';
import type { SiteState } from '../shared/protocol';
import type { TargetTab } from './target';

/** The site switch, or a short explanation where the extension does not run. */
export function SiteSwitch({ tab }: { tab: TargetTab | undefined }) {
  const [state, setState] = useState<SiteState | undefined>(undefined);
  const [error, setError] = useState('');
  const host = tab?.host;
  useEffect(() => {
    if (host === undefined) return;
    callBackground('getSiteState', { host }).then(setState, (e: unknown) => setError(String(e)));
  }, [host]);
  // Without host access the browser hides the tab's address, so a page elsewhere looks like no page at all:
  // both get the same explanation.
  if (host === undefined || !isDefaultSite(host)) {
    return (
      <p class="hint" id="site-note">
        Probation Lens works only on GOV.UK and the justice sites: it cannot read other pages. Open a policy page
        there to see its jargon underlined. You can look terms up here on any page.
      </p>
    );
  }
  const toggle = (enabled: boolean) => {
    callBackground('setSiteEnabled', { host, enabled }).then(setState, (e: unknown) => setError(String(e)));
  };
  return (
    <div class="site-state">
      {error ? <p role="alert" class="error-text">Something went wrong: {error}</p> : null}
      {state ? (
        <>
          <div class="switch">
            <input id="site-switch" type="checkbox" role="switch" checked={state.enabled}
              onChange={(e) => toggle((e.currentTarget as HTMLInputElement).checked)} />
            <label for="site-switch">Highlight jargon on <span class="site">{state.host}</span></label>
          </div>
          <p class="hint" aria-live="polite">{state.enabled ? 'Highlighting is on.' : 'Highlighting is off for this site.'}</p>
        </>
      ) : null}
    </div>
  );
}

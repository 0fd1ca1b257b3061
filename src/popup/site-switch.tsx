/**
 * The switch that turns highlighting off and on for the tab's site; the choice is remembered. On any
 * other https site, a button that asks the browser to let Probation Lens read that one site.
 */
import { useEffect, useState } from 'preact/hooks';
import { addableOrigin, isDefaultSite, originPattern } from '../core/sites';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import type { SiteState } from '../shared/protocol';
import { errorText } from '../ui/error-text';
import { tRich } from '../ui/rich';
import type { TargetTab } from './target';

/**
 * The site switch, the button that adds the tab's site, or a short explanation where the extension does not run.
 * `loading` while the popup is still finding its tab. Until its state is known the switch is drawn disabled, in the
 * same box, so the tabs below never move under the reader's pointer as the answers arrive (no layout shift).
 */
export function SiteSwitch({ tab, loading = false, onSiteAdded }: { tab: TargetTab | undefined; loading?: boolean; onSiteAdded?: () => void }) {
  const [state, setState] = useState<SiteState | undefined>(undefined);
  const [error, setError] = useState('');
  const host = tab?.host;
  const origin = addableOrigin(tab?.origin);
  // Default sites always run (and a document in our viewer); another site runs once its permission is granted (undefined while asked).
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  // Our PDF viewer runs the lens on any document it shows: its site's switch applies there.
  const runs = host !== undefined && (isDefaultSite(host) || tab?.pdf !== undefined) ? true : origin === undefined ? false : granted;
  useEffect(() => {
    if (loading || origin === undefined) return;
    browser.permissions.contains({ origins: [originPattern(origin)] }).then(setGranted, () => setGranted(false));
  }, [origin]);
  useEffect(() => {
    if (loading || host === undefined || !runs) return;
    callBackground('getSiteState', { host }).then(setState, (e: unknown) => setError(errorText(e)));
  }, [host, runs]);
  // Without host access (or activeTab) the browser hides the tab's address, so a page elsewhere looks like
  // no page at all: both get the same explanation.
  if (!loading && (host === undefined || runs === false)) {
    return (
      <div class="site-state">
        <p class="hint" id="site-note">{t('popupSiteNote')}</p>
        {origin !== undefined && host !== undefined ? <AddSite origin={origin} host={host} onAdded={() => { setGranted(true); onSiteAdded?.(); }} /> : null}
      </div>
    );
  }
  const toggle = (enabled: boolean) => {
    if (host === undefined) return;
    callBackground('setSiteEnabled', { host, enabled }).then(setState, (e: unknown) => setError(errorText(e)));
  };
  // The same elements while the state is asked for: the disabled switch has another id, so nothing finds it as the switch.
  const known = !loading && runs === true && state !== undefined;
  return (
    <div class="site-state" aria-busy={known ? undefined : 'true'}>
      <div class="switch">
        <input id={known ? 'site-switch' : 'site-switch-pending'} type="checkbox" role="switch" checked={state?.enabled ?? false}
          disabled={!known} onChange={(e) => toggle(e.currentTarget.checked)} />
        <label for={known ? 'site-switch' : 'site-switch-pending'}>{t('popupHighlightSwitch')}</label>
      </div>
      <p class="hint" aria-live="polite">{state ? t(state.enabled ? 'popupHighlightingOn' : 'popupHighlightingOff') : '\u00a0'}</p>
      {error ? <p role="alert" class="error-text">{t('somethingWentWrong', error)}</p> : null}
    </div>
  );
}

/** The button that lets Probation Lens read one more site: the browser asks the reader, then the background starts it there. */
function AddSite({ origin, host, onAdded }: { origin: string; host: string; onAdded: () => void }) {
  const [status, setStatus] = useState('');
  // permissions.request must run in the click itself (a user gesture), before anything is awaited.
  const add = () => {
    browser.permissions.request({ origins: [originPattern(origin)] })
      .then(async (granted) => {
        if (!granted) return setStatus(t('popupSiteRefused', host));
        await callBackground('enableAddedSite', { origin });
        onAdded();
      })
      .catch((e: unknown) => setStatus(t('somethingWentWrong', errorText(e))));
  };
  return (
    <>
      <button type="button" class="button button--secondary" id="add-site" onClick={add}>
        {tRich('popupUseOnSite', <span class="site">{host}</span>)}
      </button>
      <p class="hint" aria-live="polite">{status}</p>
    </>
  );
}

/**
 * The switch that turns highlighting off and on for the tab's site, and with it off, the choice to hide the
 * reader's notes there too; both are remembered. On any other https site, a button that asks the browser
 * to let Probation Lens read that one site.
 */
import type { ComponentChild } from 'preact';
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
 * Draws its children over invisible copies of every other form they can take (`sizers`), in one grid cell:
 * the box is as tall as the tallest from the first frame, so nothing below moves as answers arrive.
 * The copies are hidden from everyone (visibility, aria-hidden, inert): they only hold the space.
 */
function Reserve({ sizers, children }: { sizers: readonly ComponentChild[]; children: ComponentChild }) {
  return (
    <div class="reserve">
      {sizers.map((sizer, i) => <div key={i} class="reserve__sizer" aria-hidden="true" inert>{sizer}</div>)}
      <div class="reserve__shown">{children}</div>
    </div>
  );
}

// The site-adding button is one line whatever the site (popup.css), so any name holds its room.
const SIZER_ORIGIN = 'https://example.org';

/** What the state line can say; the line keeps the room of the longest. */
const stateLine = (state: SiteState): string =>
  t(state.enabled ? 'popupHighlightingOn' : state.notes ? 'popupHighlightingOff' : 'popupHighlightingOffNotesHidden');
const STATE_LINES = (): string[] => [t('popupHighlightingOn'), t('popupHighlightingOff'), t('popupHighlightingOffNotesHidden')];

/**
 * The two switches (highlighting, and with it off, hiding the notes too) and the state line. `live` is the
 * one the reader uses; the other is a copy that only holds its space, with no ids.
 */
function Switches({ state, known, onEnabled, onHideNotes }: {
  state: SiteState | undefined; known: boolean; onEnabled?: (enabled: boolean) => void; onHideNotes?: (hidden: boolean) => void;
}) {
  const live = onEnabled !== undefined;
  const id = (name: string): string | undefined => (!live ? undefined : known ? name : `${name}-pending`);
  return (
    <>
      <div class="switch">
        <input id={id('site-switch')} type="checkbox" role="switch" checked={state?.enabled ?? false}
          disabled={!known} onChange={(e) => onEnabled?.(e.currentTarget.checked)} />
        <label for={id('site-switch')}>{t('popupHighlightSwitch')}</label>
      </div>
      {/* Hiding the notes is a choice only while highlighting is off: on, the notes always show. */}
      <div class="switch switch--sub">
        <input id={id('site-hide-notes')} type="checkbox" checked={state !== undefined && !state.notes}
          disabled={!known || state?.enabled !== false} onChange={(e) => onHideNotes?.(e.currentTarget.checked)} />
        <label for={id('site-hide-notes')}>{t('popupHideNotes')}</label>
      </div>
      <Reserve sizers={STATE_LINES().map((line) => <p class="hint">{line}</p>)}>
        <p class="hint" aria-live={live ? 'polite' : undefined}>{state ? stateLine(state) : '\u00a0'}</p>
      </Reserve>
    </>
  );
}

/** Where the extension does not run: why, and on an https site, the button that adds it. */
function NotHere({ origin, host, onAdded }: { origin: string | undefined; host: string | undefined; onAdded?: () => void }) {
  return (
    <>
      <p class="hint" id={onAdded ? 'site-note' : undefined}>{t('popupSiteNote')}</p>
      {origin !== undefined && host !== undefined ? <AddSite origin={origin} host={host} onAdded={onAdded} /> : null}
    </>
  );
}

/**
 * The site area: the switches, the button that adds the tab's site, or a short explanation where the
 * extension does not run. `loading` while the popup is still finding its tab. The area keeps the room of
 * the tallest of these from the first frame, and until the state is known the switches are drawn
 * disabled, so the tabs below never move under the reader's pointer as the answers arrive (no layout shift).
 */
export function SiteSwitch({ tab, loading = false, onSiteAdded }: { tab: TargetTab | undefined; loading?: boolean; onSiteAdded?: () => void }) {
  const [state, setState] = useState<SiteState | undefined>(undefined);
  const [error, setError] = useState('');
  const host = tab?.host;
  const origin = addableOrigin(tab?.origin);
  // Default sites always run; another site runs once its permission is granted (undefined while asked).
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  const runs = host !== undefined && isDefaultSite(host) ? true : origin === undefined ? false : granted;
  useEffect(() => {
    if (loading || origin === undefined) return;
    browser.permissions.contains({ origins: [originPattern(origin)] }).then(setGranted, () => setGranted(false));
  }, [origin]);
  useEffect(() => {
    if (loading || host === undefined || !runs) return;
    callBackground('getSiteState', { host }).then(setState, (e: unknown) => setError(errorText(e)));
  }, [host, runs]);
  const answered = (p: Promise<SiteState>) => p.then((s) => { setError(''); setState(s); }, (e: unknown) => setError(errorText(e)));
  const sizers = [<Switches state={undefined} known={false} />, <NotHere origin={SIZER_ORIGIN} host={new URL(SIZER_ORIGIN).host} />];
  // Without host access (or activeTab) the browser hides the tab's address, so a page elsewhere looks like
  // no page at all: both get the same explanation.
  if (!loading && (host === undefined || runs === false)) {
    return (
      <div class="site-state">
        <Reserve sizers={sizers}>
          <NotHere origin={origin} host={host} onAdded={() => { setGranted(true); onSiteAdded?.(); }} />
        </Reserve>
      </div>
    );
  }
  // The same elements while the state is asked for: the disabled switches have other ids, so nothing finds them as the switches.
  const known = !loading && runs === true && state !== undefined;
  return (
    <div class="site-state" aria-busy={known ? undefined : 'true'}>
      <Reserve sizers={sizers}>
        <Switches state={state} known={known}
          onEnabled={(enabled) => { if (host !== undefined) void answered(callBackground('setSiteEnabled', { host, enabled })); }}
          onHideNotes={(hidden) => { if (host !== undefined) void answered(callBackground('setSiteNotesHidden', { host, hidden })); }} />
        {error ? <p role="alert" class="error-text">{t('somethingWentWrong', error)}</p> : null}
      </Reserve>
    </div>
  );
}

/** The button that lets Probation Lens read one more site: the browser asks the reader, then the background starts it there. */
function AddSite({ origin, host, onAdded }: { origin: string; host: string; onAdded: (() => void) | undefined }) {
  const [status, setStatus] = useState('');
  // permissions.request must run in the click itself (a user gesture), before anything is awaited.
  const add = () => {
    browser.permissions.request({ origins: [originPattern(origin)] })
      .then(async (granted) => {
        if (!granted) return setStatus(t('popupSiteRefused', host));
        await callBackground('enableAddedSite', { origin });
        onAdded?.();
      })
      .catch((e: unknown) => setStatus(t('somethingWentWrong', errorText(e))));
  };
  return (
    <>
      <button type="button" class="button button--secondary add-site" id={onAdded ? 'add-site' : undefined} onClick={add}>
        {tRich('popupUseOnSite', <span class="site">{host}</span>)}
      </button>
      <p class="hint" aria-live={onAdded ? 'polite' : undefined}>{status || '\u00a0'}</p>
    </>
  );
}

/**
 * Looks up one site's switch and changes it. There is no call that lists the sites switched off, so the
 * reader names the site; the toolbar button does the same for the site of the current tab.
 */
import { useState } from 'preact/hooks';
import { isDefaultSite, normaliseHost } from '../core/sites';
import { t } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import type { SiteState } from '../shared/protocol';
import { tRich } from '../ui/rich';
import { errorText } from '../ui/error-text';
import { FieldError } from './messages';

/** The host of what was typed: a bare host, or the host of a pasted address. */
function hostOf(typed: string): string | undefined {
  const text = typed.trim();
  try {
    if (/^https?:\/\//i.test(text)) return normaliseHost(new URL(text).host);
  } catch { /* not an address: read it as a host below */ }
  return normaliseHost(text.replace(/\/.*$/, ''));
}

/** A form to see whether highlighting is on for a site, and to switch it. */
export function SiteCheck() {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const [state, setState] = useState<SiteState | undefined>(undefined);
  const check = async (e: Event) => {
    e.preventDefault();
    setState(undefined);
    const host = hostOf(typed);
    if (!host) return setError(t('optionsSiteEnterHost'));
    if (!isDefaultSite(host)) return setError(t('optionsSiteNotSupported', host));
    setError('');
    try {
      setState(await callBackground('getSiteState', { host }));
    } catch (err) {
      setError(t('optionsSiteCheckFailed', errorText(err)));
    }
  };
  const toggle = async () => {
    if (!state) return;
    try {
      setState(await callBackground('setSiteEnabled', { host: state.host, enabled: !state.enabled }));
    } catch (err) {
      setError(t('optionsSiteToggleFailed', errorText(err)));
    }
  };
  return (
    <form onSubmit={(e) => void check(e)} noValidate>
      <div class={`form-group${error ? ' form-group--error' : ''}`}>
        <label class="label" for="site-host">{t('optionsSiteCheckLabel')}</label>
        <div class="hint" id="site-host-hint">{t('optionsSiteCheckHint')}</div>
        <FieldError id="site-host-error" text={error} />
        <input class={`input input--width-20${error ? ' input--error' : ''}`} id="site-host" type="text" spellcheck={false}
          autocomplete="off" value={typed} onInput={(e) => setTyped(e.currentTarget.value)}
          aria-describedby={`site-host-hint${error ? ' site-host-error' : ''}`} aria-invalid={error ? true : undefined} />
      </div>
      <button class="button button--secondary" id="site-check" type="submit">{t('optionsSiteCheckButton')}</button>
      <div role="status" id="site-state">
        {state ? (
          <p>
            {t(state.enabled ? 'optionsSiteIsOn' : 'optionsSiteIsOff', state.host)}{' '}
            <button type="button" class="link-button" id="site-toggle" onClick={() => void toggle()}>
              {tRich(state.enabled ? 'optionsSiteTurnOff' : 'optionsSiteTurnOn', <span class="visually-hidden">{state.host}</span>)}
            </button>
          </p>
        ) : null}
      </div>
    </form>
  );
}

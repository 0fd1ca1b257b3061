/**
 * The sites the organisation recommends (managed policy extraSites), for the options page and the popup.
 * No policy can grant an extension a host permission, so one button asks the browser once for all of them.
 */
import { useEffect, useState } from 'preact/hooks';
import { originPattern } from '../core/sites';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import { errorText } from './error-text';

const hostOf = (origin: string) => new URL(origin).host;

/** The recommended sites with the one "allow" button; nothing when the organisation recommends none (`compact`: or all are allowed). */
export function RecommendedSites({ headingLevel = 3, compact = false }: { headingLevel?: 2 | 3; compact?: boolean }) {
  const [sites, setSites] = useState<readonly string[]>([]);
  const [added, setAdded] = useState<readonly string[]>([]);
  const [status, setStatus] = useState('');
  const load = async () => {
    const [state, granted] = await Promise.all([callBackground('managedPolicy', {}), callBackground('addedSites', {})]);
    setSites(state.policy.extraSites ?? []);
    setAdded(granted);
  };
  useEffect(() => {
    void load().catch(() => undefined);
    // A policy change while the page is open (Chrome re-reads policy as it runs).
    const changed = (_c: unknown, area: string) => { if (area === 'managed') void load().catch(() => undefined); };
    browser.storage.onChanged.addListener(changed);
    return () => browser.storage.onChanged.removeListener(changed);
  }, []);
  const missing = sites.filter((s) => !added.includes(s));
  // The popup has little room: there the list shows only while something is left to allow.
  if (sites.length === 0 || (compact && missing.length === 0 && status === '')) return null;
  // permissions.request must run in the click itself (a user gesture), before anything is awaited.
  const allow = () => {
    browser.permissions.request({ origins: missing.map(originPattern) })
      .then(async (granted) => {
        if (!granted) return setStatus(t('recommendedSitesRefused'));
        for (const origin of missing) await callBackground('enableAddedSite', { origin });
        setStatus(t('recommendedSitesDone'));
        await load();
      })
      .catch((e: unknown) => setStatus(t('somethingWentWrong', errorText(e))));
  };
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div id="recommended-sites">
      <Heading id="recommended-sites-title">{t('recommendedSitesTitle')}</Heading>
      <p>{t('recommendedSitesIntro')}</p>
      <ul class="list list--bullet" aria-labelledby="recommended-sites-title">
        {sites.map((origin) => (
          <li key={origin} data-origin={origin}>
            {hostOf(origin)}{added.includes(origin) ? <> <strong class="tag">{t('recommendedSitesAllowed')}</strong></> : null}
          </li>
        ))}
      </ul>
      {missing.length > 0 ? (
        <button type="button" class="button button--secondary" id="allow-recommended-sites" onClick={allow}>{t('recommendedSitesAllow')}</button>
      ) : null}
      <p class="status" role="status" id="recommended-sites-status">{status}</p>
    </div>
  );
}

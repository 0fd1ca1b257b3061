/** Section 2: where Probation Lens works (the defaults and the sites the reader added), and how to switch a site off or on. */
import { DEFAULT_SITES } from '../core/sites';
import { t } from '../shared/i18n';
import { RecommendedSites } from '../ui/recommended-sites';
import { AddedSites } from './added-sites';
import { SiteCheck } from './site-check';

// DEFAULT_SITES holds suffixes; every one but GOV.UK itself also covers its subdomains.
const shown = (site: string) => (site === 'www.gov.uk' ? site : t('optionsSiteAndSubdomains', site));

/** The default sites (read-only), the added ones (removable), and where the per-site switch lives. */
export function SitesSection() {
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('optionsSitesTitle')}</h2>
      <p>{t('optionsSitesIntro')}</p>
      <ul class="list list--bullet" id="default-sites">
        {DEFAULT_SITES.map((site) => <li key={site}>{shown(site)}</li>)}
      </ul>
      <p>{t('optionsSitesOnlyAdded')}</p>
      <RecommendedSites />
      <AddedSites />
      <p>{t('optionsSitesSwitchHint')}</p>
      <SiteCheck />
    </section>
  );
}

/** Section 2: where Probation Lens works (the defaults and the sites the reader added), and how to switch a site off or on. */
import { DEFAULT_SITES } from '../core/sites';
import { AddedSites } from './added-sites';
import { SiteCheck } from './site-check';

// DEFAULT_SITES holds suffixes; every one but GOV.UK itself also covers its subdomains.
const shown = (site: string) => (site === 'www.gov.uk' ? site : `${site} and its subdomains (*.${site})`);

/** The default sites (read-only), the added ones (removable), and where the per-site switch lives. */
export function SitesSection() {
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      <p>Probation Lens explains terms on these sites:</p>
      <ul class="list list--bullet" id="default-sites">
        {DEFAULT_SITES.map((site) => <li key={site}>{shown(site)}</li>)}
      </ul>
      <p>It runs on another site only when you add that site, and cannot read any site you have not added.</p>
      <AddedSites />
      <p>
        To turn highlighting off or on for one of these sites, open a page on it and choose the Probation Lens
        button in the browser’s toolbar, or check the site here. Your choice is remembered for that site.
      </p>
      <SiteCheck />
    </section>
  );
}

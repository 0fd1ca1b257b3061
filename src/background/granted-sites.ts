/** The sites the reader added, read from the only record of them: the host permissions the browser holds for us. */
import { originOfPattern } from '../core/sites';
import browser from '../shared/browser';

/** The added sites' origins ("https://example.org"), sorted, from the host permissions granted now. */
export async function grantedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return [...new Set(origins.map(originOfPattern).filter((o): o is string => o !== undefined))].sort();
}

/**
 * Opens PDFs in our viewer: declarativeNetRequest rules (src/pdf/redirect-rules.ts) send a top-level
 * navigation to a PDF on GOV.UK's assets host, a justice site or a site the reader added to
 * pdf/viewer.html?file=<its address>, before any request is made (typed addresses, links from any site, and
 * files served as attachments alike). Registered at every start, as dynamic rules, because the viewer's own
 * address differs per Firefox install, and again whenever the added sites change (src/background/sites.ts).
 */
import { PDF_RULE_IDS, pdfRules } from '../pdf/redirect-rules';
import browser from '../shared/browser';
import type { Handlers } from '../shared/messaging';
import type { BackgroundCalls } from '../shared/protocol';
import { CodedError } from '../shared/protocol';
import { serialQueue } from '../shared/serial';
import { isPdfViewerOn, setPdfViewerOn } from '../storage/pdf-settings';
import { grantedSites } from './granted-sites';

// Each update reads the setting and the permissions afresh inside the queue, so the last change always wins.
const serially = serialQueue();

/**
 * Makes our rules match the viewer setting and the sites granted now: all of them when the viewer is on, none
 * when it is off. Safe to call any number of times.
 */
export function applyPdfRedirect(): Promise<void> {
  return serially(async () => {
    const on = await isPdfViewerOn();
    await browser.declarativeNetRequest.updateDynamicRules({
      removeRuleIds: [...PDF_RULE_IDS],
      addRules: on ? pdfRules(browser.runtime.getURL('pdf/viewer.html'), await grantedSites()) : [],
    });
  });
}

/** The viewer setting's calls (options page). */
export const pdfHandlers: Pick<Handlers<BackgroundCalls>, 'getPdfViewer' | 'setPdfViewer'> = {
  getPdfViewer: async () => ({ on: await isPdfViewerOn() }),
  async setPdfViewer(args) {
    if (typeof args.on !== 'boolean') throw new CodedError('bad-request', 'on');
    await setPdfViewerOn(args.on);
    await applyPdfRedirect();
    return { on: args.on };
  },
};

/**
 * Opens PDFs in our viewer: declarativeNetRequest rules (src/pdf/redirect-rules.ts) send a top-level
 * navigation to a PDF on GOV.UK's assets host or a justice site to pdf/viewer.html?file=<its address>, before
 * any request is made (typed addresses, links from any site, and files served as attachments alike).
 * Registered at every start, as dynamic rules, because the viewer's own address differs per Firefox install.
 */
import { PDF_RULE_IDS, pdfRules } from '../pdf/redirect-rules';
import browser from '../shared/browser';
import type { Handlers } from '../shared/messaging';
import type { BackgroundCalls } from '../shared/protocol';
import { CodedError } from '../shared/protocol';
import { isPdfViewerOn, setPdfViewerOn } from '../storage/pdf-settings';

/** Registers our rules when the viewer is on, and takes them away when it is off. */
export async function applyPdfRedirect(): Promise<void> {
  const on = await isPdfViewerOn();
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: [...PDF_RULE_IDS],
    addRules: on ? pdfRules(browser.runtime.getURL('pdf/viewer.html')) : [],
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

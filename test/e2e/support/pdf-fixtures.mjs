// The PDFs the viewer tests open, printed from test/fixtures/pdf-documents.mjs by Chromium's page.pdf() once
// per content (kept in test-results/pdf-fixtures), and served at GOV.UK asset addresses.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CORRUPT_PDF, FOOTER, HEADER, noTextDocument, passwordPdf, policyDocument } from '../../fixtures/pdf-documents.mjs';

const CACHE = 'test-results/pdf-fixtures';
const ASSETS = 'https://assets.publishing.service.gov.uk';

/** The addresses the tests use. */
export const PDF_URLS = {
  policy: `${ASSETS}/media/5f1e2d3c4b5a69788796a5b4/probation-lens-test-policy.pdf`,
  old: `${ASSETS}/government/uploads/system/uploads/attachment_data/file/959746/Probation_Lens_old_form.pdf`,
  large: `${ASSETS}/media/0a1b2c3d4e5f60718293a4b5/target-operating-model-220.pdf`,
  replaced: `${ASSETS}/media/77aa88bb99cc00dd11ee22ff/replaced-policy.pdf`,
  missing: `${ASSETS}/media/1234abcd1234abcd1234abcd/withdrawn.pdf`,
  html: `${ASSETS}/media/aaaabbbbccccddddeeeeffff/error-page.pdf`,
  corrupt: `${ASSETS}/media/abababababababababababab/damaged.pdf`,
  password: `${ASSETS}/media/cdcdcdcdcdcdcdcdcdcdcdcd/protected.pdf`,
  noText: `${ASSETS}/media/efefefefefefefefefefefef/scanned.pdf`,
  justice: 'https://www.justice.gov.uk/downloads/probation-lens-test-policy.pdf',
  // The policy with a document outline (bookmarks from its headings), for the viewer's contents panel.
  outlined: `${ASSETS}/media/0b0c0d0e0f10111213141516/probation-lens-test-policy-outlined.pdf`,
  // The policy served as a download (Content-Disposition: attachment), as many sites send their PDFs.
  attachment: `${ASSETS}/media/2a2b2c2d2e2f303132333435/probation-lens-attachment.pdf`,
  // The policy on a site outside the defaults, which opens in the viewer once the reader added the site.
  added: 'https://example.org/papers/probation-lens-added-site.pdf',
};

const printed = new Map();

/**
 * Prints HTML to a PDF with Chromium, once per content; with `headers`, a running header and page numbers; with
 * `outline`, a document outline from the headings (Chromium builds it from a tagged PDF's structure).
 */
async function print(html, { headers = true, outline = false } = {}) {
  const key = createHash('sha256').update(html).update(headers ? HEADER + FOOTER : '').update(outline ? 'outline' : '').digest('hex').slice(0, 16);
  const file = `${CACHE}/${key}.pdf`;
  if (!existsSync(file)) {
    mkdirSync(CACHE, { recursive: true });
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      writeFileSync(file, await page.pdf({ format: 'A4', displayHeaderFooter: headers, headerTemplate: HEADER, footerTemplate: FOOTER, margin: { top: '20mm', bottom: '20mm' }, ...(outline ? { outline: true, tagged: true } : {}) }));
    } finally {
      await browser.close();
    }
  }
  return readFileSync(file);
}

/** Makes every fixture PDF (printing those not cached yet); call before a suite's first test. */
export async function preparePdfs() {
  if (printed.size > 0) return;
  const [policy, large, edited, noText, outlined] = await Promise.all([
    print(policyDocument()), print(policyDocument({ pages: 220 })), print(policyDocument({ edited: true })), print(noTextDocument(), { headers: false }),
    print(policyDocument(), { outline: true }),
  ]);
  printed.set('policy', policy).set('large', large).set('edited', edited).set('noText', noText).set('outlined', outlined);
  bodies.set(PDF_URLS.policy, policy).set(PDF_URLS.old, policy).set(PDF_URLS.justice, policy).set(PDF_URLS.large, large)
    .set(PDF_URLS.replaced, policy).set(PDF_URLS.outlined, outlined).set(PDF_URLS.attachment, policy).set(PDF_URLS.added, policy).set(PDF_URLS.noText, noText).set(PDF_URLS.corrupt, CORRUPT_PDF).set(PDF_URLS.password, passwordPdf());
}

const bodies = new Map();

/** Serves the edited version at the replaced document's address from now on (GOV.UK replaced the file). */
export function replacePdf(edited) {
  bodies.set(PDF_URLS.replaced, edited ? printed.get('edited') : printed.get('policy'));
}

/** One fixture PDF's bytes, printed (or read from the cache) on its own: 'policy' (4 pages) or 'large' (220), for the benchmark. */
export function fixturePdf(name) {
  if (name === 'policy') return print(policyDocument());
  if (name === 'large') return print(policyDocument({ pages: 220 }));
  throw new Error(`No fixture PDF called ${name}`);
}

/** A fixture PDF's bytes by name, for the local-file test. */
export const pdfBytes = (name) => printed.get(name);

/**
 * The answer for a request to a fixture PDF address: { status, contentType, body }, or undefined when the
 * address is not one of ours. CORS headers as GOV.UK's assets host sends them.
 */
export function pdfResponse(url) {
  const u = new URL(url);
  const key = `${u.origin}${u.pathname}`;
  const headers = { 'access-control-allow-origin': '*' };
  if (key === PDF_URLS.html) return { status: 200, contentType: 'text/html; charset=utf-8', headers, body: '<!doctype html><title>Page not found</title><h1>Sorry, something went wrong</h1>' };
  if (key === PDF_URLS.missing) return { status: 404, contentType: 'text/html; charset=utf-8', headers, body: 'Not found' };
  const body = bodies.get(key);
  if (body === undefined) return undefined;
  if (key === PDF_URLS.attachment) headers['content-disposition'] = 'attachment; filename="probation-lens-attachment.pdf"';
  return { status: 200, contentType: 'application/pdf', headers, body };
}

// The PDF viewer, the same in every browser: PDFs on GOV.UK open in it, failures are worded, and the way back
// to the browser's own viewer works. The fixture PDFs are printed from our own text (support/pdf-fixtures.mjs).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OUTSIDE_URL } from './support/fixtures.mjs';
import { PDF_URLS } from './support/pdf-fixtures.mjs';
import { addPdfLink, launchWithViewer } from './support/pdf-viewer.mjs';
import { waitFor } from './support/wait.mjs';

/** What the viewer shows: its address, message, page count and the text of its rendered text layers. */
export const viewerState = () => ({
  url: location.href,
  message: document.getElementById('message')?.hidden === false ? document.getElementById('message').innerText : null,
  failure: document.body?.dataset.failure ?? null,
  original: document.getElementById('failure-original')?.href ?? null,
  pages: document.querySelectorAll('#viewer .page').length,
  pageNumber: document.getElementById('page-number')?.value ?? null,
  text: [...document.querySelectorAll('.textLayer')].map((l) => l.textContent).join(' '),
});

/**
 * Navigates the test tab as a typed address would, without waiting for a load: a navigation the extension
 * redirects to its own page is one puppeteer's goto never sees finish in Firefox.
 */
export function navigate(s, url) {
  if (s.name === 'firefox') return s.browser.connection.send('browsingContext.navigate', { context: s.page.mainFrame()._id, url, wait: 'none' });
  return s.page.goto(url, { waitUntil: 'commit' });
}

/** Registers the PDF viewer suite for one browser. */
export function pdfSuite(name, launch) {
  describe(`${name}: pdf viewer`, { timeout: 300_000 }, () => {
    let s;
    let viewerPrefix;
    const state = () => s.evaluate(viewerState);
    /** Opens an address as typed and waits for the viewer to show a document or a message. */
    const open = async (url, ready = (v) => v.pages > 0 && v.text.length > 0) => {
      await navigate(s, url);
      return waitFor(`the viewer for ${url}`, async () => {
        const v = await state().catch(() => null);
        return v !== null && v.url.startsWith(viewerPrefix) && ready(v) ? v : null;
      }, { timeout: 20_000 });
    };

    before(async () => {
      // The rule is registered as the background starts; a fresh profile may need a moment.
      ({ s, viewerPrefix } = await launchWithViewer(launch));
    });
    after(async () => {
      await s?.close();
    });

    it('opens a typed GOV.UK PDF address in the viewer, at the page its fragment names', async () => {
      const v = await open(`${PDF_URLS.policy}#page=2`, (x) => x.pages > 0 && x.text.includes('Notes and reviews'));
      assert.equal(v.url.split('#')[0], `${viewerPrefix}?file=${PDF_URLS.policy}`);
      assert.equal(v.pageNumber, '2');
      assert.equal(v.pages, 4);
      assert.equal(v.message, null);
      assert.equal(await s.evaluate(() => document.title), 'probation-lens-test-policy.pdf – Probation Lens');
    });

    it('opens the older upload address, with a query, and a justice site PDF', async () => {
      const old = await open(`${PDF_URLS.old}?version=2`);
      assert.ok(old.url.startsWith(`${viewerPrefix}?file=${PDF_URLS.old}?version=2`));
      assert.match(old.text, /Probation Lens test policy/);
      const justice = await open(PDF_URLS.justice);
      assert.match(justice.text, /Probation Lens test policy/);
    });

    it('opens a PDF the site sends as a download (Content-Disposition: attachment) in the viewer, not the downloads', async () => {
      const requests = s.requests.length;
      const v = await open(PDF_URLS.attachment);
      assert.equal(v.url.split('#')[0], `${viewerPrefix}?file=${PDF_URLS.attachment}`);
      assert.match(v.text, /Probation Lens test policy/);
      // The redirect acted before the tab's request: the one request to the address is the viewer's own fetch.
      assert.equal(s.requests.slice(requests).filter((u) => u === PDF_URLS.attachment).length, 1);
    });

    it('opens a PDF from a link on any site', async () => {
      await s.goto(OUTSIDE_URL);
      await addPdfLink(s, PDF_URLS.policy);
      const link = await s.evaluate(() => {
        const r = document.getElementById('pdf-link').getBoundingClientRect();
        return { x: r.left + 5, y: r.top + r.height / 2 };
      });
      await s.click(link.x, link.y);
      const v = await waitFor('the viewer after the click', async () => {
        const x = await state().catch(() => null);
        return x !== null && x.url.startsWith(viewerPrefix) && x.pages > 0 && x.text.length > 0 ? x : null;
      }, { timeout: 20_000 });
      assert.match(v.text, /Probation Lens test policy/);
    });

    it('highlights terms in the text layer under the same names, a term broken across lines among them', async () => {
      await open(PDF_URLS.policy);
      await waitFor('the whole document read', () => s.evaluate(() => document.documentElement.dataset.lensRead === 'true'), { timeout: 20_000 });
      const page1 = await waitFor('page 1 highlighted', () => s.evaluate(() => {
        // PQRP, which only the annex explains, has the page-defined style, as on web pages.
        const texts = ['probation-jargon', 'probation-jargon-page'].flatMap((name) => [...(CSS.highlights.get(name) ?? [])])
          .filter((r) => r.startContainer.parentElement.closest('.page').dataset.pageNumber === '1').map((r) => r.toString().replace(/\s+/g, ' '));
        return texts.includes('PQRP') ? texts : null;
      }));
      for (const term of ['SFO', 'MAPPA', 'HMPPS', 'OASys', 'DRR', 'PQRP']) assert.ok(page1.includes(term), `${term} in ${page1}`);
      // "Approved" ends one line and "Premises" starts the next: one range over both text nodes.
      const broken = await s.evaluate(() => {
        const r = [...CSS.highlights.get('probation-jargon')].find((x) => /^Approved\s*Premises$/.test(x.toString()));
        return r ? r.startContainer !== r.endContainer : null;
      });
      assert.equal(broken, true);
      assert.deepEqual(await s.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('probation-jargon')).sort()),
        ['probation-jargon', 'probation-jargon-page', 'probation-jargon-renamed', 'probation-jargon-spelled', 'probation-jargon-unknown']);
    });

    it('explains a term defined only in the annex on the last page where page 3 uses it, with a card on hover', async () => {
      const point = await waitFor('PQRP highlighted on page 3', () => s.evaluate(() => {
        document.querySelector('#viewer .page[data-page-number="3"]').scrollIntoView();
        const r = [...CSS.highlights.get('probation-jargon-page')].find((x) => x.toString() === 'PQRP' && x.startContainer.parentElement.closest('.page').dataset.pageNumber === '3');
        if (!r) return null;
        r.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const b = r.getBoundingClientRect();
        return { x: b.left + 3, y: b.top + b.height / 2 };
      }));
      await s.mouseMove(point.x, point.y);
      const card = await waitFor('the PQRP card', () => s.cardText());
      assert.match(card, /PQRP[\s\S]*Practice Quality Review Panel[\s\S]*Defined on this page/);
      await s.screenshot(`test-results/${name}-pdf-card.png`);
      await s.press('Escape');
      await waitFor('the card to close', async () => (await s.cardText()) === null);
    });

    for (const [what, key, pattern] of [
      ['a missing file (404)', 'missing', /could not be found/],
      ['a web page at a .pdf address', 'html', /does not hold a PDF: the site sent a web page/],
      ['a damaged file', 'corrupt', /damaged or is not a PDF/],
      ['a password-protected file', 'password', /protected by a password/],
    ]) {
      it(`says what happened for ${what}, with a link to the original`, async () => {
        const v = await open(PDF_URLS[key], (x) => x.message !== null);
        assert.match(v.message, pattern);
        assert.equal(v.pages, 0);
        assert.equal(v.original, `${PDF_URLS[key]}?probation-lens-original`);
      });
    }

    it('says when a PDF has no text to read (a scan), and still shows its pages', async () => {
      const v = await open(PDF_URLS.noText, (x) => x.message !== null && x.pages > 0);
      assert.match(v.message, /no text to read/);
    });

    it('lets "Open in the browser\'s viewer" through to the original address', async () => {
      await open(PDF_URLS.policy);
      const href = await s.evaluate(() => document.getElementById('original').href);
      assert.equal(href, `${PDF_URLS.policy}?probation-lens-original`);
      const link = await s.evaluate(() => {
        const r = document.getElementById('original').getBoundingClientRect();
        return { x: r.left + 5, y: r.top + r.height / 2 };
      });
      const requests = s.requests.length;
      await s.click(link.x, link.y);
      await waitFor('the original request', () => s.requests.slice(requests).includes(href));
      await waitFor('the tab at the original address', async () => (await s.evaluate(() => location.href).catch(() => null)) === href);
    });

    it('leaves PDFs to the browser when the viewer is switched off in the options', async () => {
      const options = await s.openExtensionPage('options.html');
      try {
        await options.waitFor('#pdf-viewer:not([disabled])');
        assert.equal(await options.evaluate(() => document.getElementById('pdf-viewer').checked), true);
        await options.click('#pdf-viewer');
        await waitFor('the rules to go', () => s.inExtension(async () => (await (globalThis.browser ?? globalThis.chrome).declarativeNetRequest.getDynamicRules()).length === 0));
        const requests = s.requests.length;
        await s.front();
        await navigate(s, PDF_URLS.policy).catch(() => undefined);
        await waitFor('the request to reach the site', () => s.requests.slice(requests).includes(PDF_URLS.policy));
        assert.equal(await s.evaluate(() => location.href).catch(() => PDF_URLS.policy), PDF_URLS.policy);
        await options.click('#pdf-viewer');
        await waitFor('the rules to come back', () => s.inExtension(async () => (await (globalThis.browser ?? globalThis.chrome).declarativeNetRequest.getDynamicRules()).length >= 3));
      } finally {
        await options.close();
        await s.front();
      }
      const v = await open(PDF_URLS.policy);
      assert.match(v.text, /Probation Lens test policy/);
    });
  });
}

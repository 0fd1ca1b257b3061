// The lens in the PDF viewer does what it does on web pages, for the whole document: the same highlight names
// and kinds, Alt+Shift+J/K through every page, the popup's This page list with its jumps, the site switch,
// personal terms and display settings applied at once, and a 220-page document used from its middle.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { policyDocument } from '../fixtures/pdf-documents.mjs';
import { PDF_URLS } from './support/pdf-fixtures.mjs';
import { launchWithViewer, navigate } from './support/pdf-viewer.mjs';
import { waitFor } from './support/wait.mjs';

/** The texts of a highlight's ranges on one page of the viewer (white space as one space). */
const onPage = ({ name, page }) => [...(CSS.highlights.get(name) ?? [])]
  .filter((r) => r.startContainer.isConnected && r.startContainer.parentElement.closest('.page')?.dataset.pageNumber === String(page))
  .map((r) => r.toString().replace(/\s+/g, ' '));

/** The middle of the first range of a highlight with this text on a page, scrolled into view; null when none. */
const pointAt = ({ name, page, text }) => {
  const r = [...(CSS.highlights.get(name) ?? [])].find((x) => x.startContainer.isConnected && x.toString() === text
    && x.startContainer.parentElement.closest('.page')?.dataset.pageNumber === String(page));
  if (!r) return null;
  r.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const b = r.getBoundingClientRect();
  return { x: b.left + Math.min(3, b.width / 2), y: b.top + b.height / 2 };
};

/** How often the large fixture uses a word, counted in the text it was printed from. */
function usesInLarge(word) {
  const text = policyDocument({ pages: 220 }).replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
  return text.match(new RegExp(`\\b${word}\\b`, 'g')).length;
}

/** Registers the PDF lens suite for one browser. */
export function pdfLensSuite(name, launch) {
  describe(`${name}: pdf lens`, { timeout: 600_000 }, () => {
    let s;
    let viewerPrefix;
    const state = () => s.evaluate(() => ({
      url: location.href,
      read: document.documentElement.dataset.lensRead === 'true',
      pages: document.querySelectorAll('#viewer .page').length,
      pageNumber: document.getElementById('page-number')?.value ?? null,
    }));
    /** Opens an address as typed and waits for the viewer to have read the whole document. */
    const open = async (url) => {
      await navigate(s, url);
      return waitFor(`the viewer to read ${url}`, async () => {
        const v = await state().catch(() => null);
        return v !== null && v.url.startsWith(viewerPrefix) && v.read ? v : null;
      }, { timeout: 60_000 });
    };
    const highlighted = (hl, page, term, what = `${term} on page ${page}`) =>
      waitFor(what, async () => ((await s.evaluate(onPage, { name: hl, page }).catch(() => [])).includes(term) ? s.evaluate(onPage, { name: hl, page }) : null), { timeout: 30_000 });
    const hover = async (hl, page, text) => {
      const p = await waitFor(`${text} on page ${page} to hover`, () => s.evaluate(pointAt, { name: hl, page, text }), { timeout: 30_000 });
      await s.mouseMove(p.x, p.y);
      return waitFor(`the ${text} card`, () => s.cardText(), { timeout: 20_000 });
    };
    const closeCard = async () => {
      await s.mouseMove(2, 2);
      await s.press('Escape');
      await waitFor('the card to close', async () => (await s.cardText()) === null);
    };
    const selected = () => s.evaluate(() => getSelection().toString().replace(/\s+/g, ' '));
    /** The popup, opened as a page acting on the viewer's tab. */
    const popupForViewer = async () => {
      const tab = await s.evaluate(async () => (await (globalThis.browser ?? globalThis.chrome).tabs.getCurrent()).id);
      return s.openExtensionPage(`popup.html?tab=${tab}`);
    };
    const background = (call, args) => s.inExtension(async ([c, a]) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const reply = await api.runtime.sendMessage({ probationLens: c, args: a });
      if (reply?.error) throw new Error(reply.error);
      return reply?.ok;
    }, [call, args]);

    before(async () => {
      ({ s, viewerPrefix } = await launchWithViewer(launch));
    });
    after(async () => {
      await s?.close();
    });

    it('paints the same highlight names and kinds as on web pages: defined by the document, written out, unexplained', async () => {
      await open(PDF_URLS.policy);
      assert.deepEqual(await s.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('probation-jargon')).sort()),
        ['probation-jargon', 'probation-jargon-page', 'probation-jargon-renamed', 'probation-jargon-spelled', 'probation-jargon-unknown']);
      // PQRP is explained only by the annex: the web lens's page-defined style, on page 1 as on page 3.
      await highlighted('probation-jargon-page', 1, 'PQRP');
      assert.ok(!(await s.evaluate(onPage, { name: 'probation-jargon', page: 1 })).includes('PQRP'));
      assert.ok((await s.evaluate(onPage, { name: 'probation-jargon', page: 1 })).includes('SFO'));
      await s.evaluate(() => document.querySelector('#viewer .page[data-page-number="3"]').scrollIntoView());
      await highlighted('probation-jargon-page', 3, 'PQRP');
      await highlighted('probation-jargon-spelled', 3, 'multi-agency public protection arrangements');
      assert.deepEqual(await highlighted('probation-jargon-unknown', 3, 'LPRB'), ['LPRB', 'LPRB']);
      assert.match(await hover('probation-jargon-spelled', 3, 'multi-agency public protection arrangements'), /MAPPA/);
      await closeCard();
    });

    it('shows the everyday word "offenders" as renamed in a probation document, and not in a document about tax', async () => {
      // This document's own viewer (its file name is in the viewer's address), once it has read the whole document.
      const openDocument = async (url) => {
        await navigate(s, url);
        const file = url.split('/').pop();
        await waitFor(`the viewer to read ${file}`, async () => {
          const v = await state().catch(() => null);
          return v !== null && v.url.startsWith(viewerPrefix) && decodeURIComponent(v.url).includes(file) && v.read;
        }, { timeout: 60_000 });
      };
      await openDocument(PDF_URLS.tax);
      // Page 1 painted, where "offenders" is written twice, about tax: no renamed highlight.
      const layer = await waitFor('the tax document painted', () => s.evaluate(() => {
        const painted = performance.getEntriesByName('probation-jargon:pdf-page').some((m) => m.detail?.page === 1);
        // Printed with ligatures, as many PDFs are ("oﬀenders"): the lens reads them spelt out.
        const text = (document.querySelector('#viewer .page[data-page-number="1"] .textLayer')?.textContent ?? '').normalize('NFKC').replace(/\s+/g, ' ');
        return painted ? text : null;
      }), { timeout: 30_000 });
      assert.match(layer, /serial offenders[\s\S]*Repeat offenders/);
      assert.deepEqual(await s.evaluate(onPage, { name: 'probation-jargon-renamed', page: 1 }), []);
      // The probation document: "Offenders" on page 2 is the renamed term, with the card saying what it is called now.
      await openDocument(PDF_URLS.policy);
      await s.evaluate(() => document.querySelector('#viewer .page[data-page-number="2"]').scrollIntoView());
      const renamed = await waitFor('Offenders on page 2', async () => {
        const texts = (await s.evaluate(onPage, { name: 'probation-jargon-renamed', page: 2 }).catch(() => [])).map((t) => t.normalize('NFKC'));
        return texts.includes('Offenders') ? texts : null;
      }, { timeout: 30_000 });
      assert.deepEqual(renamed, ['Offenders']);
      const written = (await s.evaluate(onPage, { name: 'probation-jargon-renamed', page: 2 }))[0];
      assert.match(await hover('probation-jargon-renamed', 2, written), /person on probation/);
      await closeCard();
    });

    it('offers "Add a definition" on an unexplained acronym, and explains it in the open viewer once saved', async () => {
      assert.match(await hover('probation-jargon-unknown', 3, 'LPRB'), /LPRB/);
      assert.match(await waitFor('the card’s action', () => s.uiText('#probation-lens-card button')), /Add a definition/);
      await closeCard();
      // The address the card's action opens (the background's openAddTerm, unit-tested); the viewer stays open.
      const adding = await s.openExtensionPage('options.html#add-term=LPRB');
      try {
        await waitFor('LPRB filled in', async () => (await adding.evaluate(() => document.getElementById('term-abbreviation')?.value)) === 'LPRB');
        await adding.fill('#term-expansion', 'Local Practice Review Board');
        await adding.evaluate(() => {
          const select = document.getElementById('term-category');
          select.value = 'process';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        });
        await adding.click('#term-save');
        await waitFor('LPRB saved', async () => (await adding.text('#glossary-table'))?.includes('Local Practice Review Board'));
        await s.front();
        const explained = await highlighted('probation-jargon', 3, 'LPRB', 'LPRB explained in the open viewer');
        assert.deepEqual(explained.filter((t) => t === 'LPRB'), ['LPRB', 'LPRB']);
        assert.ok(!(await s.evaluate(onPage, { name: 'probation-jargon-unknown', page: 3 })).includes('LPRB'));
        assert.match(await hover('probation-jargon', 3, 'LPRB'), /Local Practice Review Board/);
        await closeCard();
      } finally {
        await background('deletePersonalTerm', { term: 'LPRB' }).catch(() => undefined);
        await adding.close();
        await s.front();
      }
    });

    it('applies a change of the display settings in the open viewer at once', async () => {
      await s.evaluate(() => document.querySelector('#viewer .page[data-page-number="1"]').scrollIntoView());
      await highlighted('probation-jargon', 1, 'MAPPA');
      try {
        // MAPPA is a process; SFO is not.
        await background('setDisplaySettings', { hiddenCategories: ['process'] });
        await waitFor('MAPPA no longer painted', async () => {
          const terms = await s.evaluate(onPage, { name: 'probation-jargon', page: 1 });
          return !terms.includes('MAPPA') && terms.includes('SFO');
        }, { timeout: 30_000 });
      } finally {
        await background('setDisplaySettings', { hiddenCategories: [] });
      }
      await highlighted('probation-jargon', 1, 'MAPPA', 'MAPPA painted again');
    });

    it("switches the lens off and on in the open viewer from the popup's site switch", async () => {
      const popup = await popupForViewer();
      try {
        await popup.waitFor('#site-switch');
        assert.equal(await popup.evaluate(() => document.getElementById('site-switch').checked), true);
        await popup.click('#site-switch');
        await waitFor('the viewer cleared', async () => (await s.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('probation-jargon')).length)) === 0, { timeout: 30_000 });
        await popup.click('#site-switch');
        await highlighted('probation-jargon', 1, 'SFO', 'the viewer painted again');
      } finally {
        await popup.close();
        await s.front();
      }
    });

    it('moves through the whole document with Alt+Shift+J and K, turning to pages not rendered yet', async () => {
      const v = await open(PDF_URLS.large);
      assert.equal(v.pages, 220);
      await highlighted('probation-jargon', 1, 'SFO');
      await s.press('Alt+Shift+KeyJ');
      assert.match(await waitFor('the first term’s card', () => s.cardText(), { timeout: 20_000 }), /SFO[\s\S]*Serious Further Offence/);
      assert.equal(await selected(), 'SFO');
      // Back from the first term: the document's last, in the annex on the last page, which has not been rendered.
      assert.equal(await s.evaluate(() => document.querySelector('#viewer .page[data-page-number="220"] .textLayer span')), null);
      await s.press('Alt+Shift+KeyK');
      await waitFor('the last page', async () => (await state()).pageNumber === '220', { timeout: 30_000 });
      assert.match(await waitFor('the PQRP card', async () => ((await s.cardText())?.includes('PQRP') ? s.cardText() : null), { timeout: 30_000 }), /Practice Quality Review Panel/);
      assert.equal(await selected(), 'PQRP');
      await s.press('Escape');
      await waitFor('the card to close', async () => (await s.cardText()) === null);
      // And on again, round to the first page.
      await s.press('Alt+Shift+KeyJ');
      await waitFor('page 1 again', async () => (await state()).pageNumber === '1', { timeout: 30_000 });
      await waitFor('SFO selected', async () => (await selected()) === 'SFO');
      await closeCard();
    });

    it("lists the whole document's terms in the popup's This page tab and jumps to each use, turning pages", async () => {
      const popup = await popupForViewer();
      try {
        await popup.click('#tab-page');
        await popup.waitFor('.term[data-term="SFO"]', 60_000);
        // Every use in all 220 pages, though only the first few have been rendered.
        assert.match(await popup.text('.term[data-term="SFO"]'), new RegExp(`^SFO[\\s\\S]*\\b${usesInLarge('SFO')}\\b`));
        assert.match(await popup.text('#group-defined-on-this-page + ul'), /PQRP[\s\S]*Practice Quality Review Panel[\s\S]*\b3\b/);
        assert.match(await popup.text('#panel-page'), /LPRB[\s\S]*\b2\b/);
        for (const page of ['1', '3', '220']) {
          await popup.click('.term[data-term="PQRP"]');
          await waitFor(`PQRP shown on page ${page}`, async () => (await state()).pageNumber === page && (await selected()) === 'PQRP', { timeout: 30_000 });
          assert.match(await popup.text('.status'), /Showing PQRP/);
        }
        await s.front();
        assert.match(await waitFor('the PQRP card', () => s.cardText(), { timeout: 20_000 }), /PQRP/);
        await closeCard();
      } finally {
        await popup.close();
        await s.front();
      }
    });

    it('opens a 220-page document at page 150 with its terms painted, and paints pages again when they come back', async () => {
      const v = await open(`${PDF_URLS.large}#page=150`);
      assert.equal(v.pageNumber, '150');
      assert.deepEqual((await highlighted('probation-jargon', 150, 'MAPPA')).filter((t) => t === 'SFO' || t === 'MAPPA'), ['SFO', 'MAPPA']);
      assert.match(await hover('probation-jargon', 150, 'SFO'), /Serious Further Offence/);
      await closeCard();
      // Page 1 read and painted, then far pages shown until pdf.js releases it, then page 1 again.
      // The page number box, as a reader types a page.
      const go = async (page) => {
        await s.evaluate((p) => {
          const box = document.getElementById('page-number');
          box.value = String(p);
          box.dispatchEvent(new Event('change', { bubbles: true }));
        }, page);
        await highlighted('probation-jargon', page, 'SFO');
      };
      await go(1);
      for (const page of [40, 60, 80, 100, 120, 140, 160, 180, 200]) await go(page);
      await waitFor('page 1 released by pdf.js', () => s.evaluate(() => document.querySelector('#viewer .page[data-page-number="1"] .textLayer') === null));
      await go(1);
      assert.deepEqual((await s.evaluate(onPage, { name: 'probation-jargon', page: 1 })).filter((t) => t === 'SFO' || t === 'MAPPA'), ['SFO', 'MAPPA']);
      assert.match(await hover('probation-jargon', 1, 'MAPPA'), /Multi-Agency Public Protection Arrangements/);
      await closeCard();
    });
  });
}

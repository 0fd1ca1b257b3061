// The PDF viewer as a reader uses it, the same in every browser: page number and moving between pages (and the
// page in the address), zoom and fit to width (the highlights follow the rebuilt text layer), the contents
// panel, find, print (the document, not the toolbar), download of the original, a file from this computer,
// light and dark (axe-core, WCAG 2.2 AA) and the toolbar by keyboard.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { AXE } from './support/extension-page.mjs';
import { PDF_URLS, pdfBytes } from './support/pdf-fixtures.mjs';
import { choose, clickOn, launchWithViewer, navigate, printToPdf, readPdf, setFile, viewerAddress } from './support/pdf-viewer.mjs';
import { waitFor } from './support/wait.mjs';

/** The viewer's toolbar state and which pages show text. */
const toolbarState = () => ({
  url: location.href,
  hash: location.hash,
  pageNumber: document.getElementById('page-number')?.value ?? null,
  zoom: document.getElementById('zoom')?.value ?? null,
  find: document.getElementById('find-result')?.textContent ?? null,
  pages: document.querySelectorAll('#viewer .page').length,
  text: [...document.querySelectorAll('.textLayer')].map((l) => l.textContent).join(' '),
});

/** The terms highlighted on a page (probation-jargon), whether every range is still in the document, and SFO's width. */
const pageHighlights = (page) => {
  // PQRP, which only the annex explains, has the page-defined style (probation-jargon-page), as on web pages.
  const ranges = ['probation-jargon', 'probation-jargon-page'].flatMap((name) => [...(CSS.highlights.get(name) ?? [])]).filter((r) => r.startContainer.parentElement?.closest('.page')?.dataset.pageNumber === String(page));
  const sfo = ranges.find((r) => r.toString() === 'SFO');
  return {
    terms: ranges.map((r) => r.toString().replace(/\s+/g, ' ')).sort(),
    connected: ranges.every((r) => r.startContainer.isConnected && r.endContainer.isConnected),
    sfoWidth: sfo ? sfo.getBoundingClientRect().width : 0,
  };
};

/** Relative luminance and contrast ratio (WCAG 2.2), for the colours the viewer's chrome computes to. */
const chromeColours = () => {
  const rgb = (c) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const lum = (c) => {
    const [r, g, b] = rgb(c).map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
  const bar = getComputedStyle(document.getElementById('toolbar'));
  const button = getComputedStyle(document.getElementById('next-page'));
  const link = getComputedStyle(document.getElementById('original'));
  const page = getComputedStyle(document.body);
  return {
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
    barLuminance: lum(bar.backgroundColor),
    pageLuminance: lum(page.backgroundColor),
    buttonContrast: ratio(button.color, button.backgroundColor),
    linkContrast: ratio(link.color, bar.backgroundColor),
    textContrast: ratio(page.color, page.backgroundColor),
  };
};

/**
 * axe-core (WCAG 2.2 A and AA, and best practice) over the viewer. Left out: the structure tree pdf.js puts inside
 * each page's canvas from the PDF's own tags (here Chromium's tagged printing): what its author tagged, not ours.
 */
const AXE_VIEWER = `${AXE};
  axe.run({ exclude: [['#viewer canvas']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
    .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })))`;

/** Registers the viewer's toolbar suite for one browser. */
export function pdfUiSuite(name, launch) {
  describe(`${name}: pdf viewer toolbar`, { timeout: 400_000 }, () => {
    let s;
    let viewerPrefix;
    const state = () => s.evaluate(toolbarState);
    /** Opens an address as typed and waits for the viewer to show its text (and the lens to have read it). */
    const open = async (url) => {
      await navigate(s, url);
      await waitFor(`the viewer for ${url}`, async () => {
        const v = await state().catch(() => null);
        return v !== null && v.url.startsWith(viewerPrefix) && v.pages > 0 && v.text.length > 0 ? v : null;
      }, { timeout: 30_000 });
      await waitFor('the whole document read', () => s.evaluate(() => document.documentElement.dataset.lensRead === 'true'), { timeout: 30_000 });
      return state();
    };
    const until = (what, test) => waitFor(what, async () => {
      const v = await state().catch(() => null);
      return v !== null && test(v) ? v : null;
    }, { timeout: 20_000 });

    before(async () => {
      ({ s, viewerPrefix } = await launchWithViewer(launch));
    });
    after(async () => {
      await s?.close();
    });

    it('moves between pages with the buttons, the page number box and scrolling, and keeps the page in the address', async () => {
      let v = await open(PDF_URLS.policy);
      assert.equal(v.pageNumber, '1');
      assert.equal(await s.evaluate(() => document.getElementById('page-count').textContent), 'of 4');
      await clickOn(s, '#next-page');
      v = await until('page 2', (x) => x.pageNumber === '2' && x.hash === '#page=2');
      assert.ok(v.url.startsWith(`${viewerPrefix}?file=${PDF_URLS.policy}#page=2`), v.url);
      await clickOn(s, '#previous-page');
      await until('page 1 again', (x) => x.pageNumber === '1' && x.hash === '#page=1');
      // Typed into the box: Enter goes there.
      await clickOn(s, '#page-number');
      await s.press('End');
      await s.press('Backspace');
      await s.type('3');
      await s.press('Enter');
      await until('page 3 from the box', (x) => x.pageNumber === '3' && x.hash === '#page=3');
      assert.equal(await s.evaluate(() => {
        const c = document.getElementById('viewerContainer').getBoundingClientRect();
        const p = document.querySelector('#viewer .page[data-page-number="3"]').getBoundingClientRect();
        return p.top < c.bottom && p.bottom > c.top;
      }), true, 'page 3 is on screen');
      // The reader scrolls to the last page: the box and the address follow.
      await s.evaluate(() => document.querySelector('#viewer .page[data-page-number="4"]').scrollIntoView());
      await until('page 4 from scrolling', (x) => x.pageNumber === '4' && x.hash === '#page=4');
      // A page that does not exist changes nothing.
      await clickOn(s, '#page-number');
      await s.press('End');
      await s.press('Backspace');
      await s.type('99');
      await s.press('Enter');
      await until('the box back at page 4', (x) => x.pageNumber === '4' && x.hash === '#page=4');
    });

    it('zooms in and out and fits to width; the highlights follow each rebuilt text layer', async () => {
      await open(PDF_URLS.policy);
      const before = await waitFor('page 1 highlighted', async () => {
        const h = await s.evaluate(pageHighlights, 1);
        return h.terms.includes('PQRP') && h.sfoWidth > 0 ? h : null;
      });
      assert.equal((await state()).zoom, 'page-width', 'a document opens fitted to the width');
      await clickOn(s, '#zoom-in');
      const zoomed = await waitFor('page 1 highlighted at the larger size', async () => {
        const h = await s.evaluate(pageHighlights, 1);
        return h.connected && h.sfoWidth > before.sfoWidth * 1.05 ? h : null;
      });
      assert.deepEqual(zoomed.terms, before.terms, 'the same terms on page 1 after zooming in');
      assert.notEqual((await state()).zoom, 'page-width');
      await clickOn(s, '#zoom-out');
      await clickOn(s, '#zoom-out');
      const smaller = await waitFor('page 1 highlighted at the smaller size', async () => {
        const h = await s.evaluate(pageHighlights, 1);
        return h.connected && h.sfoWidth < before.sfoWidth * 0.95 ? h : null;
      });
      assert.deepEqual(smaller.terms, before.terms, 'the same terms on page 1 after zooming out');
      await choose(s, '#zoom', 'page-width');
      const fitted = await waitFor('the page as wide as the view', () => s.evaluate(() => {
        const c = document.getElementById('viewerContainer').clientWidth;
        const p = document.querySelector('#viewer .page[data-page-number="1"]').getBoundingClientRect().width;
        return p > c - 60 && p <= c ? { c, p } : null;
      }));
      assert.ok(fitted);
      const after = await waitFor('page 1 highlighted fitted to the width', async () => {
        const h = await s.evaluate(pageHighlights, 1);
        return h.connected && Math.abs(h.sfoWidth - before.sfoWidth) < 1 ? h : null;
      });
      assert.deepEqual(after.terms, before.terms);
    });

    it('shows the document outline and jumps to a heading', async () => {
      await open(PDF_URLS.outlined);
      await clickOn(s, '#outline-toggle');
      const titles = await waitFor('the outline', () => s.evaluate(() => {
        const panel = document.getElementById('outline');
        return panel.hidden ? null : [...panel.querySelectorAll('button')].map((b) => b.textContent);
      }));
      assert.deepEqual(titles, ['Probation Lens test policy', 'Notes and reviews', 'Section 3', 'Annex A: Glossary of abbreviations']);
      assert.equal(await s.evaluate(() => document.getElementById('outline-toggle').getAttribute('aria-expanded')), 'true');
      await s.evaluate(() => { [...document.querySelectorAll('#outline button')].find((b) => b.textContent.startsWith('Annex A')).dataset.e2e = 'annex'; });
      await clickOn(s, '#outline button[data-e2e="annex"]');
      await until('the annex page', (x) => x.pageNumber === '4' && x.hash === '#page=4');
      await clickOn(s, '#outline-toggle');
      await waitFor('the outline closed', () => s.evaluate(() => document.getElementById('outline').hidden));
    });

    it('finds a word in the document, counting matches and moving between them', async () => {
      await open(PDF_URLS.policy);
      await clickOn(s, '#find');
      await s.type('PQRP');
      await until('the first of three matches', (x) => x.find === '1 of 3');
      const selected = () => s.evaluate(() => {
        const m = document.querySelector('.textLayer .highlight.selected');
        return m ? { text: m.textContent, page: m.closest('.page').dataset.pageNumber } : null;
      });
      assert.deepEqual(await waitFor('the match marked', selected), { text: 'PQRP', page: '1' });
      // pdf.js marks a match by rewriting the text layer's text: the page's terms are painted again on the new text.
      const jargonKept = (what) => waitFor(what, async () => {
        const h = await s.evaluate(pageHighlights, 1);
        return h.connected && h.terms.includes('PQRP') && h.terms.includes('SFO') ? h : null;
      });
      await jargonKept('page 1 highlighted with the matches marked');
      await s.press('Enter');
      await until('the second match', (x) => x.find === '2 of 3' && x.pageNumber === '3');
      assert.deepEqual(await waitFor('the second match marked', async () => ((await selected())?.page === '3' ? selected() : null)), { text: 'PQRP', page: '3' });
      await clickOn(s, '#find-next');
      await until('the third match, in the annex', (x) => x.find === '3 of 3' && x.pageNumber === '4');
      await clickOn(s, '#find-previous');
      await until('back to the second', (x) => x.find === '2 of 3' && x.pageNumber === '3');
      await clickOn(s, '#find');
      await s.press('End');
      for (let i = 0; i < 4; i++) await s.press('Backspace');
      await s.type('no such phrase');
      await until('no match', (x) => x.find === 'Not found');
      await jargonKept('page 1 highlighted with the marks taken away');
    });

    it('prints the whole document, page by page, and none of the viewer around it', async () => {
      await open(PDF_URLS.policy);
      // The browser's print dialog cannot be driven; window.print is replaced in the page's own world by one
      // that keeps what was prepared for printing, so the browser's print-to-PDF can print exactly that.
      await s.evaluate(() => {
        window.print = () => {
          const prepared = document.getElementById('print-pages');
          const kept = document.createElement('div');
          kept.id = 'print-pages';
          kept.append(...prepared.querySelectorAll('img'));
          const paper = [...document.head.querySelectorAll('style')].find((x) => x.textContent.startsWith('@page'));
          window.e2ePrinted = { calls: (window.e2ePrinted?.calls ?? 0) + 1, images: kept.querySelectorAll('img').length, paper: paper?.textContent ?? null };
          const keptPaper = paper?.cloneNode(true);
          queueMicrotask(() => {
            document.body.append(kept);
            if (keptPaper) document.head.append(keptPaper);
          });
        };
      });
      await clickOn(s, '#print');
      const printed = await waitFor('the print call', () => s.evaluate(() => window.e2ePrinted ?? null), { timeout: 30_000 });
      assert.deepEqual({ ...printed, paper: undefined }, { calls: 1, images: 4, paper: undefined });
      // Paper the size of the document's pages (A4, in points), without margins.
      const [, w, h] = /^@page \{ size: (\d+)pt (\d+)pt; margin: 0; \}$/.exec(printed.paper) ?? [];
      assert.ok(Math.abs(w - 595) <= 2 && Math.abs(h - 842) <= 2, printed.paper);
      await waitFor('the prepared pages kept', () => s.evaluate(() => document.querySelectorAll('#print-pages').length === 1 && [...document.querySelectorAll('#print-pages img')].every((i) => i.complete && i.naturalWidth > 0)));
      const pages = await s.evaluate(() => [...document.querySelectorAll('#print-pages img')].map((i) => i.naturalHeight / i.naturalWidth));
      for (const ratio of pages) assert.ok(Math.abs(ratio - 297 / 210) < 0.01, `an A4 page (height/width ${ratio})`);
      const out = await readPdf(await printToPdf(s));
      assert.equal(out.pages, 4, 'a printed page per page of the document');
      // The pages print as images: the toolbar's words (or any text of the screen view) would be text.
      assert.deepEqual(out.texts.map((t) => t.trim()), ['', '', '', '']);
      await s.evaluate(() => {
        document.getElementById('print-pages')?.remove();
        [...document.head.querySelectorAll('style')].find((x) => x.textContent.startsWith('@page'))?.remove();
      });
    });

    it('downloads the original file under its own name', async () => {
      await open(PDF_URLS.policy);
      assert.equal(await s.evaluate(() => document.getElementById('download').getAttribute('href')), PDF_URLS.policy);
      // The click saves the bytes the viewer holds through a blob link; the link's click is kept, not followed.
      await s.evaluate(() => {
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob) => {
          window.e2eBlob = blob;
          return create(blob);
        };
        HTMLAnchorElement.prototype.click = function click() {
          if (this.id !== 'download') window.e2eSaved = { download: this.download, href: this.href };
        };
      });
      await clickOn(s, '#download');
      const saved = await waitFor('the save', () => s.evaluate(() => window.e2eSaved ?? null));
      assert.equal(saved.download, 'probation-lens-test-policy.pdf');
      assert.match(saved.href, /^blob:/);
      const digest = await s.evaluate(async () => {
        const bytes = new Uint8Array(await window.e2eBlob.arrayBuffer());
        return { type: window.e2eBlob.type, sha256: [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('') };
      });
      assert.deepEqual(digest, { type: 'application/pdf', sha256: createHash('sha256').update(pdfBytes('policy')).digest('hex') });
    });

    it('opens a PDF from this computer and explains its jargon', async () => {
      await open(PDF_URLS.policy);
      await setFile(s, '#open-file', 'my-saved-policy.pdf', pdfBytes('policy'));
      await waitFor('the local file shown', () => s.evaluate(() => (document.title === 'my-saved-policy.pdf – Probation Lens' && document.querySelector('.textLayer span') ? true : null)), { timeout: 30_000 });
      const h = await waitFor('page 1 of the local file highlighted', async () => {
        const x = await s.evaluate(pageHighlights, 1);
        return x.connected && x.terms.includes('PQRP') ? x : null;
      }, { timeout: 30_000 });
      for (const term of ['SFO', 'MAPPA', 'OASys', 'DRR']) assert.ok(h.terms.includes(term), `${term} in ${h.terms}`);
      const v = await state();
      assert.equal(v.url.split('#')[0], viewerPrefix, 'the address no longer names the web document');
      assert.equal(await s.evaluate(() => document.getElementById('original').hidden), true, 'no link to a web original');
    });

    it('is accessible in the light scheme (axe-core, WCAG 2.2 AA) and its toolbar works by keyboard in order with a visible focus', async () => {
      await open(PDF_URLS.outlined);
      const colours = await s.evaluate(chromeColours);
      assert.equal(colours.dark, false);
      assert.ok(colours.buttonContrast >= 4.5 && colours.linkContrast >= 4.5 && colours.textContrast >= 4.5, JSON.stringify(colours));
      const violations = await s.evaluate(AXE_VIEWER);
      if (violations.length) console.log('axe, viewer light:', JSON.stringify(violations, null, 2));
      assert.deepEqual(violations, []);
      // Tab from the top: every control of the toolbar in reading order, then the pages.
      await s.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
      const order = [];
      for (let i = 0; i < 15; i++) {
        await s.press('Tab');
        order.push(await s.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el.id === 'open-file' ? el.closest('label') : el);
          const yellow = 'rgb(255, 221, 0)';
          // Null when the window lacks the system focus (nothing then matches :focus-visible).
          const shown = document.hasFocus() ? (style.outlineStyle !== 'none' && style.outlineColor === yellow) : null;
          return `${el.id}${shown === false ? ' (focus not shown)' : ''}`;
        }));
      }
      assert.deepEqual(order, ['outline-toggle', 'previous-page', 'page-number', 'next-page', 'zoom-out', 'zoom', 'zoom-in', 'find', 'find-previous', 'find-next',
        'print', 'download', 'original', 'open-file', 'viewerContainer']);
    });

    it('uses dark colours with AA contrast in the dark scheme (axe-core)', async () => {
      const dark = await launch({ dark: true });
      try {
        const prefix = await viewerAddress(dark);
        await navigate(dark, PDF_URLS.outlined);
        await waitFor('the viewer, dark', async () => {
          const v = await dark.evaluate(toolbarState).catch(() => null);
          return v !== null && v.url.startsWith(prefix) && v.text.length > 0 ? v : null;
        }, { timeout: 30_000 });
        await waitFor('the whole document read, dark', () => dark.evaluate(() => document.documentElement.dataset.lensRead === 'true'), { timeout: 30_000 });
        const colours = await dark.evaluate(chromeColours);
        assert.equal(colours.dark, true, 'dark scheme in effect');
        assert.ok(colours.barLuminance < 0.1 && colours.pageLuminance < 0.1, `dark toolbar and page background: ${JSON.stringify(colours)}`);
        assert.ok(colours.buttonContrast >= 4.5 && colours.linkContrast >= 4.5 && colours.textContrast >= 4.5, JSON.stringify(colours));
        await clickOn(dark, '#outline-toggle');
        const violations = await dark.evaluate(AXE_VIEWER);
        if (violations.length) console.log('axe, viewer dark:', JSON.stringify(violations, null, 2));
        assert.deepEqual(violations, []);
        await dark.screenshot(`test-results/${name}-pdf-dark.png`);
      } finally {
        await dark.close();
      }
    });
  });
}

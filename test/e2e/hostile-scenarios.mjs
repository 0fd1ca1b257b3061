// Hostile pages, run the same way in every browser: huge or churning documents, shadow roots, frames, SVG
// text, editable regions, and a page that replaces the DOM's built-ins in its own world. On each, the tab
// must stay responsive, no error may escape, and the highlights must be where the page allows them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import {
  bigTextNodePage, churningPage, editablePage, framedPage, framesPage, manyElementsPage, overridesPage, shadowPage, squatterPage, svgPage,
} from '../fixtures/hostile/pages.mjs';
import { overridePage } from './support/fixtures.mjs';
import { waitFor } from './support/wait.mjs';

const BASE = 'https://www.gov.uk/hostile';
const FRAMED_SAME = `${BASE}/framed`;
const FRAMED_CROSS = 'https://example.org/hostile/framed';
const PAGES = {
  many: { url: `${BASE}/many-elements`, ...manyElementsPage() },
  bigText: { url: `${BASE}/five-megabyte-text-node`, ...bigTextNodePage(5_000_000) },
  churn: { url: `${BASE}/churn`, html: churningPage(10_000) },
  shadow: { url: `${BASE}/shadow-roots`, html: shadowPage() },
  frames: { url: `${BASE}/frames`, html: framesPage({ sameUrl: FRAMED_SAME, crossUrl: FRAMED_CROSS }) },
  framedSame: { url: FRAMED_SAME, html: framedPage('The MAPPA panel in a GOV.UK frame.') },
  framedCross: { url: FRAMED_CROSS, html: framedPage('The MAPPA panel in a frame from another site.') },
  svg: { url: `${BASE}/svg-text`, html: svgPage() },
  editable: { url: `${BASE}/editable`, html: editablePage() },
  overrides: { url: `${BASE}/overridden-built-ins`, html: overridesPage() },
  squatter: { url: `${BASE}/defines-probation-lens-ui`, html: squatterPage() },
};

// The issue's bound: no task of the tab over this while the extension works on a hostile page.
const RESPONSIVE_MS = 200;
const JARGON = 'probation-jargon';

/** The highlights that hold something, as { name: { "where:text": count } }. */
const painted = (probe) => Object.fromEntries(Object.entries(probe.highlights).filter(([, found]) => Object.keys(found).length > 0));

/** Registers the hostile-pages suite for one browser. */
export function hostileSuite(name, launch) {
  describe(`${name}: hostile pages`, { timeout: 900_000 }, () => {
    let s;
    let takeErrors;
    const figures = [];
    before(async () => {
      for (const p of Object.values(PAGES)) overridePage(p.url, p.html);
      s = await launch();
      takeErrors = await s.collectErrors();
    });
    after(async () => {
      for (const p of Object.values(PAGES)) overridePage(p.url, null);
      console.log(`# ${name}: ${figures.join('; ')}`);
      await s?.close();
    });

    /** What the page's probe has recorded (see test/fixtures/hostile/pages.mjs). */
    const probe = async () => JSON.parse(await s.evaluate(() => window.__probe()));

    /** Opens a hostile page and waits for the extension's first full pass, then a second for what follows. */
    const visit = async (page, { timeout = 30_000 } = {}) => {
      takeErrors();
      await s.goto(page.url);
      await waitFor(`the full scan of ${page.url}`, async () => (await probe()).fullScans > 0, { timeout });
      // Painting the highlights and placing notes come after the pass; their tasks count too.
      await new Promise((r) => setTimeout(r, 1000));
      return probe();
    };

    /**
     * Every hostile page: responsive, and no error anywhere. Where the browser has the long-task API
     * (Chromium), no task of the tab may pass the bound once the extension has started. Firefox has no
     * such API, and a page timer's stall there cannot be blamed on the extension: on this machine the
     * 100,000-element page stalls Firefox's timers for over 250 ms with the extension switched off. So
     * there the stall is reported, and the bound holds for what is surely ours: a scan pass that never
     * yielded (its measure's busy time is all of its duration) ran as one task. That bound holds in
     * Chromium too: its long-task API did not report the content script's first pass (97 ms on the 5 MB
     * text node, run from a runtime message's reply) in our runs.
     */
    const assertHealthy = (result, what) => {
      figures.push(`${what}: longest task ${result.longTaskSupported ? `${Math.round(result.longestTask)} ms` : 'n/a'}, ` +
        `longest timer stall ${Math.round(result.longestStall)} ms, longest unbroken scan pass ${Math.round(result.longestUnbrokenPass)} ms`);
      if (result.longTaskSupported) {
        assert.ok(result.longestTask < RESPONSIVE_MS, `${what}: a task of ${Math.round(result.longestTask)} ms (bound ${RESPONSIVE_MS} ms); slow frames: ${JSON.stringify(result.slowFrames)}`);
      }
      assert.ok(result.longestUnbrokenPass < RESPONSIVE_MS, `${what}: a scan pass ran ${Math.round(result.longestUnbrokenPass)} ms without yielding (bound ${RESPONSIVE_MS} ms)`);
      assert.deepEqual(result.errors, [], `${what}: window.onerror or unhandledrejection fired`);
      assert.deepEqual(takeErrors(), [], `${what}: an exception or console error in the page or the content script`);
    };

    /** Hovers a highlighted range, found by place and text, and returns the card's text. */
    const hoverCard = async (key, what) => {
      await s.mouseMove(5, 5);
      await waitFor('no card', async () => (await s.cardText()) === null);
      const rect = JSON.parse(await waitFor(`the range ${key}`, () => s.evaluate((k) => window.__rect('probation-jargon', k), key)));
      await s.mouseMove(rect.left + 3, (rect.top + rect.bottom) / 2);
      return waitFor(what, () => s.cardText());
    };

    it('the checks can fail: a 250 ms task in the page, and an exception in the content script, are seen', async () => {
      await visit(PAGES.svg);
      await s.evaluate(() => { setTimeout(() => { const t = performance.now(); while (performance.now() - t < 250); }, 0); });
      const busy = await waitFor('the long task recorded', async () => {
        const r = await probe();
        return (r.longTaskSupported ? r.longestTask : r.longestStall) >= RESPONSIVE_MS ? r : null;
      });
      assert.ok(busy.longestStall >= RESPONSIVE_MS, `the page timer saw the stall (${busy.longestStall} ms)`);
      // An error in the page reaches both the page's window.onerror and the driver's collector.
      await s.evaluate(() => { setTimeout(() => { throw new Error('page check'); }, 0); });
      await waitFor('the page error in window.onerror', async () => (await probe()).errors.some((e) => e.includes('page check')));
      await waitFor('the page error in the collector', () => takeErrors().some((e) => e.includes('page check')));
      if (typeof s.inContentScript === 'function') {
        await s.inContentScript("setTimeout(() => { throw new Error('collector check') }, 0)");
        await waitFor('the thrown error', () => takeErrors().find((e) => e.includes('collector check')));
      }
    });

    it('a page of 100,000 elements: every term, and no long task', async () => {
      const page = PAGES.many;
      const result = await visit(page, { timeout: 60_000 });
      assert.deepEqual(painted(result), { [JARGON]: { 'p:SFO': page.terms } });
      assertHealthy(result, '100,000 elements');
    });

    it('a text node of 5 MB: its three terms, and no long task', async () => {
      const result = await visit(PAGES.bigText, { timeout: 60_000 });
      assert.deepEqual(painted(result), { [JARGON]: { 'p:SFO': 1, 'p:MAPPA': 1, 'p:OASys': 1 } });
      assertHealthy(result, 'one 5 MB text node');
    });

    it('a page that adds and removes nodes every millisecond for 10 s: follows it, settles, and no long task', async () => {
      await visit(PAGES.churn);
      await waitFor('the page to settle', async () => (await probe()).title === 'settled', { timeout: 30_000 });
      const settled = await waitFor('the settled terms', async () => {
        const r = await probe();
        return JSON.stringify(painted(r)) === JSON.stringify({ [JARGON]: { 'p:MAPPA': 1, 'p:SFO': 1 } }) ? r : null;
      });
      await new Promise((r) => setTimeout(r, 1000));
      const later = await probe();
      assert.equal(later.scans, settled.scans, 'no scans once the page is quiet');
      figures.push(`churn: ${later.scans} scan measures`);
      assertHealthy(later, 'churn for 10 s');
    });

    it('shadow roots: terms in the light DOM and slotted text, nothing from a closed root', async () => {
      const result = await visit(PAGES.shadow);
      const found = painted(result)[JARGON] ?? {};
      assert.equal(found['light:SFO'], 1, JSON.stringify(found));
      assert.equal(found['slotted:MAPPA'], 1, JSON.stringify(found));
      assert.deepEqual(Object.keys(found).filter((k) => k.startsWith('closed:')), [], 'a closed shadow root is the page’s own');
      assertHealthy(result, 'shadow roots');
    });

    it('shadow roots: terms in open, declarative and nested open shadow roots, painted there, with a card on hover; roots added later and changes in them followed', async () => {
      const result = await visit(PAGES.shadow);
      assert.deepEqual(painted(result), {
        [JARGON]: { 'light:SFO': 1, 'slotted:MAPPA': 1, 'open:OASys': 1, 'declarative:HMPPS': 1, 'nested:SFO': 1 },
      });
      // A document's ::highlight rules do not reach into a shadow tree: each open root carries its own.
      const styles = await s.evaluate(() => {
        const inner = document.getElementById('nested-host').shadowRoot.getElementById('inner').shadowRoot;
        const p = inner.querySelector('p');
        // The last: a name nobody styles, so a computed style that does not come from our rules reads "solid".
        const probes = [{ el: document.querySelector('[data-where="light"]'), name: 'probation-jargon' }, { el: p, name: 'probation-jargon' }, { el: p, name: 'probation-nothing' }];
        return probes.map(({ el, name }) => getComputedStyle(el, `::highlight(${name})`).textDecorationStyle);
      });
      assert.deepEqual(styles, ['dotted', 'dotted', 'solid'], 'the dotted underline of our rules in the document and in a nested open root');
      assert.match(await hoverCard('nested:SFO', 'the card of SFO two shadow roots deep'), /Serious further offence/i);
      await s.press('Escape');
      await s.mouseMove(5, 5);
      assert.match(await hoverCard('open:OASys', 'the card of OASys in an open shadow root'), /Offender Assessment System/i);
      await s.press('Escape');
      await s.mouseMove(5, 5);
      await s.evaluate(() => window.__changeShadows());
      const changed = await waitFor('the added root and the changed text', async () => {
        const r = await probe();
        return isDeepStrictEqual(painted(r), {
          [JARGON]: { 'light:SFO': 1, 'slotted:MAPPA': 1, 'open:HMPPS': 1, 'declarative:HMPPS': 1, 'nested:SFO': 1, 'added:MAPPA': 1 },
        }) ? r : null;
      });
      assertHealthy(changed, 'shadow roots, followed');
    });

    it('frames: the top document only; no frame, same-origin, other site or srcdoc, is touched', async () => {
      const result = await visit(PAGES.frames);
      assert.deepEqual(painted(result), { [JARGON]: { 'top:SFO': 1 } });
      const inFrames = await s.evaluate(() => ['same', 'srcdoc'].map((id) => {
        const w = document.getElementById(id).contentWindow;
        return {
          id,
          loaded: w.document.body?.textContent.includes('The ') ?? false,
          highlights: [...w.CSS.highlights.keys()].filter((n) => n.startsWith('probation-')),
          ui: w.document.querySelector('probation-lens-ui') !== null,
        };
      }));
      assert.deepEqual(inFrames, [{ id: 'same', loaded: true, highlights: [], ui: false }, { id: 'srcdoc', loaded: true, highlights: [], ui: false }]);
      // The other site's frame answers for itself.
      await s.evaluate(() => document.getElementById('cross').contentWindow.postMessage('which-highlights', '*'));
      const answer = await waitFor('the other site’s frame to answer', async () => (await probe()).messages.find((m) => m.includes('"framed"')));
      assert.deepEqual(JSON.parse(answer), { framed: 'https://example.org', names: [], sizes: [] });
      assertHealthy(await probe(), 'frames');
    });

    it('SVG text: terms in text, tspan, textPath and foreignObject, none in title, desc or defs; a card on hover', async () => {
      const result = await visit(PAGES.svg);
      assert.deepEqual(painted(result), {
        [JARGON]: { 'light:SFO': 1, 'svg:MAPPA': 1, 'svg:SFO': 1, 'svg:HMPPS': 1, 'svg:OASys': 1 },
      });
      assert.match(await hoverCard('svg:MAPPA', 'the card of MAPPA in SVG text'), /Multi-Agency Public Protection Arrangements/i);
      await s.press('Escape');
      await s.mouseMove(5, 5);
      assertHealthy(await probe(), 'SVG text');
    });

    it('contenteditable: nothing highlighted in an editable region, whatever the spelling, nor in what the reader types', async () => {
      const result = await visit(PAGES.editable);
      // The region made editable later is still ordinary text here.
      assert.deepEqual(painted(result), { [JARGON]: { 'light:SFO': 1, 'editable-later:HMPPS': 1, 'light-after:MAPPA': 1, 'hidden-later:OASys': 1 } });
      // Type a term at the end of an editable region: the browser's editing, not the page's script.
      const box = await s.evaluate(() => {
        const el = document.querySelector('[data-where="editable-true"]');
        const r = el.getBoundingClientRect();
        return { x: r.right - 4, y: (r.top + r.bottom) / 2 };
      });
      await s.click(box.x, box.y);
      await s.press('End');
      await s.type(' Ask the SFO lead.');
      await waitFor('the typed text', () => s.evaluate(() => document.querySelector('[data-where="editable-true"]').textContent.includes('Ask the SFO lead.')));
      await waitFor('a scan of the typing', async () => (await probe()).scans > result.scans);
      await new Promise((r) => setTimeout(r, 500));
      const typed = await probe();
      assert.deepEqual(painted(typed), { [JARGON]: { 'light:SFO': 1, 'editable-later:HMPPS': 1, 'light-after:MAPPA': 1, 'hidden-later:OASys': 1 } });
      assertHealthy(typed, 'contenteditable');
    });

    it('contenteditable, hidden, aria-hidden: a region that becomes editable or hidden after load loses its highlights, and gets them back', async () => {
      const all = { 'light:SFO': 1, 'editable-later:HMPPS': 1, 'light-after:MAPPA': 1, 'hidden-later:OASys': 1 };
      const result = await visit(PAGES.editable);
      assert.deepEqual(painted(result), { [JARGON]: all });
      /** Changes the page, then waits for exactly these terms. */
      const expectAfter = async (what, change, arg, expected) => {
        await s.evaluate(change, arg);
        let last;
        return waitFor(what, async () => {
          const r = await probe();
          last = painted(r);
          return isDeepStrictEqual(last, { [JARGON]: expected }) ? r : null;
        }).catch((e) => { throw new Error(`${e.message}; painted: ${JSON.stringify(last)}`); });
      };
      const without = (...keys) => Object.fromEntries(Object.entries(all).filter(([k]) => !keys.includes(k)));
      await expectAfter('the highlight in the now editable region to go', () => document.getElementById('later').setAttribute('contenteditable', 'true'), null, without('editable-later:HMPPS'));
      await expectAfter('the hidden paragraph’s highlight to go', () => { document.getElementById('hidden-later').hidden = true; }, null, without('editable-later:HMPPS', 'hidden-later:OASys'));
      await expectAfter('the aria-hidden paragraph’s highlight to go', () => document.getElementById('light-after').setAttribute('aria-hidden', 'true'), null,
        without('editable-later:HMPPS', 'hidden-later:OASys', 'light-after:MAPPA'));
      const back = await expectAfter('every highlight back', () => {
        document.getElementById('later').removeAttribute('contenteditable');
        document.getElementById('hidden-later').hidden = false;
        document.getElementById('light-after').setAttribute('aria-hidden', 'false');
      }, null, all);
      assertHealthy(back, 'regions made editable or hidden');
    });

    it('a page that replaces Range, CSS, Node, addEventListener, MutationObserver and performance.measure: unaffected', async () => {
      await visit(PAGES.overrides);
      await waitFor('the paragraph the page adds after load', async () => (await probe()).title === 'added');
      const result = await waitFor('both terms', async () => {
        const r = await probe();
        return JSON.stringify(painted(r)) === JSON.stringify({ [JARGON]: { 'light:SFO': 1, 'later:MAPPA': 1 } }) ? r : null;
      });
      assert.match(await hoverCard('light:SFO', 'the SFO card'), /Serious further offence/i);
      await s.press('Escape');
      await s.mouseMove(5, 5);
      // The extension works in its own world: it never called one of the page's replacements.
      assert.equal(await s.evaluate(() => Object.keys(window.__overrideCalls).join(', ')), '');
      assertHealthy(result, 'overridden built-ins');
    });

    it('a page that defines <probation-lens-ui> itself: the extension still works, and its shadow root stays closed', async () => {
      const result = await visit(PAGES.squatter);
      assert.deepEqual(painted(result), { [JARGON]: { 'light:SFO': 1 } });
      assert.match(await hoverCard('light:SFO', 'the SFO card'), /Serious further offence/i);
      await s.press('Escape');
      await s.mouseMove(5, 5);
      const squatter = await s.evaluate(() => ({
        log: window.__squatter,
        hosts: document.querySelectorAll('probation-lens-ui').length,
        open: document.querySelector('probation-lens-ui')?.shadowRoot !== null,
      }));
      // The page's constructor ran as an upgrade, once our closed root was there, and could not replace it.
      assert.deepEqual(squatter, { log: ['could not attach', 'connected'], hosts: 1, open: false });
      assertHealthy(await probe(), 'a page that defines probation-lens-ui');
    });
  });
}

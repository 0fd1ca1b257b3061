// The toolbar popup (look-up, this page's terms, notes), opened as a page acting on the test tab.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEMO_EXPECTED, DEMO_URL, OUTSIDE_URL, overridePage } from './support/fixtures.mjs';
import { waitFor } from './support/wait.mjs';

// A page that uses an abbreviation nothing explains, for the look-up's "Add a definition".
const UNEXPLAINED_URL = 'https://www.gov.uk/guidance/probation-lens-popup-add-definition';
const UNEXPLAINED_PAGE = '<!doctype html><html lang="en"><title>Unexplained</title><main><p>The QZW met on Monday. The QZW meets again in May.</p></main></html>';
/** The text of every range a highlight holds in the test tab. */
const painted = (name) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString());

const noteOn = (id, source, body, exact, pageTitle, modified) => ({
  id, body, tags: ['popup-test'], pageTitle, created: modified, modified,
  target: { source, quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: exact.length } },
});
const NOTES = [
  noteOn('popup-1', DEMO_URL, 'Ask the SPO about MAPPA level 2 (popup 8812)', 'managed at MAPPA level 2 or 3', 'Probation Lens demo', '2026-03-01T10:00:00.000Z'),
  noteOn('popup-2', 'https://www.gov.uk/guidance/elsewhere', 'Compare with the old standards (popup 4471)', 'national standards', 'Another page', '2026-03-02T10:00:00.000Z'),
];

/** Fails with axe's findings printed, so a violation can be fixed without rerunning. */
async function assertAccessible(popup, view) {
  const violations = await popup.axe();
  if (violations.length > 0) console.log(`axe, ${view}:`, JSON.stringify(violations, null, 2));
  assert.deepEqual(violations, [], `no accessibility violations in ${view}`);
}

/** Presses Tab `n` times; returns what had the focus after each press, each checked to show its focus. */
async function tabStops(popup, n) {
  const stops = [];
  for (let i = 0; i < n; i++) {
    await popup.press('Tab');
    const focused = await popup.focused();
    // Tab past the last control leaves the page for the browser's own controls: nothing to show there.
    // Firefox may restyle a moment after the focus moves: allow it a second.
    if (!focused?.startsWith('body')) await waitFor(`${focused} to show that it has the focus`, async () => (await popup.focusShown()) !== false, { timeout: 1000 });
    stops.push(focused);
  }
  return stops;
}

/** Registers the popup suite for one browser. */
export function popupSuite(name, launch) {
  describe(`${name}: toolbar popup`, { timeout: 300_000 }, () => {
    const profile = mkdtempSync(join(tmpdir(), `probation-lens-popup-${name}-`));
    let s;
    const openDemo = async () => {
      await s.goto(DEMO_URL);
      await waitFor('the scan', () => s.evaluate(() => CSS.highlights.has('probation-jargon')));
    };
    const openPopup = async () => {
      const popup = await s.openExtensionPage('popup.html', { forTab: true });
      await popup.waitFor('#lookup-query');
      return popup;
    };
    before(async () => {
      overridePage(DEMO_URL, null);
      s = await launch({ profile });
      await openDemo();
    });
    after(async () => {
      await s?.close();
      rmSync(profile, { recursive: true, force: true });
    });

    /**
     * Opens the popup on the test tab and checks that nothing moves between the first look and `ready`: the
     * tabs' boxes are the same, and where the browser measures layout shifts (Chromium) it saw none.
     */
    const assertNoShift = async (ready) => {
      const popup = await s.openExtensionPage('popup.html', { forTab: true });
      try {
        // Where every tab is, as early as the test can look and again once the site area shows its answer.
        const boxes = () => popup.evaluate(() => [...document.querySelectorAll('[role="tab"], .site-state')].map((el) => {
          const { top, left, width, height } = el.getBoundingClientRect();
          return { id: el.id || el.className, top, left, width, height };
        }));
        await popup.waitFor('#tab-notes');
        const atOpen = await boxes();
        await ready(popup);
        assert.deepEqual(await boxes(), atOpen, 'the site area and the tabs have not moved');
        const shifts = await popup.evaluate(() => new Promise((resolve) => {
          if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) return resolve(null);
          const seen = [];
          const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
          observer.observe({ type: 'layout-shift', buffered: true });
          // No shift at all means no entry and no callback: two frames on, take what has been recorded.
          requestAnimationFrame(() => requestAnimationFrame(() => {
            seen.push(...observer.takeRecords());
            observer.disconnect();
            resolve(seen.map((e) => ({ value: e.value, sources: (e.sources ?? []).map((x) => x.node?.id || x.node?.className || String(x.node)) })));
          }));
        }));
        if (shifts !== null) assert.deepEqual(shifts, [], 'no layout shift');
      } finally {
        await popup.close();
      }
    };

    it('keeps the tabs where they are while it loads, so a click meant for Notes lands on Notes', async () => {
      await assertNoShift(async (popup) => {
        await popup.waitFor('#site-switch');
        await waitFor('the state of the site shown', async () => /Highlighting is on\./.test((await popup.text('.site-state .hint[aria-live]')) ?? ''));
        // The switch says what it turns off, and the second choice what it hides.
        assert.match(await popup.text('label[for="site-switch"]'), /^Highlight jargon on this site$/);
        assert.match(await popup.text('label[for="site-hide-notes"]'), /^Also hide my notes on this site$/);
      });
    });

    it('keeps the tabs where they are on a site outside the defaults too, where it explains itself or offers to add the site', async () => {
      await s.goto(OUTSIDE_URL);
      try {
        await assertNoShift(async (popup) => {
          // Opened as a page (no activeTab), the popup may not see the tab's address: then it explains; with
          // it, it also offers to add the site. The area keeps the room of both, and of the switches.
          await popup.waitFor('#site-note');
          assert.match(await popup.text('#site-note'), /works only on GOV\.UK and the justice sites/);
          const button = await popup.text('#add-site');
          if (button !== null) assert.match(button, /^Use Probation Lens on example\.org$/);
          assert.equal(await popup.count('#site-switch, #site-switch-pending'), 0);
        });
      } finally {
        await openDemo();
      }
    });

    it('looks a term up as you type and opens a result with the keyboard', async () => {
      const popup = await openPopup();
      try {
        await waitFor('the search box focused', async () => (await popup.focused())?.startsWith('input#lookup-query'));
        await popup.type('sfo');
        await popup.waitFor('#lookup-result-0');
        assert.match(await popup.text('#lookup-result-0'), /^SFO\s+Serious Further Offence/);
        await popup.press('ArrowDown');
        await waitFor('the first result active', () => popup.evaluate(() =>
          document.querySelector('#lookup-query').getAttribute('aria-activedescendant') === 'lookup-result-0'
          && document.querySelector('#lookup-result-0').getAttribute('aria-selected') === 'true'));
        await assertAccessible(popup, 'Look up, with results');
        await popup.press('Enter');
        await popup.waitFor('.detail');
        const detail = await popup.text('.detail');
        assert.match(detail, /Serious Further Offence/);
        assert.match(detail, /Built-in glossary/);
        await assertAccessible(popup, 'Look up, with a result open');
      } finally {
        await popup.close();
      }
    });

    it('shows the look-up under Recent, also after the browser restarts, and clears it', async () => {
      let popup = await openPopup();
      await popup.waitFor('ul[aria-labelledby="recent-heading"]');
      assert.match(await popup.text('ul[aria-labelledby="recent-heading"]'), /\bSFO\b/);
      await assertAccessible(popup, 'Look up, with history');
      await popup.close();

      await s.close();
      s = await launch({ profile });
      await openDemo();
      popup = await openPopup();
      try {
        await popup.waitFor('ul[aria-labelledby="recent-heading"]');
        assert.match(await popup.text('ul[aria-labelledby="recent-heading"]'), /\bSFO\b/, 'still there after a restart');
        await popup.click('.chip');
        await popup.waitFor('#lookup-result-0');
        assert.equal(await popup.evaluate(() => document.querySelector('#lookup-query').value), 'SFO', 'a recent term searches it');
        await popup.fill('#lookup-query', '');
        await popup.click('.history .button');
        await waitFor('the history cleared', async () => (await popup.text('.lookup'))?.includes('Terms you look up will be listed here.'));
      } finally {
        await popup.close();
      }
    });

    it("lists this page's terms with counts and shows a chosen one on the page", async () => {
      const popup = await openPopup();
      try {
        // Keyboard: back from the search box to the tabs, then the arrow key selects "This page".
        await popup.press('Shift+Tab');
        await waitFor('the Look up tab focused', async () => (await popup.focused())?.startsWith('button#tab-lookup'));
        await popup.press('ArrowRight');
        await waitFor('the This page tab selected', () => popup.evaluate(() =>
          document.activeElement?.id === 'tab-page' && !document.querySelector('#panel-page').hidden));
        await popup.waitFor('.term[data-term="MAPPA"]');
        const mappa = DEMO_EXPECTED.occurrences.filter((o) => o.term === 'MAPPA').length;
        assert.match(await popup.text('.term[data-term="MAPPA"]'), new RegExp(`^MAPPA[\\s\\S]*\\b${mappa}\\b`));
        assert.match(await popup.text('#panel-page'), /Renamed[\s\S]*NPS/);
        await assertAccessible(popup, 'This page');
        await popup.click('.term[data-term="MAPPA"]');
        await popup.waitFor('.status');
        assert.match(await popup.text('.status'), /Showing MAPPA/);
        await s.front();
        await waitFor('the MAPPA card', async () => /MAPPA/.test((await s.cardText()) ?? ''));
      } finally {
        await popup.close();
      }
    });

    it("lists this page's notes and finds notes by their words", async () => {
      await s.inExtension(async (notes) => {
        const api = globalThis.browser ?? globalThis.chrome;
        for (const note of notes) await api.runtime.sendMessage({ probationLens: 'saveNote', args: { note } });
      }, NOTES);
      await s.reload();
      await waitFor('the note placed on the page', () => s.evaluate(() => (CSS.highlights.get('probation-note')?.size ?? 0) === 1));
      const popup = await openPopup();
      try {
        await popup.click('#tab-notes');
        await popup.waitFor('ul[aria-label="Notes on this page"]');
        const here = await waitFor('the note with how it was found', async () => {
          const text = await popup.text('ul[aria-label="Notes on this page"]');
          return text?.includes('Found as written') ? text : null;
        });
        assert.match(here, /8812/);
        assert.doesNotMatch(here, /4471/);
        // Choosing a note of this page shows it at its passage.
        await popup.click('ul[aria-label="Notes on this page"] .note__open');
        await s.front();
        await waitFor('the note shown at its passage', async () => (await s.uiText('#probation-lens-note'))?.includes('8812'), { timeout: 30_000 });
        await popup.page.bringToFront();
        await popup.waitFor('ul[aria-label="All notes"]');
        assert.match(await popup.text('ul[aria-label="All notes"]'), /4471[\s\S]*8812/, 'newest first');
        await popup.click('#notes-query');
        await popup.type('old standards');
        await waitFor('one note found', async () => (await popup.count('ul[aria-label="All notes"] .note')) === 1);
        assert.match(await popup.text('ul[aria-label="All notes"]'), /Another page/);
        await assertAccessible(popup, 'Notes');
        await popup.click('ul[aria-label="All notes"] .note__open');
        const elsewhere = NOTES[1].target.source;
        await waitFor("the note's page opened", () => s.inExtension(async (url) =>
          (await (globalThis.browser ?? globalThis.chrome).tabs.query({})).some((t) => t.url === url || t.pendingUrl === url), elsewhere));
      } finally {
        await popup.close();
      }
    });
    it('explains itself on a site outside the defaults, and still looks terms up there', async () => {
      await s.goto(OUTSIDE_URL);
      const popup = await openPopup();
      try {
        await popup.waitFor('#site-note');
        assert.match(await popup.text('#site-note'), /works only on GOV\.UK and the justice sites/);
        assert.equal(await popup.count('#site-switch'), 0);
        await popup.type('mappa');
        await popup.waitFor('#lookup-result-0');
        assert.match(await popup.text('#lookup-result-0'), /^MAPPA/);
        await popup.click('#tab-page');
        assert.match(await popup.text('#panel-page'), /not running on this page/);
        await assertAccessible(popup, 'This page, outside the defaults');
      } finally {
        await popup.close();
        await openDemo();
      }
    });

    it('reaches every control of the popup with the keyboard', async () => {
      const popup = await openPopup();
      try {
        // From the search box (focused on open) back to the tabs and the site switch, then forward again.
        const back = [];
        for (let i = 0; i < 2; i++) {
          await popup.press('Shift+Tab');
          back.push((await popup.focused())?.split(':')[0]);
          await waitFor(`${back.at(-1)} to show that it has the focus`, async () => (await popup.focusShown()) !== false, { timeout: 1000 });
        }
        assert.deepEqual(back, ['button#tab-lookup', 'input#site-switch']);
        assert.deepEqual((await tabStops(popup, 2)).map((f) => f?.split(':')[0]), ['button#tab-lookup', 'input#lookup-query']);
        await popup.press('Shift+Tab');
        await popup.press('End');
        await waitFor('the Notes tab selected', () => popup.evaluate(() => !document.querySelector('#panel-notes').hidden));
        // The panel is rendered, and its notes asked for, when the tab is first chosen.
        await waitFor('the notes listed', () => popup.evaluate(() => document.querySelectorAll('#panel-notes li.note').length > 0));
        const notes = (await tabStops(popup, 3)).join('\n');
        assert.match(notes, /input#notes-query/);
        assert.match(notes, /button:[^#]*managed at MAPPA level 2/, 'a note on this page is a stop');
        // Enter on a note of this page shows it at its passage, in the page's own tab.
        await popup.evaluate(() => document.querySelector('#tab-notes').focus());
        await popup.press('Tab');
        assert.match(await popup.focused(), /^button:[^#]*managed at MAPPA level 2/);
        await popup.activateFocused();
        await s.front();
        await waitFor('the note shown at its passage', async () => (await s.uiText('#probation-lens-note'))?.includes('8812'), { timeout: 30_000 });
        await popup.page.bringToFront();
        await popup.evaluate(() => document.querySelector('#tab-notes').focus());
        await popup.press('Home');
        await waitFor('Look up selected', () => popup.evaluate(() => !document.querySelector('#panel-lookup').hidden));
        await popup.press('ArrowLeft'); // wraps round to Notes
        await popup.press('ArrowLeft');
        await waitFor('This page selected', () => popup.evaluate(() => !document.querySelector('#panel-page').hidden));
        const [term] = await tabStops(popup, 1);
        assert.match(term, /^button:\S+/, 'the first term is the next stop');
        // Enter on a term shows it on the page, and the popup says so.
        await popup.activateFocused();
        await waitFor('the term shown', async () => /^Showing \S+ on the page\.$/.test((await popup.text('.status')) ?? ''));
      } finally {
        await popup.close();
      }
    });

    it('offers "Add a definition" when a look-up finds nothing: the form opens with the term, and the open page explains it once saved', async () => {
      overridePage(UNEXPLAINED_URL, UNEXPLAINED_PAGE);
      await s.goto(UNEXPLAINED_URL);
      assert.deepEqual(await waitFor('QZW flagged as unexplained', async () => {
        const r = await s.evaluate(painted, 'probation-jargon-unknown');
        return r.length === 2 ? r : null;
      }), ['QZW', 'QZW']);
      const popup = await openPopup();
      let adding;
      try {
        await popup.fill('#lookup-query', 'QZW');
        await popup.waitFor('#lookup-add-definition');
        assert.match(await popup.text('.lookup'), /No term matches “QZW”/);
        assert.equal(await popup.text('#lookup-add-definition'), 'Add a definition of QZW');
        await popup.click('#lookup-add-definition');
        // The background opens the options page at its personal-glossary form, the term filled in.
        adding = await s.extensionTab('options.html#add-term=QZW');
        await adding.waitFor('#term-abbreviation');
        assert.equal(await waitFor('QZW filled in', () => adding.evaluate(() => document.getElementById('term-abbreviation').value || null)), 'QZW');
        // The reader is taken to the meaning they came to write.
        await waitFor('the meaning field focused', async () => (await adding.focused())?.startsWith('input#term-expansion'));
        await adding.type('Quarterly Zone Workshop');
        await adding.evaluate(() => {
          const select = document.getElementById('term-category');
          select.value = 'process';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        });
        await adding.click('#term-save');
        await waitFor('QZW saved', async () => (await adding.text('#glossary-table'))?.includes('Quarterly Zone Workshop'), { timeout: 20_000 });
        assert.equal(await adding.text('section[aria-labelledby="glossary-title"] .status'), 'QZW was saved. Open pages show it straight away.');
        // The page the reader looked it up on explains it now, without a reload.
        assert.deepEqual(await waitFor('QZW explained on the open page', async () => {
          const r = await s.evaluate(painted, 'probation-jargon');
          return r.length === 2 ? r : null;
        }, { timeout: 20_000 }), ['QZW', 'QZW']);
        assert.deepEqual(await s.evaluate(painted, 'probation-jargon-unknown'), []);
      } finally {
        await s.inExtension(() => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ probationLens: 'deletePersonalTerm', args: { term: 'QZW' } }));
        await adding?.close().catch(() => undefined);
        await popup.close().catch(() => undefined);
        overridePage(UNEXPLAINED_URL, null);
        await openDemo();
      }
    });

    it('passes axe in the dark colour scheme, in every view of the popup', async () => {
      const dark = await launch({ dark: true });
      try {
        await dark.goto(DEMO_URL);
        await waitFor('the scan', () => dark.evaluate(() => CSS.highlights.has('probation-jargon')));
        const popup = await dark.openExtensionPage('popup.html', { forTab: true });
        await popup.waitFor('#lookup-query');
        assert.ok(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'dark scheme in effect');
        await popup.fill('#lookup-query', 'po');
        await popup.waitFor('#lookup-result-0');
        await popup.press('ArrowDown');
        await assertAccessible(popup, 'Look up, dark');
        await popup.click('#tab-page');
        await assertAccessible(popup, 'This page, dark');
        await popup.click('#tab-notes');
        await assertAccessible(popup, 'Notes, dark');
      } finally {
        await dark.close();
      }
    });
  });
}

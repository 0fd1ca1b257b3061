// Notes on PDFs in our viewer, the same in every browser: added on the text layer with the same button,
// editor and highlight as on pages; back on the next visit, at another address of the same file, and after
// GOV.UK replaces the file (exact, changed, not found, never misplaced); in the popup and in the export.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { navigate, viewerState } from './pdf-scenarios.mjs';
import { PDF_URLS, preparePdfs, replacePdf } from './support/pdf-fixtures.mjs';
import { waitFor } from './support/wait.mjs';

const NOTED = 'Managers check every risk review within ten working days of the change.';
const UNTOUCHED = 'The SFO review found that the MAPPA panel met as HMPPS policy requires';
const DELETED = 'Out-of-hours contacts go to the duty officer, who records each call in the case record.';
const BODY = 'Ask the SPO whether the ten days include bank holidays 4417';
const BODY_UNTOUCHED = 'Quote this in the quarterly report 5521';
const BODY_DELETED = 'Check the out-of-hours rota 6630';
const FROM_MENU = 'On page three the PQRP appears again, as does the SFO process.';
const BODY_MENU = 'Added from the context menu 7304';

// Viewer-world probes.
const showPage = (n) => {
  const page = document.querySelector(`#viewer .page[data-page-number="${n}"]`);
  page?.scrollIntoView({ block: 'start' });
  // pdf.js appends the layer's text in chunks, and its end-of-content marker once all of it is there.
  return page?.querySelector('.textLayer .endOfContent') != null;
};
/** Selects a passage in the rendered text layers, as a reader's drag would (white space aside). */
const selectInLayer = (needle) => {
  const want = needle.replace(/\s+/g, '');
  for (const layer of document.querySelectorAll('#viewer .textLayer')) {
    const chars = [];
    const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
    // A ligature glyph ("ﬃ" in the layer) stands for its letters.
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < n.data.length; i++) if (!/\s/.test(n.data[i])) for (const c of n.data[i].normalize('NFKC')) chars.push([n, i, c]);
    }
    const at = chars.map((c) => c[2]).join('').indexOf(want);
    if (at < 0) continue;
    const [startNode, startOffset] = chars[at];
    const [endNode, endOffset] = chars[at + want.length - 1];
    startNode.parentElement.scrollIntoView({ block: 'center' });
    getSelection().setBaseAndExtent(startNode, startOffset, endNode, endOffset + 1);
    return true;
  }
  return false;
};
/** The noted passages by highlight name, white space taken out (a text layer has none between lines), ligatures spelt out. */
const noteRanges = () => Object.fromEntries(['probation-note', 'probation-note-changed']
  .map((name) => [name, [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString().normalize('NFKC').replace(/\s+/g, '')).sort()]));
const flat = (text) => text.replace(/\s+/g, '');

/** Registers the PDF notes suite for one browser. */
export function pdfNotesSuite(name, launch) {
  describe(`${name}: pdf notes`, { timeout: 400_000 }, () => {
    let s;
    let viewerPrefix;
    /**
     * Opens an address as typed and waits for the viewer to have read the whole document for notes (or, where
     * the notes are hidden, `notes: false`, to have decided to hide them).
     */
    const open = async (url, { notes = true } = {}) => {
      // The document on show is marked, so that the same address opened again is waited for afresh.
      await s.evaluate(() => { document.documentElement.dataset.leaving = 'true'; }).catch(() => undefined);
      await navigate(s, url);
      return waitFor(`the viewer for ${url}`, async () => {
        const state = await s.evaluate(viewerState).catch(() => null);
        const read = await s.evaluate((shown) => document.documentElement.dataset.leaving === undefined
          && (shown ? document.documentElement.dataset.notesRead === 'true' : document.documentElement.dataset.notes === 'hidden'), notes).catch(() => false);
        return state !== null && state.url.startsWith(`${viewerPrefix}?file=${url}`) && state.pages > 0 && read ? state : null;
      }, { timeout: 30_000 });
    };
    const placed = () => s.evaluate(noteRanges);
    /** Selects a passage on a page and opens the editor with the Add note button, or with the keyboard. */
    const addNote = async (page, passage, body, how = 'button') => {
      await waitFor(`page ${page} rendered`, () => s.evaluate(showPage, page), { timeout: 20_000 });
      if (!(await s.evaluate(selectInLayer, passage))) {
        const layers = await s.evaluate(() => [...document.querySelectorAll('#viewer .page')].map((p) => `${p.dataset.pageNumber}: ${p.querySelector('.textLayer')?.textContent.slice(0, 300) ?? '(none)'}`));
        assert.fail(`"${passage}" is not on page ${page}: ${layers.join('\n')}`);
      }
      if (how === 'button') {
        const button = await waitFor('the Add note button', () => s.uiRect('.floating'));
        await s.click((button.left + button.right) / 2, (button.top + button.bottom) / 2);
      } else {
        await s.press('Alt+Shift+KeyN');
      }
      await waitFor('the note editor', () => s.uiText('.editor'));
      await s.type(body);
      await s.press('Control+Enter');
      await waitFor('the editor to close', async () => (await s.uiText('.editor')) === null);
    };
    const viewerTabId = () => s.inExtension(async (prefix) => {
      const api = globalThis.browser ?? globalThis.chrome;
      return (await api.tabs.query({})).find((t) => t.url?.startsWith(prefix))?.id;
    }, viewerPrefix);
    /**
     * Chooses "Add note" in the browser's context menu on the viewer's selection. No driver can open the
     * browser's own menu, so this makes the one call the background's click handler makes for the item
     * (src/background/menu.ts: addNoteFromSelection to the tab the menu was opened in), from an extension
     * page; the unit test (test/unit/background/sites.test.ts) shows the item offered on the viewer's address
     * and the click turned into that call. Resolves once the viewer has answered.
     */
    const chooseMenuAddNote = async () => {
      const tab = await viewerTabId();
      assert.ok(tab, 'the viewer tab');
      const reply = await s.inExtension(([id]) => (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(id, { probationLens: 'addNoteFromSelection', args: {} }, { frameId: 0 }), [tab]);
      assert.deepEqual(reply, { ok: null }, 'the viewer answered the menu’s call');
      await s.front();
    };
    /** The popup on the viewer's tab (the popup's site switches act on the PDF's site). */
    const popupForViewer = async () => {
      const tab = await s.evaluate(async () => (await (globalThis.browser ?? globalThis.chrome).tabs.getCurrent()).id);
      return s.openExtensionPage(`popup.html?tab=${tab}`);
    };
    /** Ticks or clears a box of the popup's site area, and waits for the state it then says. */
    const siteChoice = async (selector, checked, says) => {
      const popup = await popupForViewer();
      try {
        await popup.waitFor(`${selector}:not([disabled])`);
        if ((await popup.evaluate((sel) => document.querySelector(sel).checked, selector)) !== checked) await popup.click(selector);
        await waitFor(`the popup to say "${says}"`, () => popup.evaluate((text) => document.querySelector('.site-state .hint[aria-live]')?.textContent.startsWith(text), says));
      } finally {
        await popup.close();
        await s.front();
      }
    };
    const notesDecided = (state) => waitFor(`the viewer's notes ${state}`, () => s.evaluate((x) => document.documentElement.dataset.notes === x, state), { timeout: 30_000 });

    before(async () => {
      await preparePdfs();
      replacePdf(false);
      s = await launch();
      viewerPrefix = await waitFor('the PDF redirect rules', () => s.inExtension(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        const rules = await api.declarativeNetRequest.getDynamicRules();
        return rules.length >= 3 ? api.runtime.getURL('pdf/viewer.html') : null;
      }));
    });
    after(async () => {
      replacePdf(false);
      await s?.close();
    });

    it('adds a note on the text layer with the Add note button: the probation-note highlight on the passage', async () => {
      await open(PDF_URLS.replaced);
      await addNote(2, NOTED, BODY);
      const r = await waitFor('the noted passage', async () => {
        const x = await placed();
        return x['probation-note'].length === 1 ? x : null;
      });
      assert.deepEqual(r['probation-note'], [flat(NOTED)]);
      assert.deepEqual(r['probation-note-changed'], []);
    });

    it('brings the note back on the next visit, and shows it on hover', async () => {
      await open(PDF_URLS.replaced);
      await waitFor('page 2 rendered', () => s.evaluate(showPage, 2), { timeout: 20_000 });
      await waitFor('the note placed again', async () => (await placed())['probation-note'].length === 1);
      const point = await s.evaluate(() => {
        const r = [...CSS.highlights.get('probation-note')][0];
        r.startContainer.parentElement.scrollIntoView({ block: 'center' });
        // "Managers": a word of the passage that is no glossary term.
        const word = document.createRange();
        word.setStart(r.startContainer, r.startOffset);
        word.setEnd(r.startContainer, r.startOffset + 'Managers'.length);
        const b = word.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      });
      await s.mouseMove(point.x, point.y);
      const card = await waitFor('the note card', () => s.uiText('#probation-lens-note'));
      assert.ok(card.includes(BODY), card);
      await s.screenshot(`test-results/${name}-pdf-note.png`);
      await s.press('Escape');
    });

    it('keeps its highlight when pdf.js renders the text layer again (zoom)', async () => {
      assert.ok(await s.evaluate(() => [...CSS.highlights.get('probation-note')][0].startContainer.isConnected));
      await s.evaluate(() => {
        const zoom = document.getElementById('zoom');
        zoom.value = '1.5';
        zoom.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await waitFor('the note on the new text layer', () => s.evaluate(() => {
        const r = [...(CSS.highlights.get('probation-note') ?? [])][0];
        return r !== undefined && r.startContainer.isConnected && r.toString().replace(/\s+/g, '').startsWith('Managerscheck');
      }), { timeout: 20_000 });
    });

    it('finds the note on the same file at another address, by its fingerprint', async () => {
      for (const url of [PDF_URLS.policy, PDF_URLS.old]) {
        await open(url);
        await waitFor('page 2 rendered', () => s.evaluate(showPage, 2), { timeout: 20_000 });
        const r = await waitFor(`the note at ${url}`, async () => {
          const x = await placed();
          return x['probation-note'].length === 1 ? x : null;
        });
        assert.deepEqual(r['probation-note'], [flat(NOTED)]);
      }
    });

    it('after GOV.UK replaces the file: exact, changed, or not found, never misplaced', async () => {
      await open(PDF_URLS.replaced);
      await addNote(1, UNTOUCHED, BODY_UNTOUCHED, 'keyboard');
      await addNote(3, DELETED, BODY_DELETED);
      await waitFor('page 2 rendered', () => s.evaluate(showPage, 2), { timeout: 20_000 });
      await waitFor('page 1 rendered', () => s.evaluate(showPage, 1), { timeout: 20_000 });
      await waitFor('three noted passages', async () => (await placed())['probation-note'].length >= 2);
      replacePdf(true);
      await open(PDF_URLS.replaced);
      assert.ok(!(await s.evaluate(viewerState)).text.includes('Out-of-hours'), 'the new version has no such passage');
      for (const page of [1, 2, 3]) await waitFor(`page ${page} rendered`, () => s.evaluate(showPage, page), { timeout: 20_000 });
      const r = await waitFor('the notes placed in the new version', async () => {
        const x = await placed();
        return x['probation-note'].length + x['probation-note-changed'].length === 2 ? x : null;
      }, { timeout: 20_000 });
      assert.deepEqual(r['probation-note'], [flat(UNTOUCHED)]);
      assert.equal(r['probation-note-changed'].length, 1);
      assert.match(r['probation-note-changed'][0], /withinfiveworkingdays/);
      const orphans = await waitFor('the list of notes not found', () => s.uiText('.orphans'));
      assert.match(orphans, /1 note not found/);
    });

    it('lists the document’s notes, with how each was found, in the popup’s Notes tab on the PDF tab', async () => {
      const tab = await viewerTabId();
      assert.ok(tab, 'the viewer tab');
      const popup = await s.openExtensionPage(`popup.html?tab=${tab}`);
      try {
        await popup.click('#tab-notes');
        await popup.waitFor('ul[aria-label="Notes on this page"]');
        const text = await waitFor('the three notes with their states', async () => {
          const t = await popup.text('ul[aria-label="Notes on this page"]');
          return t && t.includes(BODY) && t.includes(BODY_UNTOUCHED) && t.includes(BODY_DELETED) && /Changed/i.test(t) && /not found/i.test(t) ? t : null;
        });
        assert.ok(text);
      } finally {
        await popup.close();
        await s.front();
      }
    });

    it('exports PDF notes as Web Annotations with the PDF’s address and its urn:x-pdf fingerprint', async () => {
      const exported = await s.inExtension(async () => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ probationLens: 'exportData', args: { format: 'web-annotation' } }));
      const collection = JSON.parse(exported.ok.text);
      const note = collection.first.items.find((a) => a.body?.some((b) => b.value === BODY));
      assert.ok(note, 'the PDF note is in the export');
      const targets = [note.target].flat();
      assert.equal(targets[0].source, PDF_URLS.replaced);
      assert.ok(targets.some((t) => /^urn:x-pdf:[0-9a-f]{16,64}$/.test(t.source)), JSON.stringify(targets));
      assert.ok(targets[0].selector.some((sel) => sel.type === 'FragmentSelector' && sel.value === 'page=2'), JSON.stringify(targets[0].selector));
    });

    it('adds a note from the context menu’s Add note on a selection in the viewer', async () => {
      await open(PDF_URLS.policy);
      await notesDecided('shown');
      await waitFor('page 3 rendered', () => s.evaluate(showPage, 3), { timeout: 20_000 });
      assert.ok(await s.evaluate(selectInLayer, FROM_MENU), 'the passage selected');
      // The item is made with the viewer's address among its document patterns (a pattern the browser refused would leave no item).
      assert.equal(await s.inExtension(() => Promise.resolve((globalThis.browser ?? globalThis.chrome).contextMenus.update('add-note', {})).then(() => 'made', (e) => e.message)), 'made');
      if (s.name === 'firefox') {
        // Firefox tells an extension which of its items a menu opened with (contextMenus.onShown): right-click the selection in the viewer.
        const listener = await s.openExtensionPage('options.html');
        try {
          await listener.evaluate(() => globalThis.browser.contextMenus.onShown.addListener((info) => { globalThis.e2eShown = { ids: info.menuIds, contexts: info.contexts, pageUrl: info.pageUrl }; }));
          await s.front();
          const at = await s.evaluate(() => {
            const b = getSelection().getRangeAt(0).getClientRects()[0];
            return { x: b.left + Math.min(8, b.width / 2), y: b.top + b.height / 2 };
          });
          await s.page.mouse.click(at.x, at.y, { button: 'right' });
          const shown = await waitFor('the context menu', () => listener.evaluate(() => globalThis.e2eShown ?? null), { timeout: 20_000 });
          assert.ok(shown.ids.includes('add-note'), JSON.stringify(shown));
          assert.ok(shown.contexts.includes('selection'), JSON.stringify(shown));
          assert.ok(shown.pageUrl.startsWith(`${viewerPrefix}?file=`), shown.pageUrl);
          await s.press('Escape');
        } finally {
          await listener.close();
          await s.front();
        }
        assert.ok(await s.evaluate((text) => getSelection().toString().replace(/\s+/g, '') === text, flat(FROM_MENU)), 'the selection kept');
      }
      await chooseMenuAddNote();
      await waitFor('the note editor', () => s.uiText('.editor'));
      await s.type(BODY_MENU);
      await s.press('Control+Enter');
      await waitFor('the editor to close', async () => (await s.uiText('.editor')) === null);
      const r = await waitFor('the passage noted from the menu', async () => {
        const x = await placed();
        return x['probation-note'].includes(flat(FROM_MENU)) ? x : null;
      });
      assert.ok(r['probation-note'].includes(flat(FROM_MENU)), JSON.stringify(r));
      const saved = await s.inExtension(async () => (await (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ probationLens: 'listNotes', args: {} })).ok);
      assert.ok(JSON.stringify(saved).includes(BODY_MENU), 'the note is stored');
    });

    it('follows the popup’s "Also hide my notes on this site": hidden live and at load, no Add note, shown again', async () => {
      await open(PDF_URLS.policy);
      await notesDecided('shown');
      for (const page of [1, 2, 3]) await waitFor(`page ${page} rendered`, () => s.evaluate(showPage, page), { timeout: 20_000 });
      await waitFor('the notes placed', async () => (await placed())['probation-note'].length >= 3);
      try {
        await siteChoice('#site-switch', false, 'Highlighting is off for this site.');
        // Highlighting off leaves the notes on, as on a web page of the site.
        await waitFor('the terms cleared', async () => (await s.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('probation-jargon') && CSS.highlights.get(n).size > 0).length)) === 0, { timeout: 30_000 });
        assert.ok((await placed())['probation-note'].length >= 3, 'the notes stay with highlighting off');
        await siteChoice('#site-hide-notes', true, 'Highlighting is off for this site, and your notes are hidden');
        await notesDecided('hidden');
        await waitFor('the notes hidden in the open viewer', async () => (await placed())['probation-note'].length === 0, { timeout: 30_000 });

        // No Add note while hidden: no button by the selection, and the menu's call and the keys open nothing.
        assert.ok(await s.evaluate(selectInLayer, FROM_MENU), 'the passage selected');
        await chooseMenuAddNote();
        await s.press('Alt+Shift+KeyN');
        assert.equal(await s.uiText('.editor'), null, 'no editor');
        assert.equal(await s.uiRect('.floating'), null, 'no Add note button');

        // Hidden at load too.
        await open(PDF_URLS.policy, { notes: false });
        for (const page of [1, 2, 3]) await waitFor(`page ${page} rendered`, () => s.evaluate(showPage, page), { timeout: 20_000 });
        assert.deepEqual(await placed(), { 'probation-note': [], 'probation-note-changed': [] }, 'no note painted at load');

        await siteChoice('#site-hide-notes', false, 'Highlighting is off for this site. Your notes are still shown.');
        await notesDecided('shown');
        await waitFor('the notes shown again in the open viewer', async () => (await placed())['probation-note'].length >= 3, { timeout: 30_000 });
      } finally {
        await siteChoice('#site-switch', true, 'Highlighting is on.');
      }
    });
  });
}

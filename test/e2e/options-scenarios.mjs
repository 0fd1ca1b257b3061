// The options page, as a reader uses it, run the same way in every browser.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_URL, overridePage } from './support/fixtures.mjs';
import { waitFor } from './support/wait.mjs';

const PERSONAL_URL = 'https://www.gov.uk/guidance/probation-lens-personal';
const ADD_URL = 'https://www.gov.uk/guidance/probation-lens-add-definition';
const HTML_BODY = '<img src=x onerror=alert(1)>';

/** A valid note as storage keeps it. */
const note = (i, body = `Options note ${i}: check with the SPO`) => {
  const at = new Date(Date.UTC(2026, 2, 1, 9, 0, i)).toISOString();
  const exact = ['allocated practitioner', 'five working days', 'Senior probation officers'][i % 3];
  return {
    id: `options-${i}`, body, tags: ['options'], pageTitle: 'Demo policy', created: at, modified: at,
    target: {
      source: 'https://www.gov.uk/government/publications/probation-lens-demo',
      quote: { type: 'TextQuoteSelector', exact, prefix: 'The ', suffix: ' should' },
      position: { type: 'TextPositionSelector', start: 10 * i, end: 10 * i + exact.length },
    },
  };
};
const backup = (notes, extra = {}) => JSON.stringify({ format: 'probation-lens-backup', version: 1, exportedAt: '2026-03-02T10:00:00.000Z', notes, glossary: [], ...extra }, null, 2);

// Extension-world probes.
const listNotes = async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  return (await api.runtime.sendMessage({ probationLens: 'listNotes', args: {} })).ok;
};
const saveNotes = async (all) => {
  const api = globalThis.browser ?? globalThis.chrome;
  for (const n of all) await api.runtime.sendMessage({ probationLens: 'saveNote', args: { note: n } });
};
const comparable = (notes) => notes.map(({ id, body, target }) => ({ id, body, target })).sort((a, b) => a.id.localeCompare(b.id));

const displaySettings = async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  return (await api.runtime.sendMessage({ probationLens: 'getDisplaySettings', args: {} })).ok;
};

// Page-world probes (as in scenarios.mjs).
/** The text of the jargon ranges inside the paragraph the test added. */
const probeTerms = () => [...(CSS.highlights.get('probation-jargon') ?? [])]
  .filter((r) => document.getElementById('display-probe')?.contains(r.startContainer)).map((r) => r.toString());
/** Whether the reader's style reached the page: an adopted sheet, or the fallback <style data-probation-lens>. */
const displayRule = () => {
  const sheets = [...document.adoptedStyleSheets, ...[...document.querySelectorAll('style[data-probation-lens]')].map((e) => e.sheet)];
  const rule = sheets.flatMap((sheet) => [...sheet.cssRules]).find((r) => r.cssText.includes('probation-jargon') && r.cssText.includes('background'));
  return rule ? { adopted: document.adoptedStyleSheets.length > 0, css: rule.cssText } : null;
};
const rectOf = ({ name, text }) => {
  const range = [...CSS.highlights.get(name)].find((r) => r.toString() === text);
  range.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const r = range.getClientRects()[0];
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
};

/** Registers the options page suite for one browser. */
export function optionsSuite(name, launch) {
  describe(`${name}: options page`, { timeout: 300_000 }, () => {
    let s;
    let options;
    before(async () => {
      s = await launch();
      options = await s.openExtensionPage('options.html');
      await options.waitFor('#term-abbreviation');
    });
    after(async () => {
      overridePage(PERSONAL_URL, null);
      await s?.close();
    });

    // The tests also use the test tab (s.goto, s.inExtension): a reader works in the tab in front,
    // and Firefox moves focus only there.
    const toFront = () => options.page.bringToFront();

    /** Chooses a file in the import form and waits for the outcome's element to show the expected text. */
    const importFile = async (file, outcome, pattern) => {
      await toFront();
      await options.setFile('#import-file', { mimeType: 'application/json', ...file });
      return waitFor(`the import outcome ${outcome} ${pattern}`, async () => {
        const text = await options.text(outcome);
        return text && pattern.test(text) ? text : null;
      });
    };
    const axeClean = async (when) => {
      const violations = await options.axe();
      if (violations.length) console.log(`axe (${when}):`, JSON.stringify(violations, null, 2));
      assert.deepEqual(violations, [], `axe violations ${when}`);
    };

    it('options: passes axe as first shown', async () => {
      await axeClean('on the first view');
    });

    it('options: shows GOV.UK validation messages for an empty term', async () => {
      await options.click('#term-save');
      const summary = await waitFor('the error summary', () => options.text('#term-errors'));
      assert.match(summary, /There is a problem/);
      assert.match(summary, /Enter the abbreviation/);
      assert.match(summary, /Select a category/);
      await waitFor('the focus on the summary', async () => (await options.focused())?.startsWith('div#term-errors'));
      await axeClean('with the term form’s errors shown');
    });

    it('options: a personal term is highlighted on pages and its card names the personal glossary', async () => {
      await options.fill('#term-abbreviation', 'QXZ');
      await options.fill('#term-expansion', 'Quarterly Extra Zone review');
      await options.evaluate(() => {
        const select = document.getElementById('term-category');
        select.value = 'process';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await options.click('#term-save');
      await waitFor('QXZ in the table', async () => (await options.text('#glossary-table'))?.includes('Quarterly Extra Zone review'));
      assert.equal(await options.count('#term-errors'), 0);
      overridePage(PERSONAL_URL, '<!doctype html><html lang="en"><title>Personal</title><main><p>The QXZ met. QXZ again.</p></main></html>');
      await s.front();
      await s.goto(PERSONAL_URL);
      const ranges = await waitFor('QXZ highlighted', async () => {
        const r = await s.evaluate(() => [...(CSS.highlights.get('probation-jargon') ?? [])].map((x) => x.toString()));
        return r.includes('QXZ') ? r : null;
      });
      assert.deepEqual(ranges, ['QXZ', 'QXZ']);
      const term = await s.evaluate(rectOf, { name: 'probation-jargon', text: 'QXZ' });
      await s.mouseMove(term.left + 3, (term.top + term.bottom) / 2);
      const card = await waitFor('the QXZ card', () => s.cardText());
      assert.match(card, /Quarterly Extra Zone review/);
      assert.match(card, /Your personal glossary/);
      await s.mouseMove(5, 5);
    });

    it('options: changes a term with Change', async () => {
      await toFront();
      await options.click('#glossary-table .link-button'); // the first is Change
      await waitFor('the form to show QXZ', async () => (await options.evaluate(() => document.getElementById('term-abbreviation').value)) === 'QXZ');
      await options.fill('#term-expansion', 'Quarterly Extra Zone review meeting');
      await options.click('#term-save');
      await waitFor('the changed meaning', async () => (await options.text('#glossary-table'))?.includes('review meeting'));
      assert.equal(await options.count('#glossary-table tbody tr'), 1, 'changed, not added');
    });

    it('options: an unexplained acronym’s card offers "Add a definition"; the form opens with it filled in, and the open page explains it once saved', async () => {
      overridePage(ADD_URL, '<!doctype html><html lang="en"><title>Add</title><main><p>The ZQV met. ZQV again.</p></main></html>');
      await s.front();
      await s.goto(ADD_URL);
      const unknown = await waitFor('ZQV flagged as unexplained', async () => {
        const r = await s.evaluate(() => [...(CSS.highlights.get('probation-jargon-unknown') ?? [])].map((x) => x.toString()));
        return r.includes('ZQV') ? r : null;
      });
      assert.deepEqual(unknown, ['ZQV', 'ZQV']);
      const term = await s.evaluate(rectOf, { name: 'probation-jargon-unknown', text: 'ZQV' });
      await s.mouseMove(term.left + 3, (term.top + term.bottom) / 2);
      assert.match(await waitFor('the card’s action', () => s.uiText('#probation-lens-card button')), /Add a definition/);
      await s.mouseMove(5, 5);
      // The address the card's action opens (the background's openAddTerm, unit-tested); this page stays open.
      const adding = await s.openExtensionPage('options.html#add-term=ZQV');
      try {
        await adding.waitFor('#term-abbreviation');
        assert.equal(await waitFor('ZQV filled in', async () => {
          const value = await adding.evaluate(() => document.getElementById('term-abbreviation').value);
          return value === 'ZQV' ? value : null;
        }), 'ZQV');
        await adding.fill('#term-expansion', 'Zonal Quality Visit');
        await adding.evaluate(() => {
          const select = document.getElementById('term-category');
          select.value = 'process';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        });
        await adding.click('#term-save');
        await waitFor('ZQV saved', async () => (await adding.text('#glossary-table'))?.includes('Zonal Quality Visit'));
        // The page opened before the term existed explains it now, without a reload.
        const explained = await waitFor('ZQV explained on the open page', async () => {
          const r = await s.evaluate(() => [...(CSS.highlights.get('probation-jargon') ?? [])].map((x) => x.toString()));
          return r.includes('ZQV') ? r : null;
        });
        assert.deepEqual(explained, ['ZQV', 'ZQV']);
        await s.front();
        const known = await s.evaluate(rectOf, { name: 'probation-jargon', text: 'ZQV' });
        await s.mouseMove(known.left + 3, (known.top + known.bottom) / 2);
        assert.match(await waitFor('the ZQV card', async () => ((await s.cardText())?.includes('Zonal') ? s.cardText() : null)), /Zonal Quality Visit/);
        await s.mouseMove(5, 5);
      } finally {
        await s.inExtension(async () => {
          const api = globalThis.browser ?? globalThis.chrome;
          await api.runtime.sendMessage({ probationLens: 'deletePersonalTerm', args: { term: 'ZQV' } });
        });
        await adding.page.close();
        overridePage(ADD_URL, null);
      }
    });

    it('options: checks a site and switches it off and on again', async () => {
      await toFront();
      await options.fill('#site-host', 'example.org');
      await options.click('#site-check');
      assert.match(await waitFor('the site error', () => options.text('#site-host-error')), /does not work on example\.org/);
      await options.fill('#site-host', 'https://www.gov.uk/guidance/anything');
      await options.click('#site-check');
      await waitFor('the site is on', async () => /Highlighting is on for www\.gov\.uk/.test(await options.text('#site-state')));
      await options.click('#site-toggle');
      await waitFor('the site is off', async () => /Highlighting is off for www\.gov\.uk/.test(await options.text('#site-state')));
      const state = (host) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ probationLens: 'getSiteState', args: { host } });
      assert.deepEqual((await s.inExtension(state, 'www.gov.uk')).ok, { host: 'www.gov.uk', enabled: false, notes: true }, 'highlighting off, the notes still shown');
      await toFront();
      await options.click('#site-toggle');
      await waitFor('the site is on again', async () => /Highlighting is on/.test(await options.text('#site-state')));
      assert.equal((await s.inExtension(state, 'www.gov.uk')).ok.enabled, true);
    });

    it('options: shows the contrast of each highlight colour on light and dark pages', async () => {
      await toFront();
      await options.waitFor('#highlight-style-underline');
      assert.equal(await options.evaluate(() => document.getElementById('highlight-style-underline').checked), true, 'underline by default');
      assert.equal(await options.evaluate(() => document.getElementById('highlight-colour-blue').checked), true, 'blue by default');
      assert.match(await options.text('#highlight-colour-blue-hint'), /^Passes on light pages \(5\.2:1\), passes on dark pages \(\d+\.\d:1\)$/);
      assert.match(await options.text('#highlight-colour-black-hint'), /Low contrast: Passes on light pages \(19\.6:1\), fails on dark pages \(1\.1:1\)/);
    });

    it('options: background style and a hidden category change how pages are painted', async () => {
      await toFront();
      await options.click('#highlight-style-background');
      await waitFor('the style saved', async () => (await s.inExtension(displaySettings))?.highlightStyle === 'background');
      await options.click('#show-category-legislation');
      await waitFor('legislation hidden', async () => (await s.inExtension(displaySettings))?.hiddenCategories?.includes('legislation'));
      assert.match(await options.text('#style-status'), /Saved/);
      await s.front();
      await s.goto(DEMO_URL);
      await waitFor('the demo page highlighted', async () => (await s.evaluate(() => CSS.highlights.get('probation-jargon')?.size ?? 0)) > 0);
      await s.evaluate(() => {
        const p = document.createElement('p');
        p.id = 'display-probe';
        p.textContent = 'Changes under LASPO reach every SFO review.';
        document.querySelector('main').append(p);
      });
      const terms = await waitFor('SFO highlighted in the new paragraph', async () => {
        const t = await s.evaluate(probeTerms);
        return t.includes('SFO') ? t : null;
      });
      assert.deepEqual(terms, ['SFO'], 'LASPO (legislation) is not painted');
      const rule = await waitFor('the background style on the page', () => s.evaluate(displayRule));
      assert.match(rule.css, /text-decoration-line: none/);
      console.log(`display style carried by ${rule.adopted ? 'an adopted stylesheet' : 'a <style> element'}`);
    });

    it('options: restoring the default highlights repaints open pages', async () => {
      await toFront();
      await options.click('#highlight-style-underline');
      await options.click('#show-category-legislation');
      await waitFor('the defaults saved', async () => {
        const d = await s.inExtension(displaySettings);
        return d?.highlightStyle === 'underline' && d.hiddenCategories.length === 0;
      });
      await s.front();
      await waitFor('LASPO painted again', async () => (await s.evaluate(probeTerms)).includes('LASPO'));
      assert.equal(await s.evaluate(displayRule), null, 'the style sheet was taken off');
    });

    it('options: a backup exported here restores every note in a fresh profile', async () => {
      const notes = [0, 1, 2].map((i) => note(i));
      await s.inExtension(saveNotes, notes);
      await toFront();
      await options.evaluate(() => {
        const original = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob) => { blob.text().then((t) => { window.__exported = t; }); return original(blob); };
      });
      await options.click('#export-backup');
      const text = await waitFor('the exported backup', () => options.evaluate(() => window.__exported ?? null));
      await waitFor('the export status', () => options.text('#export-status'));
      assert.equal(JSON.parse(text).notes.length, 3);
      const fresh = await launch();
      try {
        assert.deepEqual(await fresh.inExtension(listNotes), []);
        const page = await fresh.openExtensionPage('options.html');
        await page.waitFor('#import-file');
        await page.setFile('#import-file', { name: 'probation-lens-backup.json', mimeType: 'application/json', text });
        const done = await waitFor('the import panel', () => page.text('#import-done'));
        assert.match(done, /Import complete/);
        assert.match(done, /3 new notes added/);
        assert.deepEqual(comparable(await fresh.inExtension(listNotes)), comparable(notes));
        // The glossary came across too.
        await waitFor('QXZ in the fresh glossary', async () => (await page.text('#glossary-table'))?.includes('QXZ'));
      } finally {
        await fresh.close();
      }
    });

    it('options: malformed imports show an error summary and change nothing', async () => {
      const before = comparable(await s.inExtension(listNotes));
      assert.equal(before.length, 3);
      const refused = async (file, pattern) => {
        const summary = await importFile(file, '#import-errors', pattern);
        assert.match(summary, /There is a problem/);
        assert.match(summary, /nothing was changed/);
        await waitFor('the focus on the summary', async () => (await options.focused())?.startsWith('div#import-errors'));
        assert.deepEqual(comparable(await s.inExtension(listNotes)), before);
      };
      await refused({ name: 'bad.json', text: '{"format": "probation-lens-backup", "notes": [' }, /not valid JSON/);
      await refused({ name: 'v7.json', text: backup([note(5)], { version: 7 }) }, /version 7/);
      const { target: _gone, ...noTarget } = note(6);
      await refused({ name: 'missing.json', text: backup([note(7), noTarget]) }, /notes\[2\]\.target: is missing/);
      // 100 MB made in the page: the size is checked before the file is read.
      await toFront();
      await options.evaluate(() => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(100e6)], 'huge.json', { type: 'application/json' }));
        const input = document.getElementById('import-file');
        input.files = dt.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await waitFor('the size problem', async () => /The file is 100 MB; the largest file Probation Lens imports is 20 MB/.test(await options.text('#import-errors')));
      assert.deepEqual(comparable(await s.inExtension(listNotes)), before);
      await axeClean('with the import error summary shown');
    });

    it('options: HTML in a note is data: it imports and is never turned into markup', async () => {
      await importFile({ name: 'html.json', text: backup([note(8, HTML_BODY)]) }, '#import-done', /Import complete[\s\S]*1 new note added/);
      assert.equal(await options.count('img'), 0, 'no <img> element in the options page');
      const stored = (await s.inExtension(listNotes)).find((n) => n.id === 'options-8');
      assert.equal(stored.body, HTML_BODY);
    });

    it('options: every control is reachable with Tab', async () => {
      await toFront();
      await options.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
      const seen = new Set();
      const unseen = [];
      for (let i = 0; i < 80; i++) {
        await options.press('Tab');
        const focused = await options.focused();
        seen.add(focused?.split(':')[0]);
        // Past the last control the focus leaves the page (the body). Firefox may restyle a moment later.
        const shown = focused?.startsWith('body') || await waitFor('the focus style', async () => (await options.focusShown()) !== false, { timeout: 1000 }).then(() => true, () => false);
        if (!shown) unseen.push(focused);
      }
      assert.deepEqual(unseen, [], 'every control shows that it has the focus');
      const wanted = ['input#term-abbreviation', 'input#term-expansion', 'textarea#term-definition', 'select#term-category', 'button#term-save',
        'button#export-backup', 'button#export-web-annotation', 'button#export-markdown', 'button#export-csv', 'button#export-glossary-csv',
        'button#export-glossary-json', 'input#import-kind-backup', 'input#import-file', 'input#delete-confirmation', 'button#delete-everything'];
      for (const id of wanted) assert.ok(seen.has(id), `${id} is reached by Tab (seen: ${[...seen].join(', ')})`);
    });

    it("options: opens the browser's own page for changing the shortcuts", async () => {
      await toFront();
      const tabs = () => s.inExtension(async () => (await (globalThis.browser ?? globalThis.chrome).tabs.query({})).length);
      const before = await tabs();
      await options.click('#open-shortcuts');
      await waitFor('the shortcut settings opened in a tab', async () => (await tabs()) > before);
      assert.equal(await options.count('#open-shortcuts ~ .error-message, .error-message[role="alert"]'), 0);
    });

    it('options: passes axe in dark mode', async () => {
      const dark = await launch({ dark: true });
      try {
        const page = await dark.openExtensionPage('options.html');
        await page.waitFor('h1');
        assert.ok(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'dark scheme in effect');
        const violations = await page.axe();
        assert.deepEqual(violations, [], `axe in dark mode: ${JSON.stringify(violations, null, 1)}`);
      } finally {
        await dark.close();
      }
    });

    it('options: deletes everything only after the words are typed', async () => {
      await toFront();
      await options.fill('#delete-confirmation', 'delete');
      await options.click('#delete-everything');
      assert.match(await waitFor('the confirmation error', () => options.text('#delete-confirmation-error')), /Type “delete everything”/);
      assert.equal((await s.inExtension(listNotes)).length, 4);
      await options.fill('#delete-confirmation', 'delete everything');
      await options.click('#delete-everything');
      assert.match(await waitFor('the confirmation', () => options.text('#delete-done')), /Everything was deleted/);
      assert.deepEqual(await s.inExtension(listNotes), []);
      await waitFor('an empty glossary', () => options.text('#glossary-empty'));
    });
  });
}

// Managed policy, end to end: a real policy file (see support/policy.mjs), the browser started on it, and what a
// reader sees: the organisation's term and its card, the settings marked "Set by your organisation" and locked,
// the ignored entry listed and not used, the recommended site (allowed in Firefox, where no prompt is needed).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_URL, OUTSIDE_URL, PAGE_TERMS_URL } from './support/fixtures.mjs';
import { waitFor } from './support/wait.mjs';

/** What the organisation sets: one good team term, one bad one, a site, and every other setting. */
export const POLICY = {
  teamGlossary: [
    { term: 'QRT', senses: [{ expansion: 'Quality Review Team', category: 'organisation', definition: 'The regional team that checks cases before they close.' }] },
    { term: 'MPT', senses: [{ expansion: 'Bad team expansion', category: 'weather' }] },
  ],
  extraSites: ['example.org'],
  caseDataGuard: 'block',
  notesExport: false,
  welcomePage: false,
};

/** Selects the first occurrence of `needle` in the page's main content (page world). */
const selectText = (needle) => {
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.data.indexOf(needle);
    if (at >= 0) {
      n.parentElement.scrollIntoView({ block: 'center' });
      getSelection().setBaseAndExtent(n, at, n, at + needle.length);
      return true;
    }
  }
  return false;
};
const terms = (name) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString());
const rectOf = ({ text, name = 'probation-jargon' }) => {
  const range = [...CSS.highlights.get(name)].find((r) => r.toString() === text);
  range.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const r = range.getClientRects()[0];
  return { left: r.left, top: r.top, bottom: r.bottom };
};

/**
 * Registers the policy suite for one browser. `policy()` makes the policy file's handle (write, remove),
 * `launch(handle)` starts the browser on it; `grants` says the browser grants a permission without a prompt;
 * `live` says the browser re-reads policy while it runs (Chromium watches its policy folder).
 */
export function policySuite(name, { policy, launch, grants = false, live = false }) {
  describe(`${name}: managed policy`, { timeout: 300_000 }, () => {
    let s;
    let file;
    before(async () => {
      file = policy();
      file.write(POLICY);
      s = await launch(file);
    });
    after(async () => {
      try {
        await s?.close();
      } finally {
        file?.remove();
      }
    });

    it('policy: a team term is highlighted, and its card says it is from the organisation’s glossary', async () => {
      await s.goto(PAGE_TERMS_URL);
      await waitFor('QRT highlighted as a term', async () => (await s.evaluate(terms, 'probation-jargon')).includes('QRT'));
      assert.ok(!(await s.evaluate(terms, 'probation-jargon-unknown')).includes('QRT'), 'QRT is no longer unexplained');
      const at = await s.evaluate(rectOf, { text: 'QRT' });
      await s.mouseMove(at.left + 3, at.top + (at.bottom - at.top) / 2);
      const card = await waitFor('the QRT card', () => s.cardText());
      assert.match(card, /Quality Review Team/);
      assert.match(card, /Your organisation's glossary/);
    });

    it('policy: a bad team entry is not used', async () => {
      await s.goto(PAGE_TERMS_URL);
      // MPT is defined on the page itself (its own highlight); a team sense would show on its card as another meaning.
      await waitFor('MPT highlighted', async () => (await s.evaluate(terms, 'probation-jargon-page')).includes('MPT'));
      await s.mouseMove(5, 5);
      await waitFor('no card', async () => (await s.cardText()) === null);
      const at = await s.evaluate(rectOf, { text: 'MPT', name: 'probation-jargon-page' });
      await s.mouseMove(at.left + 3, at.top + (at.bottom - at.top) / 2);
      const card = await waitFor('the MPT card', () => s.cardText());
      assert.match(card, /Modern Probation Theory/);
      assert.doesNotMatch(card, /Bad team expansion/);
    });

    it('policy: with welcomePage false, the install opens no welcome page', async () => {
      assert.deepEqual({ welcomed: s.firstRun.welcomed, events: s.firstRun.events }, { welcomed: false, events: 1 });
      assert.deepEqual(s.welcomed[0], [], 'no welcome tab');
    });

    it('options: the settings show as set by the organisation, locked, and the bad entry is listed', async () => {
      const options = await s.openExtensionPage('options.html');
      try {
        await options.waitFor('#org-settings');
        const settings = await options.text('#org-settings');
        assert.match(settings, /Your organisation's glossary: 1 terms/);
        assert.match(settings, /Checking notes for case data: Do not save it/);
        assert.match(settings, /Exporting notes: switched off/);
        assert.match(settings, /Welcome page when Probation Lens is installed: not shown/);
        assert.match(settings, /Set by your organisation/);
        assert.match(await options.text('#org-problems'), /teamGlossary entry 2 \(MPT\): not a valid glossary entry/);
        // The guard mode is the organisation's and cannot be changed; note exports are gone, the glossary's stay.
        assert.equal(await options.evaluate(() => document.querySelector('#guard-mode').disabled), true);
        assert.equal(await options.evaluate(() => document.querySelector('#guard-mode-block').checked), true);
        assert.match(await options.text('#guard-mode'), /Set by your organisation/);
        assert.equal(await options.count('#export-backup'), 0);
        assert.match(await options.text('#export-notes-off'), /switched off/);
        assert.equal(await options.count('#export-glossary-json'), 1);
        // The recommended site, with the one button that asks for all of them.
        assert.match(await options.text('#recommended-sites'), /example\.org/);
        assert.equal(await options.count('#allow-recommended-sites'), 1);
        assert.deepEqual(await options.axe(), []);
      } finally {
        await options.close();
      }
    });

    it('policy: the background refuses what the organisation locked', async () => {
      const probe = ([call, args]) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ probationLens: call, args });
      assert.equal((await s.inExtension(probe, ['setCaseDataGuard', { mode: 'off' }])).code, 'set-by-organisation');
      assert.equal((await s.inExtension(probe, ['exportData', { format: 'backup' }])).code, 'set-by-organisation');
      assert.ok((await s.inExtension(probe, ['exportData', { format: 'glossary-json' }])).ok, 'the glossary still exports');
    });

    it('policy: the note editor names the case data and will not save it, as the organisation chose block', async () => {
      await s.front();
      await s.goto(DEMO_URL);
      await waitFor('the scan', () => s.evaluate(() => CSS.highlights.has('probation-jargon')));
      assert.ok(await s.evaluate(selectText, 'The allocated practitioner should meet the person'));
      await s.press('Alt+Shift+KeyN');
      await waitFor('the note editor', () => s.uiText('.editor'));
      await s.type('Met at HMP, prison number A1234BC');
      await s.press('Control+Enter');
      const refusal = await waitFor('the case-data refusal', () => s.uiText('#pl-editor-guard'));
      assert.match(refusal, /This looks like a prison number: A1234BC/);
      assert.match(refusal, /Case data may not be saved in notes/);
      assert.ok(!(await s.uiText('.editor'))?.includes('Save anyway'), 'no Save anyway when the organisation blocks');
      await s.press('Escape');
      await waitFor('the editor to close', async () => (await s.uiText('.editor')) === null);
      const listNotes = () => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ probationLens: 'listNotes', args: {} });
      assert.deepEqual((await s.inExtension(listNotes)).ok, []);
    });

    it('popup: lists the recommended site with the button', async () => {
      await s.goto(PAGE_TERMS_URL);
      const popup = await s.openExtensionPage('popup.html', { forTab: true });
      try {
        await popup.waitFor('#recommended-sites');
        assert.match(await popup.text('#recommended-sites'), /example\.org/);
        assert.equal(await popup.count('#allow-recommended-sites'), 1);
      } finally {
        await popup.close();
      }
    });

    if (grants) {
      it('policy: once the reader allows the recommended sites, the lens works there', async () => {
        const options = await s.openExtensionPage('options.html');
        try {
          await options.waitFor('#allow-recommended-sites');
          await options.click('#allow-recommended-sites');
          await waitFor('the allowed status', async () => /every recommended site/.test((await options.text('#recommended-sites-status')) ?? ''));
          assert.match(await options.text('#recommended-sites'), /example\.org\s*Allowed/);
        } finally {
          await options.close();
        }
        await s.front();
        await s.goto(OUTSIDE_URL);
        await waitFor('highlights on the recommended site', async () => (await s.evaluate(terms, 'probation-jargon')).includes('MAPPA'));
      });
    }

    if (live) {
      it('policy: a change to the policy reaches an open tab without a reload', async () => {
        await s.front();
        await s.goto(PAGE_TERMS_URL);
        await waitFor('QRT highlighted as a term', async () => (await s.evaluate(terms, 'probation-jargon')).includes('QRT'));
        file.write({ ...POLICY, teamGlossary: [] });
        await waitFor('QRT unexplained again, in the open tab', async () => (await s.evaluate(terms, 'probation-jargon-unknown')).includes('QRT'), { timeout: 60_000 });
      });
    }
  });
}

// Sites the reader adds outside the defaults: the background half (permission, dynamic content script),
// and the options page's list. No driver can answer the browser's permission prompt; where the browser
// can grant without one (Firefox, with optional-permission prompts turned off), the whole path is tested.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OUTSIDE_URL } from './support/fixtures.mjs';
import { waitFor } from './support/wait.mjs';

const ORIGIN = 'https://example.org';

// Extension-world probes.
const probe = ([name, args]) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ probationLens: name, args });
const scripts = () => (globalThis.browser ?? globalThis.chrome).scripting.getRegisteredContentScripts();

/** What the lens did to the outside page: its highlights and its UI element. */
const lensOn = (s) => s.evaluate(() => ({
  highlighted: [...(CSS.highlights.get('probation-jargon') ?? [])].map((r) => r.toString()).sort(),
  lenses: document.querySelectorAll('probation-lens-ui').length,
}));

/** Registers the added-sites suite for one browser; `grantSite` is given where the browser can grant without a prompt. */
export function sitesSuite(name, launch, { grantSite } = {}) {
  describe(`${name}: sites added outside the defaults`, { timeout: 240_000 }, () => {
    let s;
    before(async () => {
      s = await launch();
    });
    after(async () => {
      await s?.close();
    });

    it('outside: adds no site by default, and refuses to start on a site the reader has not granted', async () => {
      assert.deepEqual((await s.inExtension(probe, ['addedSites', {}])).ok, []);
      const refused = await s.inExtension(probe, ['enableAddedSite', { origin: ORIGIN }]);
      // The background answers with a code, which the popup and options word from messages.json.
      assert.equal(refused.code, 'not-granted');
      assert.match(refused.error ?? '', /example\.org/);
      assert.deepEqual(await s.inExtension(scripts), [], 'no content script was registered');
      await s.goto(OUTSIDE_URL);
      await new Promise((r) => setTimeout(r, 1000));
      assert.deepEqual(await lensOn(s), { highlighted: [], lenses: 0 });
    });

    it('outside: refuses origins that are not one https site', async () => {
      for (const origin of ['http://example.org', 'https://*', 'https://www.gov.uk', 'https://example.org/path', 'javascript:alert(1)', 42]) {
        const reply = await s.inExtension(probe, ['enableAddedSite', { origin }]);
        assert.equal(reply.code, 'bad-request', `${origin} refused`);
        const removed = await s.inExtension(probe, ['removeAddedSite', { origin }]);
        assert.equal(removed.code, 'bad-request', `${origin} not removable`);
      }
    });

    it('options: lists the default sites and says how to add one when none is added', async () => {
      const options = await s.openExtensionPage('options.html');
      try {
        await options.waitFor('#added-sites-empty');
        assert.match(await options.text('#default-sites'), /www\.gov\.uk/);
        assert.match(await options.text('#added-sites-empty'), /Use Probation Lens on/);
        assert.equal(await options.count('#added-sites'), 0);
      } finally {
        await options.close();
      }
    });

    if (grantSite) {
      it('outside: a granted site is highlighted now and after a reload, is listed, and stops when removed', async () => {
        await s.goto(OUTSIDE_URL);
        await grantSite(s, ORIGIN);
        assert.deepEqual((await s.inExtension(probe, ['addedSites', {}])).ok, [ORIGIN]);
        assert.deepEqual((await s.inExtension(probe, ['enableAddedSite', { origin: ORIGIN }])).ok, { origin: ORIGIN });
        // Started in the open tab straight away, without a reload.
        await s.front();
        const now = await waitFor('highlights in the open tab', async () => ((await lensOn(s)).highlighted.length ? lensOn(s) : null));
        assert.ok(now.highlighted.includes('MAPPA') && now.highlighted.includes('SFO'), `highlighted: ${now.highlighted}`);
        assert.equal(now.lenses, 1);
        // Enabling again neither registers a second script nor starts a second lens in the tab.
        await s.inExtension(probe, ['enableAddedSite', { origin: ORIGIN }]);
        assert.deepEqual((await s.inExtension(scripts)).map((c) => [c.id, c.matches]), [[`site:${ORIGIN}`, [`${ORIGIN}/*`]]]);
        assert.deepEqual(await lensOn(s), now, 'still one lens in the tab');
        await s.goto(OUTSIDE_URL);
        const reloaded = await waitFor('highlights after a reload', async () => ((await lensOn(s)).highlighted.length ? lensOn(s) : null));
        assert.deepEqual(reloaded, now, 'the registered script runs on the next load, once');

        // The popup now knows the site, so it shows the site switch rather than the button.
        const popup = await s.openExtensionPage('popup.html', { forTab: true });
        try {
          await popup.waitFor('#site-switch');
          assert.equal(await popup.count('#add-site'), 0);
        } finally {
          await popup.close();
        }

        const options = await s.openExtensionPage('options.html');
        try {
          await options.waitFor('#added-sites');
          assert.match(await options.text('#added-sites'), /^example\.org/);
          await options.click(`#added-sites button[data-origin="${ORIGIN}"]`);
          await waitFor('the removal status', async () => /no longer runs on example\.org/.test((await options.text('#added-sites-status')) ?? ''));
          await options.waitFor('#added-sites-empty');
        } finally {
          await options.close();
        }
        assert.deepEqual((await s.inExtension(probe, ['addedSites', {}])).ok, []);
        assert.deepEqual(await s.inExtension(scripts), []);
        assert.equal(await s.inExtension(async (o) => (globalThis.browser ?? globalThis.chrome).permissions.contains({ origins: [`${o}/*`] }), ORIGIN), false,
          'the permission was given back');
        await s.front();
        await s.goto(OUTSIDE_URL);
        await new Promise((r) => setTimeout(r, 1000));
        assert.deepEqual(await lensOn(s), { highlighted: [], lenses: 0 });
      });

      it('outside: a site removed and added again is highlighted again in the tab already open, by one lens', async () => {
        await s.goto(OUTSIDE_URL);
        await grantSite(s, ORIGIN);
        await s.inExtension(probe, ['enableAddedSite', { origin: ORIGIN }]);
        await s.front();
        const first = await waitFor('highlights in the open tab', async () => ((await lensOn(s)).highlighted.length ? lensOn(s) : null));
        assert.deepEqual((await s.inExtension(probe, ['removeAddedSite', { origin: ORIGIN }])).ok, { origin: ORIGIN });
        await s.front();
        await waitFor('the highlights to go', async () => (await lensOn(s)).highlighted.length === 0);
        // Added again, with no reload of the tab.
        await grantSite(s, ORIGIN);
        assert.deepEqual((await s.inExtension(probe, ['enableAddedSite', { origin: ORIGIN }])).ok, { origin: ORIGIN });
        await s.front();
        const again = await waitFor('highlights again in the same tab', async () => ((await lensOn(s)).highlighted.length ? lensOn(s) : null));
        assert.deepEqual(again, first);
        await s.inExtension(probe, ['removeAddedSite', { origin: ORIGIN }]);
      });
    }
  });
}

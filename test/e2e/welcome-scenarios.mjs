// The welcome page a first install opens (src/core/welcome.ts decides when; test/unit/core/welcome.test.ts): that a
// fresh profile opens it once and a second start does not (with policy welcomePage=false: policy-scenarios.mjs),
// what it says, its accessibility in light and dark, and the bundled demo page it offers, where the lens runs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { waitFor } from './support/wait.mjs';

const terms = () => [...(CSS.highlights.get('probation-jargon') ?? [])].map((r) => r.toString());

/** Registers the welcome-page suite for one browser, light and dark. */
export function welcomeSuite(name, launch) {
  for (const dark of [false, true]) {
    describe(`${name}: welcome page${dark ? ' (dark)' : ''}`, { timeout: 240_000 }, () => {
      let s;
      before(async () => {
        // The welcome tab the install opens is left open here (other suites have it closed) to be looked at.
        s = await launch({ dark, keepWelcome: true });
      });
      after(async () => {
        await s?.close();
      });

      if (!dark) {
        it('welcome: a first install opens the welcome page, once, in a tab of its own', async () => {
          const [opened, ...more] = s.welcomed[0];
          assert.ok(opened, 'a welcome tab opened');
          assert.equal(more.length, 0, 'one welcome tab');
          await opened.waitFor('#welcome-demo');
          assert.match(await opened.text('h1'), /Welcome to Probation Lens/);
          await opened.close();
          assert.deepEqual({ welcomed: s.firstRun.welcomed, events: s.firstRun.events }, { welcomed: true, events: 1 });
        });

        it('welcome: not again when the extension starts again on the same profile (an update, or a restart)', async () => {
          await s.reloadExtension();
          assert.equal(s.firstRun.events, 2, 'the background handled the second install event');
          assert.deepEqual(s.welcomed.at(-1), [], 'no welcome tab the second time');
        });
      }

      it('welcome: says what it does and where, the shortcuts, the data and how to turn it off, accessibly', async () => {
        const page = await s.openExtensionPage('welcome.html');
        try {
          await page.waitFor('#welcome-demo');
          const text = await page.text('main');
          for (const words of [/Welcome to Probation Lens/, /www\.gov\.uk/, /Alt\+Shift\+J/, /Alt\+Shift\+N/, /Everything stays on this device/,
            /switch highlighting off for the site/, /Open the demo policy page/]) assert.match(text, words);
          assert.deepEqual(await page.axe(), []);
          const colours = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          assert.equal(colours, dark ? 'rgb(27, 27, 27)' : 'rgb(255, 255, 255)');
        } finally {
          await page.close();
        }
      });

      if (!dark) {
        it('welcome: the bundled demo page it links to is underlined, without the network', async () => {
          const page = await s.openExtensionPage('welcome.html');
          try {
            await page.click('#welcome-demo');
            const found = await waitFor('terms on the demo page', async () => {
              const now = await page.evaluate(terms).catch(() => []);
              return now.includes('SFO') && now.includes('MAPPA') ? now : null;
            }, { timeout: 20_000 });
            assert.ok(found.length > 20, `${found.length} terms`);
          } finally {
            await page.close();
          }
        });
      }
    });
  }
}

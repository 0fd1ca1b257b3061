// The welcome page a first install opens (src/core/welcome.ts decides when; test/unit/core/welcome.test.ts):
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
        s = await launch({ dark });
      });
      after(async () => {
        await s?.close();
      });

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

// `npm start -- --headless`: a tour without a window. It opens the demo page with the extension, hovers a term
// until its card shows, opens the popup and the options page, and saves a screenshot of each.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../test/e2e/support/chromium.mjs';
import { launchFirefox } from '../test/e2e/support/firefox.mjs';
import { DEMO_URL } from '../test/e2e/support/fixtures.mjs';
import { waitFor } from '../test/e2e/support/wait.mjs';

export const SCREENSHOTS = resolve('start-screenshots');

/** The first highlighted "SFO" on the page, scrolled into view: its rectangle in the viewport. */
const termRect = () => {
  const range = [...(CSS.highlights.get('probation-jargon') ?? [])].find((r) => r.toString() === 'SFO');
  if (!range) return null;
  range.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const r = range.getClientRects()[0];
  return { left: r.left, top: r.top, bottom: r.bottom };
};

/** Runs the tour in 'chromium' or 'firefox'; returns the paths of the screenshots it saved. */
export async function tour(browser) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const shot = (name) => resolve(SCREENSHOTS, `${browser}-${name}.png`);
  const session = browser === 'firefox' ? await launchFirefox() : await launchChromium();
  try {
    await session.goto(DEMO_URL);
    const term = await waitFor('the highlighted term SFO', () => session.evaluate(termRect));
    await session.mouseMove(term.left + 3, (term.top + term.bottom) / 2);
    await waitFor('the SFO card', () => session.cardText());
    await session.screenshot(shot('card'));
    const popup = await session.openExtensionPage('popup.html', { forTab: true });
    await popup.page.waitForSelector('#site-switch');
    await popup.page.screenshot({ path: shot('popup') });
    const options = await session.openExtensionPage('options.html');
    await options.page.waitForSelector('#export-title');
    await options.page.screenshot({ path: shot('options'), fullPage: true });
    return [shot('card'), shot('popup'), shot('options')];
  } finally {
    await session.close();
  }
}

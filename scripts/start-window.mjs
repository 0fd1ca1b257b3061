// `npm start` with a display: opens a browser window with the built extension on the bundled demo policy page.
// The page is served at its GOV.UK address by request routing, so nothing leaves the machine.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchFirefox } from '../test/e2e/support/firefox.mjs';
import { DEMO_URL, pageFor } from '../test/e2e/support/fixtures.mjs';

/** Opens the window and resolves when the reader closes it. */
export async function openWindow(browser) {
  if (browser === 'firefox') {
    // Firefox serves the bundled pages only (other addresses are refused), as in the tests.
    const session = await launchFirefox({ headless: false, keepWelcome: true });
    await session.goto(DEMO_URL);
    console.log(`Opened ${DEMO_URL} in Firefox ESR with Probation Lens installed, and its welcome page. Close the browser window to stop.`);
    await new Promise((closed) => session.browser.on('disconnected', closed));
    return;
  }
  const extension = resolve('dist/chrome');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'probation-lens-demo-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    viewport: null,
    args: [
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
      '--disable-features=DisableLoadExtensionCommandLineSwitch', '--no-first-run',
    ],
  });
  await context.route('https://www.gov.uk/**', (route) => {
    const body = pageFor(route.request().url());
    return body === undefined ? route.continue() : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(DEMO_URL);
  console.log(`Opened ${DEMO_URL} with Probation Lens loaded, and its welcome page. Close the browser window to stop.`);
  await new Promise((closed) => context.on('close', closed));
}

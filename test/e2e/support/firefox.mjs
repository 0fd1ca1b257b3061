// Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi, with the built extension installed.
import puppeteer from 'puppeteer-core';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PuppeteerExtensionPage } from './extension-page.mjs';
import { isFixtureHost, pageFor } from './fixtures.mjs';
import { pdfResponse } from './pdf-fixtures.mjs';
import { rememberedFirstRun, rememberFirstRun, welcomedNow } from './first-run.mjs';
import { waitFor } from './wait.mjs';

const EXECUTABLE = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'probation-lens@probation-lens.org.uk';
// Firefox gives each install a random internal UUID; fixing it makes the popup's address known.
const EXTENSION_UUID = '5d0b6c2e-3f1a-4b7e-9c8d-70e1f2a3b4c5';
const POPUP_URL = `moz-extension://${EXTENSION_UUID}/popup.html`;
const WELCOME_URL = `moz-extension://${EXTENSION_UUID}/welcome.html`;
// A few things puppeteer does not offer are raw BiDi commands on browser.connection, addressed to
// a tab by its browsing context id, which puppeteer keeps as the (internal) frame._id.
const contextOf = (page) => page.mainFrame()._id;

const PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  'extensions.autoDisableScopes': 0,
  // Grants an optional permission the extension asks for in a click without the prompt, which no driver can
  // answer: the added-site tests stand in for the reader choosing Allow.
  'extensions.webextOptionalPermissionPrompts': false,
  // The machine has no internet: keep Firefox from calling Mozilla's services at all.
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.discovery.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
};

/**
 * Launches Firefox ESR with dist/firefox installed; fails loudly when the browser or the build is missing.
 * `prefs` and `env` add to the defaults (the policy tests point Firefox at their own policies.json).
 */
export async function launchFirefox({ profile, dark = false, prefs = {}, env = {}, headless = true, keepWelcome = false } = {}) {
  if (!existsSync(EXECUTABLE)) throw new Error(`Firefox ESR is not installed at ${EXECUTABLE} (apt-get install firefox-esr)`);
  const extension = resolve('dist/firefox');
  if (!existsSync(`${extension}/manifest.json`)) throw new Error(`No build at ${extension} (npm run build)`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: EXECUTABLE,
    headless, // false only for `npm start -- --firefox`, which opens a window
    userDataDir: profile, // without one, puppeteer makes a temporary profile and removes it on close
    // A dark system theme, for checking the dark styles (content pages follow it).
    extraPrefsFirefox: { ...PREFS, ...(dark ? { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 } : {}), ...prefs },
    env: {
      ...process.env,
      MOZ_DISABLE_CONTENT_SANDBOX: '1',
      // Remote control may open moz-extension: pages (the popup) only with system access.
      MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1',
      ...env,
    },
  });
  try {
    const before = rememberedFirstRun(profile);
    await browser.installExtension(extension); // a temporary add-on, granted its host permissions
    // A first install opens the welcome page (src/background/welcome.ts), which takes the front: wait until the
    // background has handled the install event (it records each one after any welcome tab it opens).
    const firstRun = await installHandled(browser, before);
    rememberFirstRun(profile, firstRun);
    const welcome = welcomedNow(firstRun, before) ? await waitFor('the welcome tab', async () => {
      const tabs = await welcomeTabs(browser);
      return tabs.length > 0 && tabs;
    }, { timeout: 30_000 }) : [];
    const page = (await browser.pages()).find((p) => !welcome.includes(p)) ?? await browser.newPage();
    if (!keepWelcome) for (const tab of welcome) await tab.close();
    await page.bringToFront();
    await page.setViewport({ width: 1200, height: 900 });
    const requests = [];
    // Interception answers top-level navigations too, so pages load at their real https addresses.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      // Only web requests, as in Chromium: data: fonts and the like load untouched.
      if (!/^https?:/.test(url)) return void request.continue().catch(() => {});
      requests.push(url);
      const pdf = pdfResponse(url);
      const body = pdf ? null : isFixtureHost(url) ? pageFor(url) : null;
      const answer = pdf ? request.respond(pdf) : body === null ? request.abort()
        : body === undefined ? request.respond({ status: 404, body: 'Not found' })
          : request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      answer.catch(() => {}); // the page may have moved on already
    });
    return Object.assign(new FirefoxSession(browser, page, requests), { firstRun, welcomed: [welcome.map((tab) => new PuppeteerExtensionPage(tab))] });
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Waits, in an extension page, until the background has handled an install event after `before` (the
 * record src/storage/first-run.ts keeps); returns the record.
 */
async function installHandled(browser, before) {
  const page = await browser.newPage();
  try {
    await navigate(browser, page, POPUP_URL);
    return await page.evaluate(async (events) => {
      const until = Date.now() + 60_000;
      for (;;) {
        const { firstRun } = await globalThis.browser.storage.local.get('firstRun');
        if (firstRun?.events > events) return firstRun;
        if (Date.now() > until) throw new Error(`The background handled no install event (record: ${JSON.stringify(firstRun)})`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }, before?.events ?? 0);
  } finally {
    await page.close();
  }
}

/** The tabs showing the welcome page. Puppeteer never sees a tab the extension opened leave about:blank: ask BiDi. */
async function welcomeTabs(browser) {
  const { result } = await browser.connection.send('browsingContext.getTree', { maxDepth: 0 });
  const ids = new Set(result.contexts.filter((c) => c.url === WELCOME_URL).map((c) => c.context));
  return (await browser.pages()).filter((p) => ids.has(contextOf(p)));
}

/** Puppeteer's goto never sees a moz-extension: page finish loading, so navigate with BiDi itself. */
async function navigate(browser, page, url) {
  await browser.connection.send('browsingContext.navigate', { context: contextOf(page), url, wait: 'complete' });
}

class FirefoxSession {
  constructor(browser, page, requests) {
    this.name = 'firefox';
    this.browser = browser;
    this.page = page;
    this.requests = requests;
  }

  /** Opens a URL in the test tab and waits for it to load. */
  async goto(url) {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  /** Runs a function in the page's own world (as a page script would). */
  evaluate(fn, arg) {
    return this.page.evaluate(fn, arg);
  }

  /** Moves the mouse to viewport coordinates. */
  async mouseMove(x, y) {
    await this.page.mouse.move(x, y, { steps: 2 });
  }

  /** Presses a chord such as "Alt+Shift+KeyJ" or "Escape". */
  async press(chord) {
    const modifiers = chord.split('+');
    const key = modifiers.pop();
    for (const m of modifiers) await this.page.keyboard.down(m);
    await this.page.keyboard.press(key);
    for (const m of modifiers.reverse()) await this.page.keyboard.up(m);
  }

  /** The text of the definition card, or null when none shows. */
  async cardText() {
    return (await this.#ui('#probation-lens-card'))?.text ?? null;
  }

  /** The rectangle of the card in the viewport, or null. */
  async cardRect() {
    return (await this.#ui('#probation-lens-card'))?.rect ?? null;
  }

  /** The text of the first element of the extension's UI matching a selector, or null when none shows. */
  async uiText(selector) {
    return (await this.#ui(selector))?.text ?? null;
  }

  /** The rectangle of an element of the extension's UI, or null. */
  async uiRect(selector) {
    return (await this.#ui(selector))?.rect ?? null;
  }

  /** The text of the element of the extension's UI that has the keyboard focus, or null. */
  async uiFocused() {
    const root = await this.#shadowRoot();
    if (!root) return null;
    const found = await this.#call('function (root) { return root.activeElement ? root.activeElement.textContent : null; }', [{ sharedId: root.sharedId }]);
    return found.type === 'string' ? found.value : null;
  }

  /**
   * Activates the focused control, as Enter would. Firefox ESR's WebDriver BiDi key input delivers
   * keydown, keypress and keyup but never the click a button performs on Enter or Space (not even
   * for a plain button in the page), so this clicks the element that has the focus.
   */
  async activateFocused() {
    const root = await this.#shadowRoot();
    await this.#call('function (root) { root.activeElement?.click(); }', [{ sharedId: root.sharedId }]);
  }

  /** Clicks at viewport coordinates. */
  async click(x, y) {
    await this.page.mouse.click(x, y);
  }

  /** Types text with the keyboard into whatever has focus. */
  async type(text) {
    await this.page.keyboard.type(text);
  }

  /** Reloads the test tab. */
  async reload() {
    await this.page.reload({ waitUntil: 'load' });
  }

  /**
   * Reloads the extension itself (as the browser does on update), then the test tab. The reload is done once
   * the background has handled the install event it brings (an update: no welcome page).
   */
  async reloadExtension() {
    const popup = await this.browser.newPage();
    await this.#navigate(popup, POPUP_URL);
    await popup.evaluate(() => { setTimeout(() => globalThis.browser.runtime.reload(), 10); });
    // The reload closes the extension's pages.
    await waitFor('the extension to unload', () => popup.isClosed() || popup.evaluate(() => false).catch(() => true));
    await popup.close().catch(() => {});
    const before = this.firstRun;
    this.firstRun = await installHandled(this.browser, before);
    this.welcomed.push((await welcomeTabs(this.browser)).map((tab) => new PuppeteerExtensionPage(tab)));
    await this.page.bringToFront();
    await this.reload();
  }

  /** Opens the extension's popup as a page acting on the test tab; returns that page. */
  async openPopup() {
    const popup = await this.browser.newPage();
    await this.#navigate(popup, POPUP_URL);
    const tabId = await popup.evaluate(async (url) => (await globalThis.browser.tabs.query({ url }))[0]?.id, this.page.url());
    await this.#navigate(popup, `${POPUP_URL}?tab=${tabId}`);
    return popup;
  }

  /**
   * Opens one of the extension's pages (e.g. "popup.html", "options.html") in a new tab; with forTab,
   * the popup acts on the test tab. Returns an ExtensionPage.
   */
  async openExtensionPage(path, { forTab = false } = {}) {
    const page = await this.browser.newPage();
    let url = `moz-extension://${EXTENSION_UUID}/${path}`;
    if (forTab) {
      await this.#navigate(page, POPUP_URL);
      const tabId = await page.evaluate(async (u) => (await globalThis.browser.tabs.query({ url: u }))[0]?.id, this.page.url());
      url += `${path.includes('?') ? '&' : '?'}tab=${tabId}`;
    }
    await this.#navigate(page, url);
    return new PuppeteerExtensionPage(page);
  }

  /** Brings the test tab to the front again. */
  async front() {
    await this.page.bringToFront();
  }

  /**
   * The tab the extension itself opened at one of its pages (e.g. "options.html", the options page the popup's
   * "Add a definition" opens), once it shows there; an ExtensionPage. Puppeteer never sees such a tab leave
   * about:blank: BiDi's tree says where each tab is.
   */
  async extensionTab(path) {
    const prefix = `moz-extension://${EXTENSION_UUID}/${path}`;
    const page = await waitFor(`a tab at ${path}`, async () => {
      const { result } = await this.browser.connection.send('browsingContext.getTree', { maxDepth: 0 });
      const ids = new Set(result.contexts.filter((c) => c.url.startsWith(prefix)).map((c) => c.context));
      return (await this.browser.pages()).find((p) => ids.has(contextOf(p))) ?? null;
    }, { timeout: 30_000 });
    return new PuppeteerExtensionPage(page);
  }

  /** Runs a function in an extension page (with the extension's own APIs); returns its result. */
  async inExtension(fn, arg) {
    const page = await this.browser.newPage();
    try {
      await this.#navigate(page, POPUP_URL);
      return await page.evaluate(fn, arg);
    } finally {
      await page.close();
      await this.page.bringToFront();
    }
  }

  /**
   * Grants the extension one site, as the reader choosing Allow would: an extension page asks in a real click
   * (permissions.request needs a user gesture), and the prompt is off (PREFS), so Firefox grants at once.
   */
  async grantSite(origin) {
    const page = await this.openExtensionPage('options.html');
    try {
      await page.evaluate((o) => {
        const button = document.createElement('button');
        button.id = 'e2e-grant';
        button.textContent = 'Grant';
        button.onclick = () => globalThis.browser.permissions.request({ origins: [`${o}/*`] })
          .then((granted) => { button.dataset.outcome = String(granted); }, (e) => { button.dataset.outcome = e.message; });
        document.body.prepend(button);
      }, origin);
      await page.click('#e2e-grant');
      await page.waitFor('#e2e-grant[data-outcome]');
      const outcome = await page.evaluate(() => document.getElementById('e2e-grant').dataset.outcome);
      if (outcome !== 'true') throw new Error(`Firefox did not grant ${origin}: ${outcome}`);
    } finally {
      await page.close();
      await this.page.bringToFront();
    }
  }

  /** Switches the site toggle in the popup, and waits for the popup to say the site's new state. */
  async setSiteEnabled(enabled) {
    await this.#siteChoice('#site-switch', enabled, enabled ? 'Highlighting is on.' : 'Highlighting is off for this site.');
  }

  /** With highlighting off, ticks or clears "Also hide my notes on this site" in the popup, and waits for the state it says. */
  async setNotesHidden(hidden) {
    await this.#siteChoice('#site-hide-notes', hidden, hidden ? 'Highlighting is off for this site, and your notes are hidden' : 'Highlighting is off for this site. Your notes are still shown.');
  }

  async #siteChoice(selector, checked, says) {
    const popup = await this.openPopup();
    const box = await popup.waitForSelector(`${selector}:not([disabled])`);
    if ((await box.evaluate((e) => e.checked)) !== checked) await box.click();
    // The live state line (the area also holds invisible copies of every line, to keep its size).
    await popup.waitForFunction((text) => document.querySelector('.site-state .hint[aria-live]')?.textContent.startsWith(text), { timeout: 10_000 }, says);
    await popup.close();
    await this.page.bringToFront();
  }

  /**
   * Starts collecting the test tab's uncaught exceptions and console errors; returns a function that gives
   * and clears what was collected. WebDriver BiDi reports the page's realms; errors of the content script's
   * sandbox go to the browser console, which it does not show.
   */
  async collectErrors() {
    let found = [];
    this.page.on('pageerror', (e) => found.push(`exception: ${e.message}`));
    this.page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'assert') found.push(`console.${m.type()}: ${m.text()}`); });
    return () => {
      const all = found;
      found = [];
      return all;
    };
  }

  /** Saves a screenshot of the test tab; `clip` is in viewport coordinates, as in Playwright. */
  async screenshot(path, clip) {
    // Puppeteer takes clips in document coordinates, so ask BiDi for the viewport's directly.
    const { result } = await this.browser.connection.send('browsingContext.captureScreenshot', {
      context: contextOf(this.page), origin: 'viewport', clip: clip && { type: 'box', ...clip },
    });
    writeFileSync(path, Buffer.from(result.data, 'base64'));
  }

  async close() {
    await this.browser.close();
  }

  /**
   * The card's text (null unless it has a size) and rectangle, or null when there is no card. It
   * sits in a closed shadow root no page script can reach, but WebDriver BiDi serialises closed
   * shadow roots as references, as assistive technology reaches them; read in a sandbox realm.
   */
  async #shadowRoot() {
    // The PDF viewer has two hosts (the lens's and the notes'): the one holding the focus, else the first.
    const host = await this.#call("function () { const a = document.activeElement; return a?.localName === 'probation-lens-ui' ? a : document.querySelector('probation-lens-ui'); }");
    return host.value?.shadowRoot ?? null;
  }

  /** Every host's shadow root, in document order. */
  async #shadowRoots() {
    const hosts = await this.#call("function () { return [...document.querySelectorAll('probation-lens-ui')]; }");
    return (hosts.value ?? []).map((h) => h.value?.shadowRoot).filter(Boolean);
  }

  async #ui(selector) {
    for (const root of await this.#shadowRoots()) {
      const found = await this.#uiIn(root, selector);
      if (found) return found;
    }
    return null;
  }

  async #uiIn(root, selector) {
    const found = await this.#call(`function (root, selector) {
      const card = root.querySelector(selector);
      // The note frame is looked into below, as assistive technology reads into it.
      if (card === null || card.localName === 'iframe') return null;
      const r = card.getBoundingClientRect();
      return JSON.stringify({
        text: r.width > 0 && r.height > 0 ? card.innerText : null,
        rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      });
    }`, [{ sharedId: root.sharedId }, { type: 'string', value: selector }]);
    return found.type === 'string' ? JSON.parse(found.value) : await this.#inNoteFrame(selector, root);
  }

  /** An element inside the note frame (the editor, an extension page in an iframe of the UI), with its rectangle in the page. */
  async #inNoteFrame(selector, root) {
    const frameBox = await this.#call(`function (root) {
      const f = root.querySelector('iframe.note-frame');
      if (!f || f.hidden) return null;
      const r = f.getBoundingClientRect();
      return JSON.stringify({ left: r.left + f.clientLeft, top: r.top + f.clientTop });
    }`, [{ sharedId: root.sharedId }]);
    if (frameBox.type !== 'string') return null;
    const offset = JSON.parse(frameBox.value);
    const { result: tree } = await this.browser.connection.send('browsingContext.getTree', { root: contextOf(this.page) });
    const child = tree.contexts[0]?.children?.find((c) => c.url.includes('note-frame.html'));
    if (!child) return null;
    const { result } = await this.browser.connection.send('script.callFunction', {
      functionDeclaration: `function (selector) {
        const el = selector === ':focus' ? document.activeElement : document.querySelector(selector);
        if (el === null || el === document.body) return null;
        const r = el.getBoundingClientRect();
        return JSON.stringify({ text: r.width > 0 && r.height > 0 ? el.innerText : null, rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } });
      }`,
      arguments: [{ type: 'string', value: selector }],
      awaitPromise: false,
      target: { context: child.context, sandbox: 'probation-lens-e2e' },
    });
    if (result.result?.type !== 'string') return null;
    const found = JSON.parse(result.result.value);
    const { left, top, right, bottom } = found.rect;
    return { text: found.text, rect: { left: left + offset.left, top: top + offset.top, right: right + offset.left, bottom: bottom + offset.top } };
  }

  /** Calls a function in a BiDi sandbox of the test tab; returns its serialised result. */
  async #call(functionDeclaration, args = []) {
    const { result } = await this.browser.connection.send('script.callFunction', {
      functionDeclaration,
      arguments: args,
      awaitPromise: false,
      target: { context: contextOf(this.page), sandbox: 'probation-lens-e2e' },
      serializationOptions: { maxDomDepth: 0 },
    });
    if (result.type === 'exception') throw new Error(`In the page: ${result.exceptionDetails.text}`);
    return result.result;
  }

  /** Puppeteer's goto never sees a moz-extension: page finish loading, so navigate with BiDi itself. */
  async #navigate(page, url) {
    await navigate(this.browser, page, url);
  }
}

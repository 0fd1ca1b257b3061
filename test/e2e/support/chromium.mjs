// Debian's Chromium, driven by playwright-core, with the built extension loaded.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PlaywrightExtensionPage } from './extension-page.mjs';
import { isFixtureHost, pageFor } from './fixtures.mjs';
import { pdfResponse } from './pdf-fixtures.mjs';
import { rememberedFirstRun, rememberFirstRun, welcomedNow } from './first-run.mjs';
import { waitFor } from './wait.mjs';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches Chromium with dist/chrome (or `extension`, a build of it) loaded; fails loudly when the browser is missing. */
export async function launchChromium({ profile, dark = false, extension = 'dist/chrome', keepWelcome = false } = {}) {
  if (!existsSync(EXECUTABLE)) throw new Error(`Chromium is not installed at ${EXECUTABLE} (apt-get install chromium)`);
  const userDataDir = profile ?? mkdtempSync(join(tmpdir(), 'probation-lens-chromium-'));
  const requests = [];
  const opened = await open(userDataDir, requests, dark, extension, { keepWelcome });
  return Object.assign(new ChromiumSession(opened, requests, userDataDir, profile === undefined, dark), { extension, keepWelcome });
}

/**
 * Starts the browser on a profile, routes web requests to the fixtures, and finds the extension. Then waits
 * until the background has handled this start's install event (it records each one after any welcome tab
 * it opens, src/background/welcome.ts): a first install opens the welcome page, which takes the front. The
 * welcome tabs found are closed unless `keepWelcome`, and the test tab is brought to the front.
 */
async function open(userDataDir, requests, dark, folder, { keepWelcome }) {
  const before = rememberedFirstRun(userDataDir);
  const extension = resolve(folder);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: EXECUTABLE,
    headless: true,
    viewport: { width: 1200, height: 900 },
    colorScheme: dark ? 'dark' : 'light',
    args: [
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  // Only web requests: extension pages load their own files untouched.
  await context.route((url) => url.protocol === 'https:' || url.protocol === 'http:', async (route) => {
    const url = route.request().url();
    requests.push(url);
    const pdf = pdfResponse(url);
    if (pdf) return route.fulfill(pdf);
    if (!isFixtureHost(url)) return route.abort();
    const body = pageFor(url);
    return body === undefined
      ? route.fulfill({ status: 404, body: 'Not found' })
      : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const firstRun = await waitFor('the background to handle the install event', async () => {
    const record = (await worker.evaluate(() => chrome.storage.local.get('firstRun'))).firstRun;
    return record?.events > (before?.events ?? 0) ? record : null;
  }, { timeout: 60_000 });
  const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
  const welcomeTabs = () => context.pages().filter((p) => p.url() === welcomeUrl);
  // The tab exists once the record is written; the driver may take a moment to see its address.
  rememberFirstRun(userDataDir, firstRun);
  const welcome = welcomedNow(firstRun, before)
    ? await waitFor('the welcome tab', () => welcomeTabs().length > 0 && welcomeTabs(), { timeout: 30_000 }) : [];
  const page = context.pages().find((p) => !welcome.includes(p)) ?? await context.newPage();
  if (!keepWelcome) for (const tab of welcome) await tab.close();
  await page.bringToFront();
  return { context, page, extensionId, firstRun, welcome: welcome.map((tab) => new PlaywrightExtensionPage(tab)) };
}

class ChromiumSession {
  constructor({ context, page, extensionId, firstRun, welcome }, requests, userDataDir, temporary, dark) {
    this.name = 'chromium';
    this.context = context;
    this.page = page;
    this.extensionId = extensionId;
    /** The background's record of install events (src/storage/first-run.ts), as of the last start. */
    this.firstRun = firstRun;
    /** The welcome tabs each start opened (closed unless launched with keepWelcome), one list per start. */
    this.welcomed = [welcome];
    this.requests = requests;
    this.userDataDir = userDataDir;
    this.temporary = temporary;
    this.dark = dark;
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
    await this.page.keyboard.press(chord);
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
    return (await this.#ui(':focus'))?.text ?? null;
  }

  /** Activates the focused control with the keyboard. */
  async activateFocused() {
    await this.press('Enter');
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
   * Starts the extension afresh and reopens the test tab's page. In this headless Chromium,
   * chrome.runtime.reload() does not bring back an extension loaded from the command line, so the
   * browser restarts on the same profile: a new worker, a new content script, the same storage.
   */
  async reloadExtension() {
    const url = this.page.url();
    await this.context.close();
    const opened = await open(this.userDataDir, this.requests, this.dark, this.extension, { keepWelcome: this.keepWelcome });
    this.welcomed.push(opened.welcome);
    Object.assign(this, { context: opened.context, page: opened.page, extensionId: opened.extensionId, firstRun: opened.firstRun });
    await this.goto(url);
  }

  /**
   * Grants the extension one site (`https://example.org`) as the reader allowing it in Chrome's prompt would,
   * across a browser restart: no driver can answer that prompt, so the browser stops, the site is added where
   * Chrome keeps an extension's grants (its granted and active permissions in the profile's Preferences), and
   * the browser starts again on the profile. The extension then holds the site as after any restart: its
   * background sees it granted at start. The test tab goes back to a web page it showed.
   */
  async grantSiteAtRestart(origin) {
    const url = this.page.url();
    await this.context.close();
    const path = join(this.userDataDir, 'Default', 'Preferences');
    const prefs = JSON.parse(readFileSync(path, 'utf8'));
    const record = prefs.extensions.settings[this.extensionId];
    for (const key of ['granted_permissions', 'active_permissions']) {
      record[key].explicit_host = [...new Set([...(record[key].explicit_host ?? []), `${origin}/*`])];
    }
    writeFileSync(path, JSON.stringify(prefs));
    const opened = await open(this.userDataDir, this.requests, this.dark, this.extension, { keepWelcome: this.keepWelcome });
    this.welcomed.push(opened.welcome);
    Object.assign(this, { context: opened.context, page: opened.page, extensionId: opened.extensionId, firstRun: opened.firstRun });
    if (/^https?:/.test(url)) await this.goto(url);
    const held = await this.inExtension((o) => chrome.permissions.contains({ origins: [`${o}/*`] }), origin);
    if (!held) throw new Error(`Chromium did not take the grant of ${origin} from the profile`);
  }

  /**
   * An element of the extension's UI: its text (null unless it has a size) and rectangle. The UI sits in
   * a closed shadow root the page cannot reach; the DevTools protocol can, as assistive technology can.
   */
  async #ui(selector) {
    const cdp = await this.context.newCDPSession(this.page);
    try {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      // One host on a page; the PDF viewer has two (the lens's and the notes'): the first that has the element.
      const shadows = findNodes(root, (n) => n.localName === 'probation-lens-ui').map((host) => host.shadowRoots?.[0]).filter(Boolean);
      if (shadows.length === 0) return null;
      // Read in a world of the test's own, so a page that replaces DOM methods cannot blind the test.
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'probation-lens-e2e' });
      for (const shadow of shadows) {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId });
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: `function (selector) {
            const el = this.querySelector(selector);
            // The note frame is looked into below, as assistive technology reads into it.
            if (el === null || el.localName === 'iframe') return null;
            const r = el.getBoundingClientRect();
            return { text: r.width > 0 && r.height > 0 ? el.innerText : null, rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } };
          }`,
          arguments: [{ value: selector }],
          returnByValue: true,
        });
        const found = result.value ?? await this.#inNoteFrame(selector, cdp, object.objectId);
        if (found) return found;
      }
      return null;
    } finally {
      await cdp.detach();
    }
  }

  /** An element inside the note frame (the editor, an extension page in an iframe of the UI), with its rectangle in the page. */
  async #inNoteFrame(selector, cdp, shadowId) {
    const { result: box } = await cdp.send('Runtime.callFunctionOn', {
      objectId: shadowId,
      functionDeclaration: `function () {
        const f = this.querySelector('iframe.note-frame');
        if (!f || f.hidden) return null;
        const r = f.getBoundingClientRect();
        return { left: r.left + f.clientLeft, top: r.top + f.clientTop };
      }`,
      returnByValue: true,
    });
    const frame = box.value ? this.page.frames().find((f) => f.url().includes('note-frame.html')) : undefined;
    if (!frame) return null;
    const found = await frame.evaluate((sel) => {
      const el = sel === ':focus' ? document.activeElement : document.querySelector(sel);
      if (el === null || el === document.body) return null;
      const r = el.getBoundingClientRect();
      return { text: r.width > 0 && r.height > 0 ? el.innerText : null, rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } };
    }, selector);
    if (!found) return null;
    const { left, top, right, bottom } = found.rect;
    const o = box.value;
    return { text: found.text, rect: { left: left + o.left, top: top + o.top, right: right + o.left, bottom: bottom + o.top } };
  }

  /** Opens the extension's popup as a page acting on the test tab; returns that page. */
  async openPopup() {
    const popup = await this.context.newPage();
    await popup.goto(`chrome-extension://${this.extensionId}/popup.html`);
    const tabId = await popup.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, this.page.url());
    await popup.goto(`chrome-extension://${this.extensionId}/popup.html?tab=${tabId}`);
    return popup;
  }

  /**
   * Opens one of the extension's pages (e.g. "popup.html?tab=ID", "options.html") in a new tab; with
   * forTab, the popup acts on the test tab. Returns an ExtensionPage.
   */
  async openExtensionPage(path, { forTab = false } = {}) {
    const page = await this.context.newPage();
    let url = `chrome-extension://${this.extensionId}/${path}`;
    if (forTab) {
      await page.goto(`chrome-extension://${this.extensionId}/popup.html`);
      const tabId = await page.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, this.page.url());
      url += `${path.includes('?') ? '&' : '?'}tab=${tabId}`;
    }
    await page.goto(url);
    return new PlaywrightExtensionPage(page);
  }

  /** Brings the test tab to the front again. */
  async front() {
    await this.page.bringToFront();
  }

  /**
   * The tab the extension itself opened at one of its pages (e.g. "options.html", the options page the popup's
   * "Add a definition" opens), once it shows there; an ExtensionPage.
   */
  async extensionTab(path) {
    const prefix = `chrome-extension://${this.extensionId}/${path}`;
    const page = await waitFor(`a tab at ${path}`, () => this.context.pages().find((p) => p.url().startsWith(prefix)) ?? null, { timeout: 30_000 });
    await page.waitForLoadState('domcontentloaded');
    return new PlaywrightExtensionPage(page);
  }

  /** Runs a function in an extension page (with the extension's own APIs); returns its result. */
  async inExtension(fn, arg) {
    const page = await this.context.newPage();
    try {
      await page.goto(`chrome-extension://${this.extensionId}/popup.html`);
      return await page.evaluate(fn, arg);
    } finally {
      await page.close();
      await this.page.bringToFront();
    }
  }

  /** Switches the site toggle in the popup. */
  async setSiteEnabled(enabled) {
    await this.#siteChoice('#site-switch', enabled, enabled ? 'Highlighting is on.' : 'Highlighting is off for this site.');
  }

  /** With highlighting off, ticks or clears "Also hide my notes on this site" in the popup, and waits for the state it says. */
  async setNotesHidden(hidden) {
    await this.#siteChoice('#site-hide-notes', hidden, hidden ? 'Highlighting is off for this site, and your notes are hidden' : 'Highlighting is off for this site. Your notes are still shown.');
  }

  async #siteChoice(selector, checked, says) {
    const popup = await this.openPopup();
    const box = popup.locator(`${selector}:not([disabled])`);
    await box.waitFor();
    if ((await box.isChecked()) !== checked) await box.click();
    // The live state line (the area also holds invisible copies of every line, to keep its size).
    await popup.waitForFunction((text) => document.querySelector('.site-state .hint[aria-live]')?.textContent.startsWith(text), says, { timeout: 10_000 });
    await popup.close();
    await this.page.bringToFront();
  }

  /**
   * Starts collecting, from every world of the test tab (the page's and the content script's), uncaught
   * exceptions and console errors; returns a function that gives and clears what was collected. The
   * DevTools protocol sees the content script's world, which page events do not.
   */
  async collectErrors() {
    const cdp = await this.context.newCDPSession(this.page);
    const worlds = new Map();
    let found = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.set(context.id, context.name || context.origin));
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      found.push(`exception in ${worlds.get(d.executionContextId) ?? 'a world'}: ${d.exception?.description ?? d.text}`);
    });
    cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
      if (type === 'error' || type === 'assert') found.push(`console.${type} in ${worlds.get(executionContextId) ?? 'a world'}: ${args.map((a) => a.value ?? a.description).join(' ')}`);
    });
    await cdp.send('Runtime.enable');
    return () => {
      const all = found;
      found = [];
      return all;
    };
  }

  /** Runs a function in the content script's world of the test tab (for checking the error collector). */
  async inContentScript(expression) {
    const cdp = await this.context.newCDPSession(this.page);
    try {
      const contexts = [];
      cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
      await cdp.send('Runtime.enable');
      const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith(`chrome-extension://${this.extensionId}`));
      if (world === undefined) throw new Error(`No content script world among ${JSON.stringify(contexts.map((c) => [c.name, c.origin]))}`);
      const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true });
      return result.value;
    } finally {
      await cdp.detach();
    }
  }


  /** Saves a screenshot of the test tab. */
  async screenshot(path, clip) {
    await this.page.screenshot({ path, clip });
  }

  async close() {
    await this.context.close();
    if (this.temporary) rmSync(this.userDataDir, { recursive: true, force: true });
  }
}

/** Every node of a DOM.getDocument tree (shadow roots and frames pierced) that passes a test, in document order. */
function findNodes(node, test, found = []) {
  if (test(node)) found.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) findNodes(child, test, found);
  return found;
}


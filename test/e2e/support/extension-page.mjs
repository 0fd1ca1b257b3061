// One interface over an extension page (popup, options) in either driver: what the tests do there.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.2 A and AA) in the page; the driver's evaluate is not bound by the page's CSP. */
const AXE_RUN = `${AXE};
  axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
    .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })))`;

/** What both drivers do the same way: everything that runs in the page itself. */
class ExtensionPage {
  constructor(page) {
    this.page = page;
  }

  /** The element that has the keyboard focus, as "tag#id:text". */
  async focused() {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}:${(el.innerText ?? el.value ?? '').trim().slice(0, 80)}` : null;
    });
  }

  /**
   * Whether the focused element shows the focus: the GOV.UK focus yellow in its outline, its
   * background or its box shadow, as every focus style of the popup and options uses. Null when
   * the page's window does not have the system focus (another browser on the same display took
   * it): then no browser matches :focus, so there is nothing to see.
   */
  async focusShown() {
    return this.page.evaluate(() => {
      if (!document.hasFocus()) return null;
      const el = document.activeElement;
      if (!el || el === document.body) return false;
      const style = getComputedStyle(el);
      const yellow = 'rgb(255, 221, 0)';
      return (style.outlineStyle !== 'none' && style.outlineColor === yellow) || style.backgroundColor === yellow || style.boxShadow.includes(yellow);
    });
  }

  evaluate(fn, arg) {
    return this.page.evaluate(fn, arg);
  }

  /** Accessibility violations axe-core finds. */
  axe() {
    return this.page.evaluate(AXE_RUN);
  }

  async close() {
    await this.page.close();
  }
}

/** An extension page driven by Playwright (Chromium). */
export class PlaywrightExtensionPage extends ExtensionPage {

  /** The visible text of the first element matching a selector, or null. */
  async text(selector) {
    const el = this.page.locator(selector).first();
    // The element may go between the check and the read (a notice dismissed): then it is not there.
    return (await el.count()) > 0 && (await el.isVisible()) ? el.innerText({ timeout: 1000 }).catch(() => null) : null;
  }

  async count(selector) {
    return this.page.locator(selector).count();
  }

  async waitFor(selector, timeout = 10_000) {
    await this.page.locator(selector).first().waitFor({ state: 'visible', timeout });
  }

  async click(selector) {
    await this.page.locator(selector).first().click();
  }

  /** Replaces a field's text, as typing would. */
  async fill(selector, text) {
    await this.page.locator(selector).first().fill(text);
  }

  async press(key) {
    await this.page.keyboard.press(key);
  }

  /** Activates the focused control with the keyboard. */
  async activateFocused() {
    await this.page.keyboard.press('Enter');
  }

  async type(text) {
    await this.page.keyboard.type(text);
  }

  /** Chooses a file for a file input. */
  async setFile(selector, { name, mimeType, text }) {
    await this.page.locator(selector).first().setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
  }

}

/** An extension page driven by Puppeteer over WebDriver BiDi (Firefox). */
export class PuppeteerExtensionPage extends ExtensionPage {

  async text(selector) {
    return this.page.evaluate((s) => {
      const el = document.querySelector(s);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? el.innerText : null;
    }, selector);
  }

  async count(selector) {
    return this.page.evaluate((s) => document.querySelectorAll(s).length, selector);
  }

  async waitFor(selector, timeout = 10_000) {
    await this.page.waitForSelector(selector, { visible: true, timeout });
  }

  async click(selector) {
    await (await this.page.waitForSelector(selector, { visible: true })).click();
  }

  async fill(selector, text) {
    const el = await this.page.waitForSelector(selector, { visible: true });
    await el.evaluate((e) => { e.focus(); e.select?.(); });
    await el.evaluate((e) => { e.value = ''; e.dispatchEvent(new Event('input', { bubbles: true })); });
    if (text) await this.page.keyboard.type(text);
  }

  async press(key) {
    const parts = key.split('+');
    const last = parts.pop();
    for (const m of parts) await this.page.keyboard.down(m);
    await this.page.keyboard.press(last);
    for (const m of parts.reverse()) await this.page.keyboard.up(m);
  }

  async type(text) {
    await this.page.keyboard.type(text);
  }

  /**
   * Activates the focused control, as Enter would. Firefox ESR's BiDi key input never makes the
   * click a button performs on Enter or Space, so this clicks the element that has the focus.
   */
  async activateFocused() {
    await this.page.evaluate(() => document.activeElement?.click());
  }

  /** Chooses a file for a file input (BiDi sets files by path, so the file is written first). */
  async setFile(selector, { name, text }) {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'probation-lens-upload-')), name);
    writeFileSync(path, text);
    const input = await this.page.$(selector);
    await input.uploadFile(path);
  }

}

// What the PDF viewer tests do in either browser: open an address as typed, find the viewer's address, click an
// element of the viewer's toolbar as a reader would (at its place on screen), choose from a select, set a file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { preparePdfs } from './pdf-fixtures.mjs';
import { waitFor } from './wait.mjs';

/**
 * Navigates the test tab as a typed address would, without waiting for a load: a navigation the extension
 * redirects to its own page is one puppeteer's goto never sees finish in Firefox.
 */
export function navigate(s, url) {
  if (s.name === 'firefox') return s.browser.connection.send('browsingContext.navigate', { context: s.page.mainFrame()._id, url, wait: 'none' });
  return s.page.goto(url, { waitUntil: 'commit' });
}

/** The viewer's own address, once the background has registered the redirect rules. */
export function viewerAddress(s) {
  return waitFor('the PDF redirect rules', () => s.inExtension(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const rules = await api.declarativeNetRequest.getDynamicRules();
    return rules.length >= 3 ? api.runtime.getURL('pdf/viewer.html') : null;
  }));
}

/**
 * The set-up every PDF suite starts with: the fixture PDFs printed, the browser launched with the extension, and
 * the viewer's own address once the redirect rules are registered. The browser is closed again if that fails.
 */
export async function launchWithViewer(launch) {
  await preparePdfs();
  const s = await launch();
  try {
    return { s, viewerPrefix: await viewerAddress(s) };
  } catch (error) {
    await s.close();
    throw error;
  }
}

/** Puts a link to `href` at the top of the page in the test tab (id pdf-link), as a page linking to a PDF would. */
export function addPdfLink(s, href) {
  return s.evaluate((to) => {
    const a = document.createElement('a');
    a.href = to;
    a.textContent = 'The policy (PDF)';
    a.id = 'pdf-link';
    document.body.prepend(a);
  }, href);
}

/** Clicks the middle of the element a selector names in the test tab, as the mouse would. */
export async function clickOn(s, selector) {
  const at = await waitFor(`${selector} on screen`, () => s.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el || el.closest('[hidden]')) return null;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, selector));
  await s.click(at.x, at.y);
}

/** Chooses an option of a select in the test tab, as a reader choosing from the list would (input and change). */
export async function choose(s, selector, value) {
  if (s.name === 'chromium') await s.page.selectOption(selector, value);
  else await s.page.select(selector, value);
}

/**
 * Sets a file input in the test tab to a file with these bytes, as choosing it in the file picker would:
 * Playwright's setInputFiles in Chromium, WebDriver BiDi's input.setFiles (puppeteer's uploadFile) in Firefox.
 */
export async function setFile(s, selector, name, bytes) {
  if (s.name === 'chromium') return s.page.setInputFiles(selector, { name, mimeType: 'application/pdf', buffer: bytes });
  const dir = resolve('test-results/pdf-upload');
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/${name}`, bytes);
  const input = await s.page.$(selector);
  try {
    await input.uploadFile(`${dir}/${name}`);
  } finally {
    await input.dispose();
  }
}

/** Prints the test tab to PDF with the browser's own print code (the print media styles apply); returns the bytes. */
export async function printToPdf(s) {
  if (s.name === 'chromium') return s.page.pdf({ preferCSSPageSize: true });
  const { result } = await s.browser.connection.send('browsingContext.print', { context: s.page.mainFrame()._id, background: true });
  return Buffer.from(result.data, 'base64');
}

/** A PDF's page count and the text of its pages, read with pdf.js in Node (the legacy build, for Node 20). */
export async function readPdf(bytes) {
  // Node 20 has no Promise.withResolvers, which pdf.js 6 uses.
  Promise.withResolvers ??= () => {
    let resolve, reject;
    const promise = new Promise((a, b) => { resolve = a; reject = b; });
    return { promise, resolve, reject };
  };
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const pdf = await task.promise;
  try {
    const texts = [];
    for (let n = 1; n <= pdf.numPages; n++) texts.push((await (await pdf.getPage(n)).getTextContent()).items.map((i) => i.str ?? '').join(''));
    return { pages: pdf.numPages, texts };
  } finally {
    await task.destroy();
  }
}

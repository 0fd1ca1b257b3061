// Builds dist/chrome and dist/firefox from one source manifest, and a zip of each for the stores.
// `node build.mjs --watch` rebuilds on change; `--out DIR` writes to DIR instead of dist (the package tests
// build into a folder of their own, so they always check the current source and never disturb dist).
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { esbuildGlossary, glossaryMarkdown } from './scripts/glossary-plugin.mjs';
import { MANAGED_SCHEMA, manifests } from './scripts/manifests.mjs';
import { noHtmlSinks } from './scripts/no-html-sinks.mjs';
import { copyPdfAssets, pdfOptions } from './scripts/pdf-build.mjs';
import { zipFolder } from './scripts/zip.mjs';

const watch = process.argv.includes('--watch');
const outAt = process.argv.indexOf('--out');
const DIST = outAt === -1 ? 'dist' : process.argv[outAt + 1];
// The folder is emptied first: refuse a missing name, the project or any folder above it, and src.
if (!DIST || DIST.startsWith('-') || `${process.cwd()}${sep}`.startsWith(`${resolve(DIST)}${sep}`.replace(`${sep}${sep}`, sep)) ||
    resolve(DIST).startsWith(resolve('src'))) {
  throw new Error(`build.mjs: will not empty "${DIST}" for --out`);
}

/**
 * Fails the build, naming the file and line, when a row of src/glossary-data/ is bad or the glossary has a
 * form twice; then writes docs/glossary.md (when it changed). Returns the number of terms.
 */
async function checkGlossary() {
  const markdown = await glossaryMarkdown();
  let current = '';
  try { current = readFileSync('docs/glossary.md', 'utf8'); } catch { /* first build */ }
  if (current !== markdown) writeFileSync('docs/glossary.md', markdown);
  return Number(/^(\d+) terms/m.exec(markdown)?.[1]);
}

// The manifest lets extension pages connect to any https host, for the PDF viewer alone (it narrows itself to the
// document's origin, src/pdf/document-access.ts); every other page narrows itself back to its own files.
const PAGE_CSP = `<meta http-equiv="Content-Security-Policy" content="connect-src 'self'">`;

function copyAssets(target, manifest) {
  const out = `${DIST}/${target}`;
  // The SVG sources stay out; the one-colour toolbar icons are Firefox's theme_icons and only Firefox gets them.
  const wanted = (p) => !p.endsWith('.svg') && (target === 'firefox' || !/[\\/]toolbar-[^\\/]*$/.test(p));
  cpSync('icons', `${out}/icons`, { recursive: true, filter: wanted });
  cpSync('src/_locales', `${out}/_locales`, { recursive: true });
  for (const f of ['src/popup/popup.html', 'src/popup/popup.css', 'src/options/options.html', 'src/options/options.css', 'src/content/content.css', 'src/welcome/welcome.html', 'src/note-frame/note-frame.html']) {
    cpSync(f, `${out}/${f.split('/').pop()}`);
  }
  // The welcome page's demo: the demo policy page, with the content script run on it as on GOV.UK.
  writeFileSync(`${out}/demo.html`, readFileSync('test/fixtures/demo-policy.html', 'utf8')
    .replace('</head>', `${PAGE_CSP}\n<link rel="stylesheet" href="content.css">\n</head>`).replace('</body>', '<script src="content.js"></script>\n</body>'));
  if (manifest.storage?.managed_schema) cpSync(`src/${manifest.storage.managed_schema}`, `${out}/${manifest.storage.managed_schema}`);
  copyPdfAssets(out);
  writeFileSync(`${out}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
}

const options = {
  entryPoints: {
    background: 'src/background/index.ts',
    content: 'src/content/index.ts',
    popup: 'src/popup/index.tsx',
    options: 'src/options/index.tsx',
    'note-frame': 'src/note-frame/index.tsx',
    welcome: 'src/welcome/index.tsx',
  },
  bundle: true,
  format: 'iife',
  target: ['chrome120', 'firefox140'],
  outdir: `${DIST}/chrome`,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
  // Preact's innerHTML assignment (for a prop we never use) is taken out: see scripts/no-html-sinks.mjs.
  plugins: [noHtmlSinks, esbuildGlossary],
};

function finish() {
  const { chrome, firefox } = manifests();
  copyAssets('chrome', chrome);
  rmSync(`${DIST}/firefox`, { recursive: true, force: true });
  cpSync(`${DIST}/chrome`, `${DIST}/firefox`, { recursive: true, filter: (p) => !p.endsWith(MANAGED_SCHEMA) });
  copyAssets('firefox', firefox);
  if (!watch) {
    // The stores refuse a `key` in an uploaded manifest and give the listing an id of their own: the zip goes without
    // it, while dist/chrome keeps it so that an unpacked or self-signed build has the id the README documents.
    const { key: _storesRefuseIt, ...listed } = chrome;
    zipFolder(`${DIST}/chrome`, `${DIST}/probation-lens-chrome-${chrome.version}.zip`, { 'manifest.json': `${JSON.stringify(listed, null, 2)}\n` });
    zipFolder(`${DIST}/firefox`, `${DIST}/probation-lens-firefox-${firefox.version}.zip`);
  }
}

rmSync(DIST, { recursive: true, force: true });
mkdirSync(`${DIST}/chrome`, { recursive: true });
const terms = await checkGlossary().catch((error) => {
  // A bad row is the reader's to fix: its file and line, without a stack.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
if (watch) {
  const ctx = await esbuild.context({
    ...options,
    plugins: [...options.plugins, { name: 'assets', setup(b) { b.onEnd((r) => { if (r.errors.length === 0) { finish(); console.log('rebuilt'); } }); } }],
  });
  await ctx.watch();
  await (await esbuild.context(pdfOptions(options))).watch();
  console.log('Watching src/ for changes…');
} else {
  await Promise.all([esbuild.build(options), esbuild.build(pdfOptions(options))]);
  finish();
  console.log(`Built ${DIST}/chrome and ${DIST}/firefox (${terms} glossary terms) and their zips.`);
}

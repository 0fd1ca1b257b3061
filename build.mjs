// Builds dist/chrome and dist/firefox from one source manifest, and a zip of each for the stores.
// `node build.mjs --watch` rebuilds on change; `--out DIR` writes to DIR instead of dist (the package tests
// build into a folder of their own, so they always check the current source and never disturb dist).
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { MANAGED_SCHEMA, manifests } from './scripts/manifests.mjs';
import { noHtmlSinks } from './scripts/no-html-sinks.mjs';
import { zipFolder } from './scripts/zip.mjs';

const watch = process.argv.includes('--watch');
const outAt = process.argv.indexOf('--out');
const DIST = outAt === -1 ? 'dist' : process.argv[outAt + 1];
// The folder is emptied first: refuse a missing name, the project or any folder above it, and src.
if (!DIST || DIST.startsWith('-') || `${process.cwd()}${sep}`.startsWith(`${resolve(DIST)}${sep}`.replace(`${sep}${sep}`, sep)) ||
    resolve(DIST).startsWith(resolve('src'))) {
  throw new Error(`build.mjs: will not empty "${DIST}" for --out`);
}

/** Fails the build when the built-in glossary has duplicate forms or empty fields. */
async function checkGlossary() {
  const result = await esbuild.build({
    stdin: {
      contents: "import { BUILTIN } from './src/core/builtin';\n" +
        "import { validateGlossary } from './src/core/glossary';\n" +
        'export default { problems: validateGlossary(BUILTIN), size: BUILTIN.length };',
      resolveDir: '.', loader: 'ts',
    },
    bundle: true, format: 'esm', platform: 'node', write: false,
  });
  const code = result.outputFiles[0].text;
  const { default: report } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  if (report.problems.length > 0) {
    throw new Error(`The built-in glossary has ${report.problems.length} problem(s):\n  ${report.problems.map((p) => JSON.stringify(p)).join('\n  ')}`);
  }
  return report.size;
}

function copyAssets(target, manifest) {
  const out = `${DIST}/${target}`;
  // The SVG sources stay out; the one-colour toolbar icons are Firefox's theme_icons and only Firefox gets them.
  const wanted = (p) => !p.endsWith('.svg') && (target === 'firefox' || !/[\\/]toolbar-[^\\/]*$/.test(p));
  cpSync('icons', `${out}/icons`, { recursive: true, filter: wanted });
  cpSync('src/_locales', `${out}/_locales`, { recursive: true });
  for (const f of ['src/popup/popup.html', 'src/popup/popup.css', 'src/options/options.html', 'src/options/options.css', 'src/content/content.css', 'src/welcome/welcome.html']) {
    cpSync(f, `${out}/${f.split('/').pop()}`);
  }
  // The welcome page's demo: the demo policy page, with the content script run on it as on GOV.UK.
  writeFileSync(`${out}/demo.html`, readFileSync('test/fixtures/demo-policy.html', 'utf8')
    .replace('</head>', '<link rel="stylesheet" href="content.css">\n</head>').replace('</body>', '<script src="content.js"></script>\n</body>'));
  if (manifest.storage?.managed_schema) cpSync(`src/${manifest.storage.managed_schema}`, `${out}/${manifest.storage.managed_schema}`);
  writeFileSync(`${out}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
}

const options = {
  entryPoints: {
    background: 'src/background/index.ts',
    content: 'src/content/index.ts',
    popup: 'src/popup/index.tsx',
    options: 'src/options/index.tsx',
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
  plugins: [noHtmlSinks],
};

function finish() {
  const { chrome, firefox } = manifests();
  copyAssets('chrome', chrome);
  rmSync(`${DIST}/firefox`, { recursive: true, force: true });
  cpSync(`${DIST}/chrome`, `${DIST}/firefox`, { recursive: true, filter: (p) => !p.endsWith(MANAGED_SCHEMA) });
  copyAssets('firefox', firefox);
  if (!watch) {
    zipFolder(`${DIST}/chrome`, `${DIST}/probation-lens-chrome-${chrome.version}.zip`);
    zipFolder(`${DIST}/firefox`, `${DIST}/probation-lens-firefox-${firefox.version}.zip`);
  }
}

rmSync(DIST, { recursive: true, force: true });
mkdirSync(`${DIST}/chrome`, { recursive: true });
const terms = await checkGlossary();
if (watch) {
  const ctx = await esbuild.context({
    ...options,
    plugins: [...options.plugins, { name: 'assets', setup(b) { b.onEnd((r) => { if (r.errors.length === 0) { finish(); console.log('rebuilt'); } }); } }],
  });
  await ctx.watch();
  console.log('Watching src/ for changes…');
} else {
  await esbuild.build(options);
  finish();
  console.log(`Built ${DIST}/chrome and ${DIST}/firefox (${terms} glossary terms) and their zips.`);
}

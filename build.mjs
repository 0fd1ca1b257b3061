// Builds dist/chrome and dist/firefox from one source manifest, and a zip of each for the stores.
// `node build.mjs --watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { manifests } from './scripts/manifests.mjs';
import { zipFolder } from './scripts/zip.mjs';

const watch = process.argv.includes('--watch');

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
    throw new Error(`The built-in glossary has ${report.problems.length} problem(s):\n  ${report.problems.join('\n  ')}`);
  }
  return report.size;
}

function copyAssets(target, manifest) {
  const out = `dist/${target}`;
  cpSync('icons', `${out}/icons`, { recursive: true, filter: (p) => !p.endsWith('.svg') });
  cpSync('src/_locales', `${out}/_locales`, { recursive: true });
  for (const f of ['src/popup/popup.html', 'src/popup/popup.css', 'src/options/options.html', 'src/options/options.css', 'src/content/content.css']) {
    cpSync(f, `${out}/${f.split('/').pop()}`);
  }
  writeFileSync(`${out}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
}

const options = {
  entryPoints: {
    background: 'src/background/index.ts',
    content: 'src/content/index.ts',
    popup: 'src/popup/index.tsx',
    options: 'src/options/index.tsx',
  },
  bundle: true,
  format: 'iife',
  target: ['chrome120', 'firefox140'],
  outdir: 'dist/chrome',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
};

function finish() {
  const { chrome, firefox } = manifests();
  copyAssets('chrome', chrome);
  rmSync('dist/firefox', { recursive: true, force: true });
  cpSync('dist/chrome', 'dist/firefox', { recursive: true });
  copyAssets('firefox', firefox);
  if (!watch) {
    zipFolder('dist/chrome', `dist/probation-lens-chrome-${chrome.version}.zip`);
    zipFolder('dist/firefox', `dist/probation-lens-firefox-${firefox.version}.zip`);
  }
}

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/chrome', { recursive: true });
const terms = await checkGlossary();
if (watch) {
  const ctx = await esbuild.context({
    ...options,
    plugins: [{ name: 'assets', setup(b) { b.onEnd((r) => { if (r.errors.length === 0) { finish(); console.log('rebuilt'); } }); } }],
  });
  await ctx.watch();
  console.log('Watching src/ for changes…');
} else {
  await esbuild.build(options);
  finish();
  console.log(`Built dist/chrome and dist/firefox (${terms} glossary terms) and their zips.`);
}

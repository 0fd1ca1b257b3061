// The PDF viewer's part of the build: an ES-module bundle (pdf.js needs import.meta.url for its worker)
// and pdf.js's own data files, copied from the pinned pdfjs-dist package, never fetched.
import { cpSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const PDFJS = 'node_modules/pdfjs-dist';

// pdf.js's localisation (Fluent) parses a translation holding markup with innerHTML. Our viewer uses pdf.js's
// built-in English strings only, none of which holds markup, so the line is replaced by plain text: the bundle
// then holds no way to turn a string into HTML, as the rest of the extension (see scripts/no-html-sinks.mjs).
const FLUENT_SINK = /templateElement\.innerHTML = value;/g;

/** Rewrites pdf_viewer.mjs without its one innerHTML assignment; throws when it is not found exactly once. */
export function withoutFluentSink(source) {
  const found = source.match(FLUENT_SINK) ?? [];
  if (found.length !== 1) throw new Error(`pdf_viewer.mjs: expected one innerHTML assignment to take out, found ${found.length}: update scripts/pdf-build.mjs`);
  return source.replace(FLUENT_SINK, 'templateElement.content.textContent = value;');
}

const noFluentSink = {
  name: 'no-fluent-html-sink',
  setup(build) {
    build.onLoad({ filter: /[\\/]pdfjs-dist[\\/]web[\\/]pdf_viewer\.mjs$/ }, async (args) => {
      try {
        return { contents: withoutFluentSink(await readFile(args.path, 'utf8')), loader: 'js' };
      } catch (error) {
        return { errors: [{ text: error instanceof Error ? error.message : String(error) }] };
      }
    });
  },
};

/** esbuild options for the viewer page and pdf.js's worker, derived from the main options. */
export function pdfOptions(base) {
  return {
    ...base,
    entryPoints: {
      'pdf/viewer': 'src/pdf/viewer.ts',
      'pdf/pdf-worker': `${PDFJS}/build/pdf.worker.mjs`,
    },
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    // pdf.js is already built for the browsers we support; its source maps stay out of the package.
    sourcemap: false,
    plugins: [...base.plugins, noFluentSink],
  };
}

/**
 * Copies the viewer's page and styles, and pdf.js's character maps, standard fonts, colour profiles and
 * WebAssembly decoders. QuickJS (for scripts inside PDFs) stays out: we never run a document's scripts.
 */
export function copyPdfAssets(out) {
  cpSync('src/pdf/viewer.html', `${out}/pdf/viewer.html`);
  cpSync('src/pdf/viewer.css', `${out}/pdf/viewer.css`);
  cpSync(`${PDFJS}/web/pdf_viewer.css`, `${out}/pdf/pdf_viewer.css`);
  cpSync(`${PDFJS}/web/images`, `${out}/pdf/images`, { recursive: true });
  for (const dir of ['cmaps', 'standard_fonts', 'iccs']) cpSync(`${PDFJS}/${dir}`, `${out}/pdf/${dir}`, { recursive: true });
  for (const file of readdirSync(`${PDFJS}/wasm`)) {
    if (!/quickjs/i.test(file)) cpSync(`${PDFJS}/wasm/${file}`, `${out}/pdf/wasm/${file}`);
  }
  cpSync(`${PDFJS}/LICENSE`, `${out}/pdf/LICENSE-pdfjs.txt`);
}

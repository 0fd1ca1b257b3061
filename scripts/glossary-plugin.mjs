// The built-in glossary's data files (src/glossary-data/*.tsv) as a module: `import BUILTIN from
// 'virtual:builtin-glossary'` gets the parsed, validated entries. One esbuild plugin for the build and the
// benchmark, one Vite plugin for the unit tests; both use the pure loader in src/core/glossary-tsv.ts, and a
// bad row stops them with its file and line.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The folder of the data files, from the project's root. */
export const GLOSSARY_DIR = 'src/glossary-data';
/** The module id the source imports. */
export const GLOSSARY_MODULE = 'virtual:builtin-glossary';

let core;
/** The pure loader and the docs writer, bundled from TypeScript once per process. */
function loadCore() {
  core ??= (async () => {
    const result = await esbuild.build({
      stdin: {
        contents: "export * from './src/core/glossary-tsv';\nexport * from './src/core/glossary-docs';\n",
        resolveDir: ROOT, loader: 'ts',
      },
      bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent',
    });
    return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
  })();
  return core;
}

/** The data files' paths, in name order. */
export function glossaryFilePaths() {
  const dir = join(ROOT, GLOSSARY_DIR);
  return readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort().map((f) => join(dir, f));
}

/** Reads and checks every data file: { entries, origins, sources, problems }. */
export async function loadBuiltinGlossary() {
  const { loadGlossaryFiles } = await loadCore();
  const files = glossaryFilePaths().map((path) => ({ name: `${GLOSSARY_DIR}/${path.split(/[\\/]/).pop()}`, text: readFileSync(path, 'utf8') }));
  return loadGlossaryFiles(files);
}

/** The glossary as a reviewer reads it (docs/glossary.md), or throws with every bad row. */
export async function glossaryMarkdown() {
  const { glossaryMarkdown: render, formatProblems } = await loadCore();
  const loaded = await loadBuiltinGlossary();
  if (loaded.problems.length > 0) throw new Error(`The built-in glossary has bad rows:\n${formatProblems(loaded.problems)}`);
  return render(loaded);
}

async function moduleSource() {
  const loaded = await loadBuiltinGlossary();
  return { loaded, code: `export default ${JSON.stringify(loaded.entries)};\n` };
}

/** esbuild: resolves the virtual module to the checked entries; a bad row is a build error at its file and line. */
export const esbuildGlossary = {
  name: 'builtin-glossary',
  setup(build) {
    build.onResolve({ filter: /^virtual:builtin-glossary$/ }, () => ({ path: GLOSSARY_MODULE, namespace: 'builtin-glossary' }));
    build.onLoad({ filter: /.*/, namespace: 'builtin-glossary' }, async () => {
      const { loaded, code } = await moduleSource();
      const watchFiles = glossaryFilePaths();
      if (loaded.problems.length > 0) {
        return {
          errors: loaded.problems.map((p) => ({ text: p.message, location: { file: p.file, line: p.line, column: 0, lineText: '' } })),
          watchFiles,
        };
      }
      return { contents: code, loader: 'js', watchFiles };
    });
  },
};

/** Vite (vitest): the same module for the unit tests. */
export function viteGlossary() {
  const resolved = `\0${GLOSSARY_MODULE}`;
  return {
    name: 'builtin-glossary',
    resolveId: (id) => (id === GLOSSARY_MODULE ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      const { formatProblems } = await loadCore();
      const { loaded, code } = await moduleSource();
      if (loaded.problems.length > 0) throw new Error(`The built-in glossary has bad rows:\n${formatProblems(loaded.problems)}`);
      for (const path of glossaryFilePaths()) this.addWatchFile(path);
      return code;
    },
  };
}

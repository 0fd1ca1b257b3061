// An esbuild plugin that takes the one HTML-from-a-string sink out of Preact before it is bundled.
//
// Preact's renderer assigns `element.innerHTML = props.dangerouslySetInnerHTML.__html`. We never pass that
// prop (test/unit/project/boundaries.test.ts forbids it in src), but the assignment still ships in every
// bundle that renders with Preact, and addons-linter reports it (UNSAFE_VAR_ASSIGNMENT) in content.js,
// popup.js and options.js. Rather than silence the linter, the build replaces the assignment with a throw:
// the bundles then hold no way to turn a string into HTML at all, and a future use of the prop fails loudly
// at once instead of quietly becoming an XSS sink in a page we annotate.
import { readFile } from 'node:fs/promises';

// `(t.innerHTML=h.__html)` in Preact 10 and 11's minified dist (variable names vary between releases).
const SINK = /\(\s*([\w$]+)\.innerHTML\s*=\s*([\w$]+)\.__html\s*\)/g;
const THROW = '(()=>{throw new Error("Probation Lens does not support dangerouslySetInnerHTML")})()';

/** Rewrites `source` (Preact's dist) without its innerHTML assignment; throws when it is not found exactly once. */
export function withoutHtmlSink(source, path = 'preact') {
  const found = source.match(SINK) ?? [];
  if (found.length !== 1) {
    throw new Error(`${path}: expected one innerHTML assignment to take out, found ${found.length}; ` +
      'Preact has changed: update scripts/no-html-sinks.mjs');
  }
  return source.replace(SINK, THROW);
}

/** The esbuild plugin: applies withoutHtmlSink to preact/dist/preact.mjs as it is loaded. */
export const noHtmlSinks = {
  name: 'no-html-sinks',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/ }, async (args) => {
      try {
        return { contents: withoutHtmlSink(await readFile(args.path, 'utf8'), args.path), loader: 'js' };
      } catch (error) {
        return { errors: [{ text: error instanceof Error ? error.message : String(error) }] };
      }
    });
  },
};

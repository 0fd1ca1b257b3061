/**
 * The background and the core answer with codes, counts and values, never with English for the reader:
 * the pages word them from _locales through t(). A string literal of three or more words in
 * src/background or src/core (an error message, a problem, a summary) fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

// Data, not messages: the built-in glossary is English content (the terms and our definitions of
// them, as the policy pages they explain are English), and the word lists match page text; none of
// it is a sentence the extension says to the reader about what happened. The glossary's loader and its
// docs page speak to the glossary's editors at build time (a bad row's file and line), never to a reader.
const DATA = [/^core\/glossary-tsv\.ts$/, /^core\/glossary-docs\.ts$/, /^core\/phrases-data\.ts$/, /^core\/candidates\.ts$/, /^core\/senses\.ts$/];
// Messages for developers that never reach a reader: the contrast helper is only given our palette.
const FOR_DEVELOPERS = new Set(['core/contrast.ts: Not a hex colour: ${}']);

/** Three or more words in a row: what a sentence has and a code, a key, a path or a MIME type does not. */
const SENTENCE = /\p{L}+(?:[,;:.]?\s+[\p{L}'’]+){2,}/u;

type Node = { type: string; [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

/** Every string literal and template literal (its fixed parts, ${} for each hole) with three or more words. */
export function sentences(source: string, filename = 'file.ts'): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isNode(node)) return;
    if (node.type === 'Literal' && typeof node.value === 'string' && SENTENCE.test(node.value)) found.push(node.value);
    if (node.type === 'TemplateLiteral') {
      const text = (node.quasis as { value: { cooked?: string } }[]).map((q) => q.value.cooked ?? '').join('${}');
      // A hole is read as one word: `Imported ${n} glossary terms.` is a sentence.
      if (SENTENCE.test(text.replaceAll('${}', 'X'))) found.push(text);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'type') visit(value);
  };
  visit(parseAst(source, { lang: filename.endsWith('.tsx') ? 'tsx' : 'ts' }, filename));
  return found;
}

const SOURCES = [...files('src/background'), ...files('src/core')].map((path) => ({ path: relative('src', path), text: readFileSync(path, 'utf8') }));

describe('no English for the reader in the background or the core', () => {
  it('finds sentences in literals, and not codes, keys or comments, so the rule below can fail', () => {
    const sample = [
      '// A comment may say anything at all.',
      "throw new Error('Unknown export format');",
      'const a = `Imported ${n} glossary terms.`;',
      "const b = { code: 'csv-field-count', key: t('importProblemCsvEmpty'), mime: 'application/ld+json', path: 'notes[3].target.quote' };",
      "problems.push(`${field}: is missing`);",
      "const c = 'Line one,\\nline two';",
    ].join('\n');
    expect(sentences(sample)).toEqual(['Unknown export format', 'Imported ${} glossary terms.', '${}: is missing', 'Line one,\nline two']);
  });

  it('no file in src/background or src/core holds a sentence, except the glossary data', () => {
    const checked = SOURCES.filter((f) => !DATA.some((re) => re.test(f.path)));
    expect(checked.length).toBeGreaterThan(20);
    const offending = checked.flatMap((f) => sentences(f.text, f.path).map((s) => `${f.path}: ${s}`)).filter((hit) => !FOR_DEVELOPERS.has(hit));
    expect(offending, 'word it as a code and values, and let the page say it with t()').toEqual([]);
  });

  it('the core never words anything itself: it does not import t()', () => {
    const importers = SOURCES.filter((f) => f.path.startsWith('core/') && /from '[./]*\/shared\/i18n'/.test(f.text)).map((f) => f.path);
    expect(importers).toEqual([]);
  });
});

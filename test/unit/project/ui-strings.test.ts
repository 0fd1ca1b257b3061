/**
 * Every word a reader sees comes from _locales through t(): a .tsx file with literal text in JSX, or
 * a literal in an attribute that screen readers or tooltips read, fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

// Attributes whose value is read or shown; `label` is the Tabs component's name for its tab list.
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label', 'value-label']);
// Props of components that are never text: identities, classes and field names.
const NOT_TEXT_PROPS = new Set(['id', 'key', 'class', 'className', 'name', 'type', 'field', 'initial', 'state']);
const WORDS = /\p{L}/u;

type Node = { type: string; start: number; end: number; [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

/**
 * String literals that end up as text: the expression itself, either branch of a condition, either
 * side of || ?? and +, and the fixed parts of a template. Arguments of calls (t('key')) are not text.
 */
function textLiterals(expr: unknown): Node[] {
  if (!isNode(expr)) return [];
  switch (expr.type) {
    case 'Literal': return typeof expr.value === 'string' && WORDS.test(expr.value) ? [expr] : [];
    case 'TemplateLiteral': return (expr.quasis as Node[]).some((q) => WORDS.test(String((q.value as { cooked?: string }).cooked ?? ''))) ? [expr] : [];
    case 'ConditionalExpression': return [...textLiterals(expr.consequent), ...textLiterals(expr.alternate)];
    case 'LogicalExpression': return [...textLiterals(expr.left), ...textLiterals(expr.right)];
    case 'BinaryExpression': return expr.operator === '+' ? [...textLiterals(expr.left), ...textLiterals(expr.right)] : [];
    case 'ParenthesizedExpression': case 'TSAsExpression': return textLiterals(expr.expression);
    default: return [];
  }
}

/** Every piece of literal user-visible text in a .tsx source, as "line: text". */
export function literalText(source: string, filename = 'file.tsx'): string[] {
  const found: Node[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isNode(node)) return;
    if (node.type === 'JSXText' && WORDS.test(String(node.value))) found.push(node);
    if (node.type === 'JSXElement' || node.type === 'JSXFragment') {
      for (const child of node.children as Node[]) {
        if (child.type === 'JSXExpressionContainer') found.push(...textLiterals(child.expression));
      }
    }
    if (node.type === 'JSXOpeningElement') {
      // A component mostly passes its props on as text (a title, an empty-list message).
      const name = (node.name as { name?: unknown }).name;
      const component = typeof name === 'string' && /^[A-Z]/.test(name);
      for (const attribute of node.attributes as Node[]) {
        const name = (attribute.name as { name?: unknown } | undefined)?.name;
        const read = typeof name === 'string' && (READ_ATTRIBUTES.has(name) || (component && !NOT_TEXT_PROPS.has(name)));
        const value = attribute.value as Node | null | undefined;
        if (read && value?.type === 'Literal') found.push(...textLiterals(value));
        if (read && value?.type === 'JSXExpressionContainer') found.push(...textLiterals(value.expression));
        // Other attributes of elements (class, id, href) are not text, but their expressions may hold JSX.
        visit(attribute.type === 'JSXSpreadAttribute' ? attribute.argument : value);
      }
      return;
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'type') visit(value);
  };
  visit(parseAst(source, { lang: 'tsx' }, filename));
  const line = (at: number) => source.slice(0, at).split('\n').length;
  return found.map((n) => `${line(n.start)}: ${source.slice(n.start, n.end).trim()}`);
}

const SOURCES = files('src', /\.tsx$/).map((path) => ({ path: relative('src', path), text: readFileSync(path, 'utf8') }));

describe('user-visible strings', () => {
  it('finds literal text, so the rule below can fail', () => {
    const sample = [
      'const a = <p title="Close">Hello {name}</p>;',
      'const b = <button aria-label={open ? "Hide" : "Show"}>{count === 1 ? "note" : `${count} notes`}</button>;',
      'const c = <Tabs label="Probation Lens" tabs={[]} />;',
      'const d = <p class="hint" id="x-1" aria-describedby="y">{t("popupRecent")} {" · "}</p>;',
      'const e = <List id="all" empty="You have no notes yet." render={() => <b>Bold</b>} />;',
    ].join('\n');
    expect(literalText(sample).sort()).toEqual([
      '1: "Close"',
      '1: Hello',
      '2: "Hide"',
      '2: "Show"',
      '2: "note"',
      '2: `${count} notes`',
      '3: "Probation Lens"',
      '5: "You have no notes yet."',
      '5: Bold',
    ]);
  });

  it('no .tsx file has literal text in JSX or in a read attribute: every string goes through t()', () => {
    expect(SOURCES.length).toBeGreaterThan(10);
    const offending = SOURCES.flatMap((f) => literalText(f.text, f.path).map((hit) => `${f.path}:${hit}`));
    expect(offending).toEqual([]);
  });

  it('every message in en_GB is used by the code or the manifest', () => {
    const english = Object.keys(JSON.parse(readFileSync('src/_locales/en_GB/messages.json', 'utf8')) as object);
    const code = [...files('src', /\.tsx?$/).map((p) => readFileSync(p, 'utf8')), readFileSync('manifest.json', 'utf8')].join('\n');
    expect(english.filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`))).toEqual([]);
  });
});

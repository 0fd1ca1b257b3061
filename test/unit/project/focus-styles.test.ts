/**
 * Visible focus everywhere (WCAG 2.4.7): each of the three stylesheets (popup, options, the in-page
 * UI's shadow root) rings whatever has the keyboard focus, and no focus rule hides the ring without
 * putting something as visible in its place.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_CSS } from '../../../src/content/ui/styles';

interface Rule { readonly selector: string; readonly body: string }

/** The style rules of a stylesheet, those inside @media blocks included. */
function rules(css: string): Rule[] {
  const flat = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@media[^{]*\{/g, '');
  return [...flat.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({ selector: (m[1] ?? '').trim(), body: m[2] ?? '' }));
}

const declaration = (body: string, property: string) => new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`).exec(body)?.[1]?.trim();

/** What is wrong with a stylesheet's focus rules, if anything. */
export function focusProblems(css: string): string[] {
  const all = rules(css);
  const problems: string[] = [];
  const catchAll = all.find((r) => r.selector.split(',').some((s) => s.trim() === ':focus-visible'));
  const ring = catchAll && declaration(catchAll.body, 'outline');
  if (!ring || !/^\d+px solid /.test(ring) || /transparent|none/.test(ring)) problems.push(`no visible outline on :focus-visible (${ring ?? 'none'})`);
  for (const rule of all.filter((r) => /:focus(-visible)?\b/.test(r.selector) && !/:not\(:focus-visible\)/.test(r.selector))) {
    const outline = declaration(rule.body, 'outline');
    const hidden = outline !== undefined && /^(none|0)\b|transparent/.test(outline);
    const visible = (value: string | undefined) => value !== undefined && !/^(none|transparent)$/.test(value);
    const replaced = visible(declaration(rule.body, 'background')) || visible(declaration(rule.body, 'box-shadow'));
    const coveredByCatchAll = rule.selector === ':focus' && catchAll !== undefined;
    if (hidden && !replaced && !coveredByCatchAll) problems.push(`${rule.selector} hides the focus ring`);
  }
  return problems;
}

describe('focus styles', () => {
  it('finds a stylesheet that hides the focus, so the rule can fail', () => {
    expect(focusProblems('button:focus { outline: none; }')).toEqual(['no visible outline on :focus-visible (none)', 'button:focus hides the focus ring']);
    expect(focusProblems(':focus-visible { outline: 3px solid transparent; }')).toHaveLength(2);
    expect(focusProblems(':focus-visible { outline: 3px solid #fd0; } .button:focus-visible { outline: 3px solid transparent; box-shadow: none; }')).toEqual(['.button:focus-visible hides the focus ring']);
    expect(focusProblems(':focus { outline: none; } :focus-visible { outline: 3px solid #fd0; } a:focus-visible { outline: 3px solid transparent; background: #fd0; }')).toEqual([]);
  });

  it.each([
    ['the popup', readFileSync('src/popup/popup.css', 'utf8')],
    ['the options page', readFileSync('src/options/options.css', 'utf8')],
    ['the in-page UI', UI_CSS],
  ])('%s shows where the keyboard focus is', (_, css) => {
    expect(focusProblems(css)).toEqual([]);
  });
});

/** The build takes Preact's one innerHTML assignment out (scripts/no-html-sinks.mjs); these tests keep that honest. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import { withoutHtmlSink } from '../../../scripts/no-html-sinks.mjs';

const PREACT = createRequire(import.meta.url).resolve('preact');
const ASSIGNMENT = /\.innerHTML\s*=(?!=)/;

describe('taking the HTML sink out of Preact', () => {
  it('finds the assignment in the installed Preact and leaves none behind', () => {
    const source = readFileSync(PREACT, 'utf8');
    expect(source).toMatch(ASSIGNMENT);
    const patched = withoutHtmlSink(source) as string;
    expect(patched).not.toMatch(ASSIGNMENT);
    expect(patched).toContain('does not support dangerouslySetInnerHTML');
    // Only that expression changes: reading innerHTML to compare stays, the rest is byte for byte the same.
    expect(patched.length - source.length).toBeLessThan(120);
  });

  it('fails the build when a Preact upgrade moves the assignment, rather than shipping it unnoticed', () => {
    expect(() => withoutHtmlSink('e.textContent=""')).toThrow(/found 0/);
    expect(() => withoutHtmlSink('(a.innerHTML=b.__html);(c.innerHTML=d.__html)')).toThrow(/found 2/);
  });
});

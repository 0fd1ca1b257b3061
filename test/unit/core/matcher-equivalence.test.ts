/**
 * The single-pattern matcher finds what the earlier three Unicode patterns found (kept in ./reference
 * as the oracle): the same terms and the same unknown-acronym candidates, on the labelled fixture
 * pages and on random text built from glossary forms, capitals, punctuation and other scripts.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN } from '../../../src/core/builtin';
import { compileMatcher } from '../../../src/core/matcher';
import { PHRASE_FALSE_FRIENDS } from '../../../src/core/phrases-data';
import type { TermMatch } from '../../../src/shared/types';
import { findCandidates as referenceCandidates } from './reference/regex-candidates';
import { compileMatcher as compileReference } from './reference/regex-matcher';

const matcher = compileMatcher(BUILTIN, PHRASE_FALSE_FRIENDS);
const reference = compileReference(BUILTIN, PHRASE_FALSE_FRIENDS);

/** What the earlier code gave: terms, then tokens outside them. */
function expected(text: string) {
  const matches = reference.find(text);
  const candidates = referenceCandidates(text, (t) => reference.isForm(t))
    .filter((c) => !matches.some((m: TermMatch) => c.start < m.end && m.start < c.end));
  return { matches, candidates };
}

const forms = BUILTIN.filter((e) => !e.lookupOnly).flatMap((e) => [e.term, ...(e.variants ?? [])]);
const pieces = fc.oneof(
  fc.constantFrom(...forms),
  fc.constantFrom(...PHRASE_FALSE_FRIENDS),
  fc.constantFrom('QRT', 'eMPT', 'PMs', "MO's", 'DRR’s', 'ANNEX', 'B', 'RISK', 'OF', 'HARM', 'George', 'EP', 'Box', 'XII', 'Ph.D',
    'GOV.UK', 'D-OR', 'X7K9', '#ABC', 'a@BC', 'the', 'and', 'offenders', 'Résumé', 'ÉTAT', 'São', 'Ŵ', 'Ωμέγα', '中文', '📄'),
  fc.constantFrom(' ', ' ', ' ', '\n', '(', ')', '.', ',', '-', '–', '’', "'", 's', 'é', '/', '&', '_', ':', '“', '”'),
);
const text = fc.array(pieces, { maxLength: 60 }).map((a) => a.join(''));

describe('the single-pattern matcher', () => {
  it('finds the same terms and candidates as the earlier patterns, on random text', () => {
    fc.assert(fc.property(text, (t) => {
      expect(matcher.scan(t)).toEqual(expected(t));
    }), { numRuns: 2000 });
  });

  it('finds the same terms and candidates on every fixture page', () => {
    const dir = 'test/fixtures/pages';
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
    pages.push(readFileSync('test/fixtures/demo-policy.html', 'utf8'));
    let terms = 0;
    for (const html of pages) {
      for (const [, raw] of html.matchAll(/>([^<]+)</g)) {
        const t = raw as string;
        const got = matcher.scan(t);
        expect(got).toEqual(expected(t));
        terms += got.matches.length;
      }
    }
    expect(terms).toBeGreaterThan(250);
  });
});

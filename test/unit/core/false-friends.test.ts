/**
 * False friends: on everyday English and on GOV.UK text far from probation (tax, budget, transport,
 * immigration, passports), ordinary words and everyday codes stay plain. The everyday renamed word ("serial
 * offenders", "offenders" in a prison statement) is still found by the matcher; the page model paints it only
 * where probation is meant (page-model.test.ts, and the GOV.UK pages of non-probation-pages.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN } from '../../../src/core/builtin';
import { compileMatcher } from '../../../src/core/matcher';
import { PHRASE_FALSE_FRIENDS } from '../../../src/core/phrases-data';

const matcher = compileMatcher(BUILTIN, PHRASE_FALSE_FRIENDS);
const TEXT = readFileSync('test/fixtures/everyday/non-probation.txt', 'utf8');

describe('false friends', () => {
  const { matches, candidates } = matcher.scan(TEXT);
  const marked = matches.map((m) => `${BUILTIN[m.entry]?.term}:${TEXT.slice(m.start, m.end)}`);

  it('marks no glossary term on everyday and non-probation text, except the renamed word "offenders"', () => {
    expect(marked).toEqual(['offender:offenders', 'offender:offenders']);
  });

  it('flags none of the everyday codes (HM, PAYE, IR35, NS&I, GDP, RPI, CPI, CO2, MOT, HS1, HS2, NATO)', () => {
    // What is left are the two acronyms the text defines itself: they get the page's quiet look, not a flag.
    expect(candidates.filter((c) => !c.ordinary).map((c) => c.token)).toEqual(['OBR', 'EEA']);
  });

  it('can fail: a probation sentence is marked', () => {
    const probation = matcher.find('The home detention curfew and the PSR were reviewed by the SPO.');
    expect(probation.length).toBe(3);
  });
});

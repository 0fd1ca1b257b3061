/**
 * A long text scanned in windows gives exactly what one scan of the whole text gives: the same terms
 * and candidates, none twice, none split at a cut, on long random text built from glossary forms,
 * capitals, punctuation, runs of white space and other scripts, cut into windows of every size.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN } from '../../../src/core/builtin';
import { formsOf } from '../../../src/core/glossary';
import { cutPattern, scanInWindows } from '../../../src/core/long-text';
import { compileMatcher, FALSE_FRIENDS, type TextScan } from '../../../src/core/matcher';
import { PHRASE_FALSE_FRIENDS } from '../../../src/core/phrases-data';

const matcher = compileMatcher(BUILTIN, PHRASE_FALSE_FRIENDS);
const allForms = [...BUILTIN.flatMap((e) => formsOf(e)), ...FALSE_FRIENDS, ...PHRASE_FALSE_FRIENDS];
const cuts = cutPattern(allForms);

/** Runs the windowed scan to its end, counting its steps. */
function windowed(text: string, window: number): { result: TextScan; steps: number } {
  const steps = scanInWindows(matcher.scan, text, cuts, window);
  let n = 0;
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return { result: r.value, steps: n };
    n++;
  }
}

const forms = BUILTIN.filter((e) => !e.lookupOnly).flatMap((e) => [e.term, ...(e.variants ?? [])]);
const pieces = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...forms) },
  fc.constantFrom(...PHRASE_FALSE_FRIENDS),
  fc.constantFrom('QRT', 'eMPT', 'PMs', "MO's", 'DRR’s', 'ANNEX', 'B', 'RISK', 'OF', 'HARM', 'George', 'EP', 'Box', 'XII', 'Ph.D',
    'GOV.UK', 'D-OR', 'X7K9', '#ABC', 'a@BC', 'the', 'and', 'offenders', 'Résumé', 'ÉTAT', 'São', 'Ωμέγα', '中文', '📄',
    'Approved\n   Premises', 'multi - agency', 'SFO (Serious Further Offence)', 'verylongwordwithoutanybreakAtAllXY'),
  { weight: 4, arbitrary: fc.constantFrom(' ', ' ', ' ', '\n', '  \n\t ', '(', ')', '.', ',', '-', '–', '’', "'", 's', 'é', '/', '&', '_', ':', '“', '”', '!', ';') },
);
const longText = fc.array(pieces, { minLength: 50, maxLength: 600 }).map((a) => a.join(''));

describe('scanning a long text in windows', () => {
  it('finds exactly what one scan of the whole text finds, whatever the window', () => {
    fc.assert(fc.property(longText, fc.integer({ min: 1, max: 300 }), (text, window) => {
      const whole = matcher.scan(text);
      const { result, steps } = windowed(text, window);
      expect(result).toEqual(whole);
      // The text really was cut: a window of w characters ends at the first cut after it (a dot or a
      // bracket that some glossary form holds, as in GOV.UK, is never a place to cut).
      const cutAfter = new RegExp(cuts.source, 'g');
      cutAfter.lastIndex = window;
      const first = cutAfter.exec(text);
      if (text.length > 3 * window && first !== null && first.index + 1 < text.length) expect(steps).toBeGreaterThan(0);
    }), { numRuns: 300 });
  });

  it('cuts a 1 MB policy text into windows near the size asked for, and merges them exactly', () => {
    const sentence = 'The SFO review, led by the MAPPA panel (Multi-Agency Public Protection Arrangements), uses OASys. ' +
      'An RSR score and a ROSH rating; the PoP’s plan and the PQiPs’ notes. QRT and QRT again, RISK OF SERIOUS HARM. ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const { result, steps } = windowed(text, 65_536);
    expect(steps).toBeGreaterThanOrEqual(14);
    expect(steps).toBeLessThanOrEqual(16);
    expect(result).toEqual(matcher.scan(text));
    expect(result.matches.length).toBeGreaterThan(30_000);
  });

  it('never cuts where a form holds the character, nor between the halves of an emoji', () => {
    const withComma = cutPattern(['A, B']);
    expect('x,y'.search(withComma)).toBe(-1);
    expect('x.y'.search(withComma)).toBe(1);
    expect('a📄b'.search(cuts)).toBe(-1);
    expect('a b-c’d'.search(cuts)).toBe(-1);
  });

  it('gives a text with nowhere to cut one window, with the whole scan', () => {
    const text = 'the SFO and the MAPPA panel '.repeat(2000);
    const { result, steps } = windowed(text, 1000);
    expect(steps).toBe(0);
    expect(result).toEqual(matcher.scan(text));
  });
});

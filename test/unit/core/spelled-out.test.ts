/**
 * Terms written out in full ("home detention curfew", "Parole Board"): matched with the built-in glossary
 * at phrase boundaries, with plurals and possessives, hyphen and line-break variants, in any letter case,
 * as the abbreviation's entry; and never a single ordinary word ("harm", "tier") on the fixture pages or
 * on a page of everyday English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN } from '../../../src/core/builtin';
import { compileMatcher } from '../../../src/core/matcher';
import { PHRASE_FALSE_FRIENDS } from '../../../src/core/phrases-data';

const matcher = compileMatcher(BUILTIN, PHRASE_FALSE_FRIENDS);
/** "text=term" of each match, with "(spelled)" for a term written out. */
const found = (text: string) =>
  matcher.find(text).map((m) => `${text.slice(m.start, m.end)}=${BUILTIN[m.entry]?.term}${m.spelled ? ' (spelled)' : ''}`);

/** The visible text of an HTML fixture, roughly: tags, scripts and styles removed, entities of the markup kept plain. */
function textOf(html: string): string {
  return html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ');
}

describe('spelled-out terms', () => {
  it('give the abbreviation’s entry, in the quieter look', () => {
    expect(found('A home detention curfew and a pre-sentence report.')).toEqual([
      'home detention curfew=HDC (spelled)', 'pre-sentence report=PSR (spelled)',
    ]);
  });

  it('match in any letter case', () => {
    expect(found('HOME DETENTION CURFEW, Home Detention Curfew, home Detention curfew')).toEqual([
      'HOME DETENTION CURFEW=HDC (spelled)', 'Home Detention Curfew=HDC (spelled)', 'home Detention curfew=HDC (spelled)',
    ]);
    // A phrase of the glossary (its own term, not an abbreviation) is not the quieter look.
    expect(found('the PAROLE BOARD and the parole board')).toEqual(['PAROLE BOARD=Parole Board', 'parole board=Parole Board']);
  });

  it('match only at phrase boundaries', () => {
    expect(found('homedetention curfew, xhome detention curfew, home detention curfewing, home detention curfew2')).toEqual([]);
    expect(found('(home detention curfew) "pre-sentence report"; home detention curfew.')).toEqual([
      'home detention curfew=HDC (spelled)', 'pre-sentence report=PSR (spelled)', 'home detention curfew=HDC (spelled)',
    ]);
  });

  it('keep plural and possessive endings', () => {
    expect(found('pre-sentence reports, the pre-sentence report’s author, home detention curfews’ rules, the Parole Board’s view')).toEqual([
      'pre-sentence reports=PSR (spelled)', 'pre-sentence report’s=PSR (spelled)', 'home detention curfews’=HDC (spelled)',
      'Parole Board’s=Parole Board',
    ]);
    expect(found('people on probation and a person on probation')).toEqual([
      'people on probation=person on probation', 'person on probation=person on probation',
    ]);
  });

  it('take any hyphen, a space or nothing for a hyphen, and any line break or run of spaces between words', () => {
    expect(found('pre sentence report; presentence report; pre‑sentence report; pre–sentence report')).toEqual([
      'pre sentence report=PSR (spelled)', 'presentence report=PSR (spelled)', 'pre‑sentence report=PSR (spelled)',
      'pre–sentence report=PSR (spelled)',
    ]);
    expect(found('a home\n      detention  curfew and the Parole\nBoard')).toEqual([
      'home\n      detention  curfew=HDC (spelled)', 'Parole\nBoard=Parole Board',
    ]);
  });

  it('never make a single ordinary word a term: "harm" and "tier" stay plain, "tier 3 case" is one', () => {
    expect(found('harm, Harm, HARM; tier, Tier, TIER, tier 3, a tier 3 seat')).toEqual([]);
    expect(found('She holds a tier 3 case and two Tier 2 cases.')).toEqual(['tier 3 case=Tiering', 'Tier 2 cases=Tiering']);
    // Every spelled-out form of the glossary is two words or more.
    for (const entry of BUILTIN) for (const form of entry.spelled ?? []) expect(form.trim().split(/[\s-]+/).length, form).toBeGreaterThan(1);
  });

  it('leave everyday English plain: no term on a page of ordinary words that probation also uses', () => {
    const text = readFileSync('test/fixtures/everyday/everyday-english.txt', 'utf8');
    expect(found(text)).toEqual([]);
  });

  it('find no single ordinary word on the fixture pages: every phrase found there is a name of two words or more, or the word "offender"', () => {
    const pages = [
      'test/fixtures/demo-policy.html',
      ...readdirSync('test/fixtures/pages').filter((f) => f.endsWith('.html')).map((f) => `test/fixtures/pages/${f}`),
      ...readdirSync('test/fixtures/everyday').filter((f) => f.endsWith('.html')).map((f) => `test/fixtures/everyday/${f}`),
    ];
    const single: string[] = [];
    let phrases = 0;
    for (const page of pages) {
      const text = textOf(readFileSync(page, 'utf8'));
      for (const m of matcher.find(text)) {
        const entry = BUILTIN[m.entry];
        if (!entry?.phrase && !m.spelled) continue;
        phrases++;
        const written = text.slice(m.start, m.end);
        if (!/[\s\-‐‑‒–—]/.test(written.trim()) && entry?.term !== 'offender') single.push(`${page}: ${written}`);
      }
    }
    expect(phrases).toBeGreaterThan(50);
    expect(single).toEqual([]);
  });
});

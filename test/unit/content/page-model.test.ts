// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN } from '../../../src/core/builtin';
import { compileMatcher } from '../../../src/core/matcher';
import { PHRASE_FALSE_FRIENDS } from '../../../src/core/phrases-data';
import { HIGHLIGHT_NAMES, OccurrenceIndex } from '../../../src/content/occurrences';
import { PageModel } from '../../../src/content/page-model';
import { startScanner, type Scanner } from '../../../src/content/scanner';
import type { Category } from '../../../src/shared/types';
import { installHighlightApi } from '../support/dom';

const matcher = compileMatcher(BUILTIN, PHRASE_FALSE_FRIENDS);
let scanner: Scanner | undefined;
let index: OccurrenceIndex;
let page: PageModel;

beforeEach(() => installHighlightApi());
afterEach(() => {
  scanner?.stop();
  scanner = undefined;
  index?.dispose();
  vi.unstubAllGlobals();
});

async function load(html: string, hidden: ReadonlySet<Category> = new Set()): Promise<string[]> {
  scanner?.stop();
  index?.dispose();
  document.body.innerHTML = html;
  index = new OccurrenceIndex(document);
  page = new PageModel(matcher, BUILTIN, index, hidden);
  scanner = startScanner(document, page);
  await scanner.ready;
  return found();
}

/** "kind:text" of every occurrence, in document order. */
function found(): string[] {
  return index.inOrder().map((o) => `${o.kind}:${o.range.toString()}`);
}

describe('page model', () => {
  it('does not paint terms whose first sense is in a hidden category, and paints the rest', async () => {
    const html = '<main><p>Changes under LASPO reach every SFO review.</p></main>';
    expect(await load(html)).toEqual(['jargon:LASPO', 'jargon:SFO']);
    expect(await load(html, new Set<Category>(['legislation']))).toEqual(['jargon:SFO']);
    expect(index.size).toBe(1);
  });

  it('treats acronyms the page defines as terms, wherever they appear', async () => {
    expect(await load('<main><p>We follow Modern Probation Theory (MPT).</p><p>MPT shapes supervision.</p></main>'))
      .toEqual(['jargon:MPT', 'jargon:MPT']);
    expect(page.definitions.get('MPT')).toMatchObject({ long: 'Modern Probation Theory', sentence: 'We follow Modern Probation Theory (MPT).', source: 'text' });
  });

  it('reads definitions across inline elements, from abbr titles and from glossary annexes', async () => {
    await load(`<main>
      <p>The <strong>Centralised Operational, Resettlement, Referral and Evaluation</strong> (CORRE) Hub.</p>
      <p><abbr title="Quality Review Team">QRT</abbr> reports go to the EPF.</p>
      <h2>Glossary</h2><dl><dt>EPF</dt><dd>Effective Proposal Framework</dd></dl>
      <h3>Abbreviations</h3><table><tr><td>DRR</td><td>Drug Rehabilitation Requirement</td></tr></table>
      <p>CORRE, QRT, EPF and DRR again.</p></main>`);
    expect([...page.definitions.keys()].sort()).toEqual(['CORRE', 'DRR', 'EPF', 'QRT']);
    expect(found().filter((f) => f.endsWith('CORRE'))).toEqual(['jargon:CORRE', 'jargon:CORRE']);
  });

  it('flags an undefined acronym that recurs, quietly, and not one that appears once', async () => {
    expect(await load('<main><p>The XQR met. The XQR agreed. A ZZT once.</p></main>')).toEqual(['unknown:XQR', 'unknown:XQR']);
  });

  it('never flags ordinary capitals, however often they appear', async () => {
    expect(await load(`<main><h2>ANNEX B: RISK OF SERIOUS HARM</h2><p>It was SO fantastic, SO good.</p>
      <p>George EP Box and George EP Box. Part II, Part II. The UK and the UK. (D-OR) (D-OR).</p>
      <p>PO Box 123 and PO Box 456.</p></main>`)).toEqual([]);
  });

  it('marks renamed terms with their own highlight, and leaves current names alone', async () => {
    expect(await load('<main><p>The Offender Manager met the offender. Prison offender managers use OASys.</p><p>The NPS and CRCs.</p></main>'))
      .toEqual(['renamed:Offender Manager', 'renamed:offender', 'jargon:OASys', 'renamed:NPS', 'renamed:CRCs']);
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.renamed)?.size).toBe(4);
  });

  it('marks the everyday word "offender" as renamed only where the passage or the page is about probation', async () => {
    const look = () => index.inOrder().map((o) => `${o.look ?? o.kind}:${o.range.toString()}`);
    // A tax page and a prison statement: the word is plain English there, so nothing is painted.
    document.title = 'Tackling tax avoidance';
    expect(await load('<main><h1>Tax avoidance schemes</h1><p>Some promoters are serial offenders.</p></main>')).toEqual([]);
    document.title = 'Statement on HMP Birmingham';
    expect(await load('<main><h1>Prisoner moves at HMP Birmingham</h1><p>Around 180 offenders will be moved.</p></main>'))
      .toEqual(['jargon:HMP']);
    // The paragraph is about probation, or the page is (its title, headings or the meaning of its terms).
    expect(await load('<main><h1>Prisoner moves</h1><p>Offenders on licence keep their probation appointments.</p></main>'))
      .toEqual(['renamed:Offenders']);
    document.title = 'Probation Service bulletin';
    expect(await load('<main><h1>News</h1><p>Offenders must attend every appointment.</p></main>')).toEqual(['renamed:Offenders']);
    document.title = 'News';
    expect(await load('<main><h1>News</h1><p>Offenders must attend.</p><p>The PDU office moved.</p></main>'))
      .toEqual(['renamed:Offenders', 'jargon:PDU']);
    expect(look()).toEqual(['renamed:Offenders', 'jargon:PDU']);
    // A name of probation's own says what it is called now wherever it appears.
    expect(await load('<main><h1>Tax</h1><p>Tax rules for the NPS.</p></main>')).toEqual(['renamed:NPS']);
  });

  it('reads the page as a whole once per full pass, and only on a page with an everyday renamed word', async () => {
    // The page context reads the headings: count those queries over each first pass.
    const headingReads = (): number => spy.mock.calls.filter(([selector]) => selector === 'h1, h2, h3').length;
    const spy = vi.spyOn(document, 'querySelectorAll');
    document.title = 'Probation Service bulletin';
    const many = Array.from({ length: 40 }, (_, i) => `<h2>Part ${i}</h2><p>Offenders attend. The SFO was reviewed.</p>`).join('');
    // The first view shows "Offenders" whose own passage says nothing of probation: it is painted once the
    // page as a whole is known to be about probation, and that page is read once.
    expect(await load(`<main><h1>News</h1>${many}</main>`)).toContain('renamed:Offenders');
    expect(found().filter((f) => f === 'renamed:Offenders')).toHaveLength(40);
    expect(headingReads()).toBe(1);
    // A card asking again reads nothing more.
    page.pageWords();
    expect(headingReads()).toBe(1);
    // Without an everyday renamed word, the pass never reads the page as a whole.
    spy.mockClear();
    expect(await load('<main><h1>News</h1><p>The SFO was reviewed by the NPS.</p></main>')).toEqual(['jargon:SFO', 'renamed:NPS']);
    expect(headingReads()).toBe(0);
    spy.mockRestore();
  });

  it('gives a glossary abbreviation the page defines as something else the page\'s quieter look, everywhere', async () => {
    const look = () => index.inOrder().map((o) => `${o.look ?? o.kind}:${o.range.toString()}`);
    await load('<main><p>Landlords join Making Tax Digital (MTD) in April.</p><p>MTD needs software.</p></main>');
    expect(look()).toEqual(['page:MTD', 'page:MTD']);
    expect(page.definitions.get('MTD')?.long).toBe('Making Tax Digital');
    // Defined as the glossary defines it (in other words), the term keeps the glossary's look.
    await load('<main><p>HM Prison and Probation Service (HMPPS) runs it.</p><p>A Serious Further Offence (SFO) review. The SFO.</p></main>');
    expect(look()).toEqual(['spelled:HM Prison and Probation Service', 'jargon:HMPPS', 'jargon:Serious Further Offence', 'jargon:SFO', 'jargon:SFO']);
    // A definition that arrives later repaints the uses already painted.
    await load('<main><p>The MTD was set.</p></main>');
    expect(look()).toEqual(['jargon:MTD']);
    const p = document.createElement('p');
    p.textContent = 'Making Tax Digital (MTD) starts in April.';
    document.querySelector('main')?.append(p);
    await scanner?.idle();
    expect(look()).toEqual(['page:MTD', 'page:MTD']);
  });

  it('updates when a later paragraph defines or repeats an acronym', async () => {
    await load('<main><p>The QXT met.</p></main>');
    expect(found()).toEqual([]);
    const p = document.createElement('p');
    p.textContent = 'The QXT met again.';
    document.querySelector('main')?.append(p);
    await scanner?.idle();
    expect(found()).toEqual(['unknown:QXT', 'unknown:QXT']);
    const q = document.createElement('p');
    q.textContent = 'It stands for the Quality eXamination Team (QXT).';
    document.querySelector('main')?.append(q);
    await scanner?.idle();
    expect(found()).toEqual(['jargon:QXT', 'jargon:QXT', 'jargon:QXT']);
  });

  it('does not flood a page of codes and junk with highlights', async () => {
    const junk = Array.from({ length: 3000 }, (_, i) => `AB${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i / 26) | 0) % 26)} `).join('');
    await load(`<main><p>${junk} ${junk}</p><p>${btoa('x'.repeat(3000))} 9F86D081884C7D65 X7K9QZ2</p></main>`);
    const unknown = new Set(index.inOrder().filter((o) => o.kind === 'unknown').map((o) => o.token));
    expect(unknown.size).toBeLessThanOrEqual(60);
  });

  it('copes with pathological brackets, 10,000 parenthesised phrases and a 1 MB paragraph', async () => {
    await load(`<main><p>${'('.repeat(10_000)}MPT${')'.repeat(10_000)}</p><p>${'Modern Probation Theory (MPT) '.repeat(10_000)}</p></main>`);
    expect(page.definitions.get('MPT')?.long).toBe('Modern Probation Theory');
    await load(`<main><p>${'word '.repeat(200_000)}The SFO.</p></main>`);
    expect(found()).toEqual(['jargon:SFO']);
  }, 30_000); // jsdom is slow with 10,000 ranges; a loaded machine must not fail it
});

// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../../../src/core/matcher';
import { OccurrenceIndex } from '../../../src/content/occurrences';
import { PageModel } from '../../../src/content/page-model';
import { SCAN_MEASURE, startScanner } from '../../../src/content/scanner';
import type { GlossaryEntry } from '../../../src/shared/types';
import { installHighlightApi, settle as frame } from '../support/dom';

const GLOSSARY: GlossaryEntry[] = ['SFO', 'MAPPA', 'HMPPS', 'OASys', 'MoJ'].map((term) => ({
  term, senses: [{ expansion: term, category: 'other' }],
}));
const matcher = compileMatcher(GLOSSARY);

let stop: (() => void) | undefined;
let index: OccurrenceIndex;

beforeEach(() => {
  installHighlightApi();
  performance.clearMeasures();
});
afterEach(() => {
  stop?.();
  stop = undefined;
  index?.dispose();
  vi.unstubAllGlobals();
});


async function scan(html: string): Promise<string[]> {
  stop?.();
  index?.dispose();
  document.body.innerHTML = html;
  index = new OccurrenceIndex(document);
  stop = startScanner(document, new PageModel(matcher, GLOSSARY, index));
  await frame();
  return painted();
}

function painted(): string[] {
  return index.inOrder().map((o) => o.range.toString());
}

describe('scanner', () => {
  it('paints terms in the main content and registers one highlight', async () => {
    const found = await scan('<header class="govuk-header">HMPPS MoJ</header><main><p>The SFO and <a href="#">MAPPA</a> panel.</p></main><footer>MoJ</footer>');
    expect(found).toEqual(['SFO', 'MAPPA']);
    expect((CSS.highlights as unknown as Map<string, Set<Range>>).get('probation-jargon')?.size).toBe(2);
  });

  it('skips code, form fields, editable regions, navigation and hidden text', async () => {
    const found = await scan(`<main>
      <p>MAPPA</p><code>SFO</code><pre>SFO</pre><textarea>SFO</textarea><input value="SFO">
      <div contenteditable="true">SFO</div><nav>SFO</nav><div class="govuk-cookie-banner">MoJ</div>
      <p hidden>SFO</p><button>SFO</button><script>var SFO = 1;</script><p>OASys</p></main>`);
    expect(found).toEqual(['MAPPA', 'OASys']);
  });

  it('scans the body when the page has no main element, still skipping chrome', async () => {
    expect(await scan('<header>HMPPS</header><div><p>An SFO.</p></div><footer>MoJ</footer>')).toEqual(['SFO']);
  });

  it('does not join text split across inline elements', async () => {
    expect(await scan('<main><p><strong>S</strong>FO and <em>MAPPA</em></p></main>')).toEqual(['MAPPA']);
  });

  it('records a scan measure', async () => {
    await scan('<main><p>SFO</p></main>');
    const [m] = performance.getEntriesByName(SCAN_MEASURE);
    expect(m?.entryType).toBe('measure');
    expect((m as PerformanceMeasure).detail).toMatchObject({ kind: 'full', occurrences: 1 });
  });

  it('scans added and changed text, and forgets removed text', async () => {
    await scan('<main><p id="a">SFO</p></main>');
    const main = document.querySelector('main') as HTMLElement;
    const p = document.createElement('p');
    p.textContent = 'A new MAPPA meeting';
    main.append(p);
    await frame();
    expect(painted()).toEqual(['SFO', 'MAPPA']);
    (document.getElementById('a')?.firstChild as Text).data = 'Now HMPPS and OASys';
    await frame();
    expect(painted()).toEqual(['HMPPS', 'OASys', 'MAPPA']);
    p.remove();
    await frame();
    expect(painted()).toEqual(['HMPPS', 'OASys']);
    const kinds = performance.getEntriesByName(SCAN_MEASURE).map((m) => (m as PerformanceMeasure).detail.kind);
    expect(kinds).toEqual(['full', 'mutation', 'mutation', 'mutation']);
  });

  it('rescans everything when the main element is replaced', async () => {
    await scan('<main><p>SFO</p></main>');
    document.body.innerHTML = '<main><p>MAPPA and MoJ</p></main>';
    await frame();
    expect(painted()).toEqual(['MAPPA', 'MoJ']);
  });

  it('stops observing when stopped', async () => {
    await scan('<main><p>SFO</p></main>');
    stop?.();
    stop = undefined;
    document.querySelector('main')?.append('MAPPA');
    await frame();
    expect(painted()).toEqual(['SFO']);
  });

  it('copes with an empty page and a 1 MB text node', async () => {
    expect(await scan('')).toEqual([]);
    const big = 'x'.repeat(500_000) + ' SFO ' + 'y'.repeat(500_000);
    expect(await scan(`<main><p>${big}</p></main>`)).toEqual(['SFO']);
  });
});

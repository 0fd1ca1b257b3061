// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../../../src/core/matcher';
import { OccurrenceIndex } from '../../../src/content/occurrences';
import { PageModel } from '../../../src/content/page-model';
import { SCAN_MEASURE, startScanner } from '../../../src/content/scanner';
import type { GlossaryEntry } from '../../../src/shared/types';
import { createSkipTest, skippedUnder } from '../../../src/content/skip';
import { installHighlightApi, scanCount, scanned, settle as frame } from '../support/dom';

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
    (document.getElementById('a')!.firstChild as Text).data = 'Now HMPPS and OASys';
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

describe('scanner: open shadow roots', () => {
  it('reads open shadow roots, nested ones and slotted text, never a closed root or a skipped host', async () => {
    stop?.();
    index?.dispose();
    document.body.innerHTML = `<main><p>SFO</p><div id="open"></div><div id="slot"><span>MAPPA</span></div>
      <div id="outer"></div><div id="closed"></div><nav id="nav-host"></nav></main>`;
    const shadow = (id: string, html: string, mode: ShadowRootMode = 'open'): ShadowRoot => {
      const root = (document.getElementById(id) as HTMLElement).attachShadow({ mode });
      root.innerHTML = html;
      return root;
    };
    shadow('open', '<p>The OASys record</p><code>HMPPS</code>');
    shadow('slot', '<div><slot></slot></div>');
    shadow('outer', '<div id="inner"></div>').getElementById('inner')?.attachShadow({ mode: 'open' }).append('HMPPS deep, directly under the root');
    shadow('closed', '<p>MoJ closed</p>', 'closed');
    shadow('nav-host', '<p>MoJ in navigation</p>');
    const roots: ShadowRoot[] = [];
    index = new OccurrenceIndex(document);
    stop = startScanner(document, new PageModel(matcher, GLOSSARY, index), (r) => roots.push(r));
    await frame();
    expect(painted().sort()).toEqual(['HMPPS', 'MAPPA', 'OASys', 'SFO']);
    // Every open root is handed on once (for the highlight styles), the navigation's too; the closed one never.
    expect(roots.map((r) => r.host.id).sort()).toEqual(['inner', 'nav-host', 'open', 'outer', 'slot']);
  });

  it('follows changes inside a root, hosts added after load, and hosts removed', async () => {
    stop?.();
    index?.dispose();
    document.body.innerHTML = '<main><p>SFO</p><div id="host"></div></main>';
    const roots: ShadowRoot[] = [];
    index = new OccurrenceIndex(document);
    stop = startScanner(document, new PageModel(matcher, GLOSSARY, index), (r) => roots.push(r));
    await frame();
    const root = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<p>MAPPA, attached after the first pass</p>';
    // Attaching a shadow root tells no observer: a host already in the page is found by the next full pass.
    await frame();
    expect(painted()).toEqual(['SFO']);
    // A host added with its root is found when it is added, and its root is observed from then on.
    const added = document.createElement('div');
    added.attachShadow({ mode: 'open' }).innerHTML = '<p id="in">The OASys record</p>';
    document.querySelector('main')?.append(added);
    await frame();
    expect(painted().sort()).toEqual(['OASys', 'SFO']);
    ((added.shadowRoot as ShadowRoot).getElementById('in')!.firstChild as Text).data = 'Now HMPPS';
    await frame();
    expect(painted().sort()).toEqual(['HMPPS', 'SFO']);
    (added.shadowRoot as ShadowRoot).append(Object.assign(document.createElement('p'), { textContent: 'and MoJ' }));
    await frame();
    expect(painted().sort()).toEqual(['HMPPS', 'MoJ', 'SFO']);
    added.remove();
    await frame();
    expect(painted()).toEqual(['SFO']);
    // Put back, it is read again, and handed on for styles only the once it was before.
    document.querySelector('main')?.append(added);
    await frame();
    expect(painted().sort()).toEqual(['HMPPS', 'MoJ', 'SFO']);
    expect(roots.filter((r) => r === added.shadowRoot)).toHaveLength(1);
    added.remove();
    await frame();
    expect(painted()).toEqual(['SFO']);
    // Text under a removed host stays forgotten, and changing it is no longer followed.
    ((added.shadowRoot as ShadowRoot).getElementById('in')!.firstChild as Text).data = 'MAPPA';
    await frame();
    expect(painted()).toEqual(['SFO']);
  });

  it('skips code, editable regions and hidden parts inside a shadow tree, climbing from the root to its host', () => {
    document.body.innerHTML = '<main><div id="h"></div></main><div id="outside"></div>';
    const root = (document.getElementById('h') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<p id="a">a</p><code><b id="b">b</b></code><div contenteditable="true"><i id="c">c</i></div><p hidden id="d">d</p>';
    const outside = (document.getElementById('outside') as HTMLElement).attachShadow({ mode: 'open' });
    outside.innerHTML = '<p id="e">e</p>';
    const skip = createSkipTest(document.querySelector('main') as Element);
    expect(['a', 'b', 'c', 'd'].map((id) => skip(root.getElementById(id) as Element))).toEqual([false, true, true, true]);
    expect(skip(outside.getElementById('e') as Element)).toBe(true);
    expect(skippedUnder(root).map((el) => el.tagName)).toEqual(['CODE', 'DIV', 'P']);
  });
});

describe('scanner: attributes that make text content or not', () => {
  it('drops the terms of a region made editable, hidden or aria-hidden after load, and reads them again when it is not', async () => {
    await scan('<main><p>SFO</p><div id="r"><p>MAPPA <b>HMPPS</b></p></div><p>OASys</p></main>');
    const region = document.getElementById('r') as HTMLElement;
    for (const [name, value] of [['contenteditable', 'true'], ['hidden', ''], ['aria-hidden', 'true']]) {
      const before = scanCount();
      region.setAttribute(name as string, value as string);
      await scanned(before);
      expect(painted(), name).toEqual(['SFO', 'OASys']);
      region.removeAttribute(name as string);
      await scanned(before + 1);
      expect(painted(), name).toEqual(['SFO', 'MAPPA', 'HMPPS', 'OASys']);
    }
    // contenteditable="false" is not an editor; an attribute the scanner does not watch changes nothing.
    region.setAttribute('contenteditable', 'false');
    region.setAttribute('title', 'x');
    await frame();
    expect(painted()).toEqual(['SFO', 'MAPPA', 'HMPPS', 'OASys']);
  });

  it('drops the text of an open shadow root when its host is hidden, and reads it again when it is shown', async () => {
    stop?.();
    index?.dispose();
    document.body.innerHTML = '<main><p>OASys</p><div id="host"></div></main>';
    const host = document.getElementById('host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>MAPPA</p><div id="inner"></div>';
    (host.shadowRoot!.getElementById('inner') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML = '<p>SFO</p>';
    index = new OccurrenceIndex(document);
    stop = startScanner(document, new PageModel(matcher, GLOSSARY, index));
    await frame();
    expect(painted().sort()).toEqual(['MAPPA', 'OASys', 'SFO']);
    let before = scanCount();
    host.hidden = true;
    await scanned(before);
    expect(painted()).toEqual(['OASys']);
    before = scanCount();
    host.hidden = false;
    await scanned(before);
    expect(painted().sort()).toEqual(['MAPPA', 'OASys', 'SFO']);
  });
});

describe('scanner: a text node too long for one slice', () => {
  it('reads it a window at a time, with the terms one scan of it finds, on the first pass and when it is added later', async () => {
    const filler = 'Practitioners record the outcome of each contact, review the plan at set points. ';
    const half = filler.repeat(Math.ceil(400_000 / filler.length));
    const text = `The SFO review. ${half}The MAPPA panel, HMPPS. ${half}The OASys record.`;
    expect(await scan(`<main><p>${text}</p></main>`)).toEqual(['SFO', 'MAPPA', 'HMPPS', 'OASys']);
    const [full] = performance.getEntriesByName(SCAN_MEASURE) as PerformanceMeasure[];
    expect(full?.detail).toMatchObject({ kind: 'full', occurrences: 4 });
    const p = document.createElement('p');
    p.textContent = text.replace('MAPPA', 'MoJ');
    const before = scanCount();
    document.querySelector('main')?.append(p);
    await scanned(before + 1);
    expect(painted()).toEqual(['SFO', 'MAPPA', 'HMPPS', 'OASys', 'SFO', 'MoJ', 'HMPPS', 'OASys']);
    const kinds = performance.getEntriesByName(SCAN_MEASURE).map((m) => (m as PerformanceMeasure).detail.kind);
    expect(kinds).toEqual(['full', 'mutation', 'mutation']);
  });
});

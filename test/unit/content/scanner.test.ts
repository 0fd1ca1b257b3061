// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../../../src/core/matcher';
import { OccurrenceIndex } from '../../../src/content/occurrences';
import { PageModel } from '../../../src/content/page-model';
import { SCAN_MEASURE, startScanner, type Scanner } from '../../../src/content/scanner';
import type { GlossaryEntry } from '../../../src/shared/types';
import { createSkipTest, skippedUnder } from '../../../src/content/skip';
import { installHighlightApi, nextFrame, scanCount, scanned } from '../support/dom';

const GLOSSARY: GlossaryEntry[] = ['SFO', 'MAPPA', 'HMPPS', 'OASys', 'MoJ'].map((term) => ({
  term, senses: [{ expansion: term, category: 'other' }],
}));
const matcher = compileMatcher(GLOSSARY);

let scanner: Scanner | undefined;
let index: OccurrenceIndex;

beforeEach(() => {
  installHighlightApi();
  performance.clearMeasures();
});
afterEach(() => {
  vi.restoreAllMocks();
  scanner?.stop();
  scanner = undefined;
  index?.dispose();
  vi.unstubAllGlobals();
});


async function scan(html: string): Promise<string[]> {
  scanner?.stop();
  index?.dispose();
  document.body.innerHTML = html;
  index = new OccurrenceIndex(document);
  scanner = startScanner(document, new PageModel(matcher, GLOSSARY, index));
  await idle();
  return painted();
}

/** Waits until the scanner has read every change made so far (its own event, not a fixed time). */
const idle = (): Promise<void> => (scanner as Scanner).idle();

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
    const [view, full] = performance.getEntriesByName(SCAN_MEASURE) as PerformanceMeasure[];
    expect(full?.entryType).toBe('measure');
    // What the reader sees first, then the whole content.
    expect(view?.detail).toMatchObject({ kind: 'view', occurrences: 1 });
    expect(full?.detail).toMatchObject({ kind: 'full', occurrences: 1 });
  });

  it('scans added and changed text, and forgets removed text', async () => {
    await scan('<main><p id="a">SFO</p></main>');
    const main = document.querySelector('main') as HTMLElement;
    const p = document.createElement('p');
    p.textContent = 'A new MAPPA meeting';
    main.append(p);
    await idle();
    expect(painted()).toEqual(['SFO', 'MAPPA']);
    (document.getElementById('a')!.firstChild as Text).data = 'Now HMPPS and OASys';
    await idle();
    expect(painted()).toEqual(['HMPPS', 'OASys', 'MAPPA']);
    p.remove();
    await idle();
    expect(painted()).toEqual(['HMPPS', 'OASys']);
    const kinds = performance.getEntriesByName(SCAN_MEASURE).map((m) => (m as PerformanceMeasure).detail.kind);
    expect(kinds).toEqual(['view', 'full', 'mutation', 'mutation', 'mutation']);
  });

  it('rescans everything when the main element is replaced', async () => {
    await scan('<main><p>SFO</p></main>');
    document.body.innerHTML = '<main><p>MAPPA and MoJ</p></main>';
    await idle();
    expect(painted()).toEqual(['MAPPA', 'MoJ']);
  });

  it('stops observing when stopped', async () => {
    await scan('<main><p>SFO</p></main>');
    const model = (scanner as unknown as { page: PageModel }).page;
    const scanNode = vi.spyOn(model, 'scanNode');
    const measures = scanCount();
    scanner?.stop();
    scanner = undefined;
    document.querySelector('main')?.append('MAPPA');
    // The frame in which a batch of changes would have been read.
    await nextFrame();
    expect(painted()).toEqual(['SFO']);
    expect(scanNode).not.toHaveBeenCalled();
    expect(scanCount()).toBe(measures);
  });

  it('copes with an empty page and a 1 MB text node', async () => {
    expect(await scan('')).toEqual([]);
    const big = 'x'.repeat(500_000) + ' SFO ' + 'y'.repeat(500_000);
    expect(await scan(`<main><p>${big}</p></main>`)).toEqual(['SFO']);
  });
});

describe('scanner: open shadow roots', () => {
  it('reads open shadow roots, nested ones and slotted text, never a closed root or a skipped host', async () => {
    scanner?.stop();
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
    scanner = startScanner(document, new PageModel(matcher, GLOSSARY, index), { onShadowRoot: (r) => roots.push(r) });
    await idle();
    expect(painted().sort()).toEqual(['HMPPS', 'MAPPA', 'OASys', 'SFO']);
    // Every open root is handed on once (for the highlight styles), the navigation's too; the closed one never.
    expect(roots.map((r) => r.host.id).sort()).toEqual(['inner', 'nav-host', 'open', 'outer', 'slot']);
  });

  it('follows changes inside a root, hosts added after load, and hosts removed', async () => {
    scanner?.stop();
    index?.dispose();
    document.body.innerHTML = '<main><p>SFO</p><div id="host"></div></main>';
    const roots: ShadowRoot[] = [];
    index = new OccurrenceIndex(document);
    scanner = startScanner(document, new PageModel(matcher, GLOSSARY, index), { onShadowRoot: (r) => roots.push(r) });
    await idle();
    const root = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<p>MAPPA, attached after the first pass</p>';
    // Attaching a shadow root tells no observer: a host already in the page is found by the next full pass.
    await idle();
    expect(painted()).toEqual(['SFO']);
    // A host added with its root is found when it is added, and its root is observed from then on.
    const added = document.createElement('div');
    added.attachShadow({ mode: 'open' }).innerHTML = '<p id="in">The OASys record</p>';
    document.querySelector('main')?.append(added);
    await idle();
    expect(painted().sort()).toEqual(['OASys', 'SFO']);
    ((added.shadowRoot as ShadowRoot).getElementById('in')!.firstChild as Text).data = 'Now HMPPS';
    await idle();
    expect(painted().sort()).toEqual(['HMPPS', 'SFO']);
    (added.shadowRoot as ShadowRoot).append(Object.assign(document.createElement('p'), { textContent: 'and MoJ' }));
    await idle();
    expect(painted().sort()).toEqual(['HMPPS', 'MoJ', 'SFO']);
    added.remove();
    await idle();
    expect(painted()).toEqual(['SFO']);
    // Put back, it is read again, and handed on for styles only the once it was before.
    document.querySelector('main')?.append(added);
    await idle();
    expect(painted().sort()).toEqual(['HMPPS', 'MoJ', 'SFO']);
    expect(roots.filter((r) => r === added.shadowRoot)).toHaveLength(1);
    added.remove();
    await idle();
    expect(painted()).toEqual(['SFO']);
    // Text under a removed host stays forgotten, and changing it is no longer followed.
    ((added.shadowRoot as ShadowRoot).getElementById('in')!.firstChild as Text).data = 'MAPPA';
    await idle();
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
    await idle();
    expect(painted()).toEqual(['SFO', 'MAPPA', 'HMPPS', 'OASys']);
  });

  it('drops the text of an open shadow root when its host is hidden, and reads it again when it is shown', async () => {
    scanner?.stop();
    index?.dispose();
    document.body.innerHTML = '<main><p>OASys</p><div id="host"></div></main>';
    const host = document.getElementById('host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>MAPPA</p><div id="inner"></div>';
    (host.shadowRoot!.getElementById('inner') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML = '<p>SFO</p>';
    index = new OccurrenceIndex(document);
    scanner = startScanner(document, new PageModel(matcher, GLOSSARY, index));
    await idle();
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
    const full = (performance.getEntriesByName(SCAN_MEASURE) as PerformanceMeasure[]).find((m) => m.detail.kind === 'full');
    expect(full?.detail).toMatchObject({ kind: 'full', occurrences: 4 });
    const p = document.createElement('p');
    p.textContent = text.replace('MAPPA', 'MoJ');
    const before = scanCount();
    document.querySelector('main')?.append(p);
    await scanned(before + 1);
    expect(painted()).toEqual(['SFO', 'MAPPA', 'HMPPS', 'OASys', 'SFO', 'MoJ', 'HMPPS', 'OASys']);
    const kinds = performance.getEntriesByName(SCAN_MEASURE).map((m) => (m as PerformanceMeasure).detail.kind);
    expect(kinds).toEqual(['view', 'full', 'mutation', 'mutation']);
  });
});

describe('scanner: what the reader sees first', () => {
  /** A long page: `n` sections, each a heading with an id and paragraphs naming a term. */
  const longPage = (n: number): string => `<main>${Array.from({ length: n }, (_, i) =>
    `<h2 id="section-${i}">Section ${i}</h2><p>The SFO of section ${i} and the MAPPA panel.</p><p>Plain words without any term at all.</p>`).join('')}</main>`;

  /** A clock on which every reading takes 5 ms: each slice of the pass is over after a few text nodes, on any machine. */
  const slowClock = (): void => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
  };

  /** Starts a scanner on the page, recording which section each read node is in and what is painted at once. */
  function start(html: string, startAt?: string) {
    scanner?.stop();
    index?.dispose();
    document.body.innerHTML = html;
    index = new OccurrenceIndex(document);
    const model = new PageModel(matcher, GLOSSARY, index);
    const events: string[] = [];
    const section = (t: Text): string => (t.parentElement?.textContent?.match(/section (\d+)/i)?.[1]) ?? '?';
    vi.spyOn(model, 'scanNode').mockImplementation(function (this: PageModel, node: Text) {
      events.push(`read ${section(node)}`);
      return PageModel.prototype.scanNode.call(this, node);
    });
    const paintNow = vi.spyOn(model, 'paintNow').mockImplementation(function (this: PageModel, nodes: Iterable<Text>) {
      events.push('paint');
      return PageModel.prototype.paintNow.call(this, nodes);
    });
    slowClock();
    scanner = startScanner(document, model, { startAt: startAt === undefined ? null : document.getElementById(startAt) });
    return { events, paintNow, registry: CSS.highlights as unknown as Map<string, Set<Range>> };
  }

  it('reads and paints the part a URL fragment names first, before the rest of the page is read', async () => {
    const { events, paintNow, registry } = start(longPage(200), 'section-100');
    // At once: the section in view is read and painted; the walk from the top waits for the frame that shows it.
    expect(events.slice(0, 2)).toEqual(['read 100', 'read 100']);
    expect(events).toContain('paint');
    expect(events).not.toContain('read 0');
    expect(paintNow).toHaveBeenCalledTimes(1);
    expect([...(registry.get('probation-jargon') ?? [])].map((r) => r.toString()).slice(0, 2)).toEqual(['SFO', 'MAPPA']);
    expect(scanner?.complete).toBe(false);
    await scanner?.ready;
    // The rest follows from the top, and the nodes read first are not read twice.
    expect(events.filter((e) => e === 'read 100')).toHaveLength(2); // its heading and its paragraph
    expect(events.filter((e) => e === 'read 0')).toHaveLength(2);
    expect(painted()).toHaveLength(400);
    expect(painted().slice(0, 2)).toEqual(['SFO', 'MAPPA']);
  });

  it('without a fragment, paints the top of the content first', () => {
    const { events, paintNow } = start(longPage(400));
    expect(events[0]).toBe('read 0');
    const first = [...(paintNow.mock.calls[0]?.[0] ?? [])];
    expect(first.length).toBeGreaterThan(10);
    expect(first.length).toBeLessThan(1200);
  });

  it('reads what the reader scrolls to next, while the first pass is still reading', async () => {
    const { events, paintNow } = start(longPage(300));
    const target = document.getElementById('section-280') as HTMLElement;
    // The frame after the scroll comes at once: the pass is still near the top when it hears where the reader is.
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => { cb(0); return 1; });
    document.elementFromPoint = () => target;
    expect(scanner?.complete).toBe(false);
    window.dispatchEvent(new Event('scroll'));
    await scanner?.ready;
    const readTarget = events.indexOf('read 280');
    // Read out of order: before the sections just above it, which the walk from the top reaches later.
    expect(readTarget).toBeGreaterThan(-1);
    expect(readTarget).toBeLessThan(events.indexOf('read 279'));
    expect(paintNow.mock.calls.some(([nodes]) => [...nodes].some((t) => t.parentElement === target))).toBe(true);
  });

  it('after stop, nothing of a pass under way runs past its next pause: no read, no measure, no highlight', async () => {
    const { events } = start(longPage(200));
    const registry = CSS.highlights as unknown as Map<string, Set<Range>>;
    expect(registry.get('probation-jargon')?.size).toBeGreaterThan(0);
    // The lens stops while the pass reads section 50, in the middle of a slice.
    const stopped = new Promise<number>((resolve) => {
      const check = (): void => {
        if (!events.includes('read 50')) return void setTimeout(check, 0);
        scanner?.stop();
        index.dispose();
        resolve(events.length);
      };
      check();
    });
    const at = await stopped;
    await scanner?.idle();
    await nextFrame();
    await new Promise((r) => setTimeout(r, 0));
    // At most the rest of that slice (a pause comes every 32 text nodes); never the end of the page.
    expect(events.length - at).toBeLessThanOrEqual(64);
    expect(events).not.toContain('read 199');
    expect((performance.getEntriesByName(SCAN_MEASURE) as PerformanceMeasure[]).some((m) => m.detail.kind === 'full')).toBe(false);
    expect(registry.has('probation-jargon')).toBe(false);
    expect(scanner?.complete).toBe(false);
  });

  it('stops at once when its signal is aborted, and never starts on an aborted one', () => {
    const controller = new AbortController();
    controller.abort();
    document.body.innerHTML = '<main><p>SFO</p></main>';
    index?.dispose();
    index = new OccurrenceIndex(document);
    const s = startScanner(document, new PageModel(matcher, GLOSSARY, index), { signal: controller.signal });
    expect(painted()).toEqual([]);
    expect(s.complete).toBe(false);
  });
});

describe('scanner: order of events', () => {
  it('reads a change made while the first pass runs, and the pass ends with it', async () => {
    scanner?.stop();
    index?.dispose();
    document.body.innerHTML = `<main>${'<p>Plain words, nothing to see.</p>'.repeat(300)}<p id="last">The SFO.</p></main>`;
    index = new OccurrenceIndex(document);
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
    scanner = startScanner(document, new PageModel(matcher, GLOSSARY, index));
    expect(scanner.complete).toBe(false);
    (document.getElementById('last')!.firstChild as Text).data = 'The MAPPA panel.';
    document.querySelector('main')?.prepend(Object.assign(document.createElement('p'), { textContent: 'HMPPS first' }));
    await scanner.idle();
    expect(scanner.complete).toBe(true);
    expect(painted()).toEqual(['HMPPS', 'MAPPA']);
  });
});

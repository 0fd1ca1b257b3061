// The peers, as functions that run in the page's own world (passed to page.evaluate, so each is
// self-contained). Each runs synchronously over the page's <main> and returns { t0, ms, matches }
// (t0 is the start on the page's clock, to find the long tasks of the run).

/** Punctuation that may stand next to a term, for mark.js's "exactly" accuracy (it otherwise wants spaces). */
export const MARK_LIMITERS = [',', '.', ';', ':', '?', '!', "'", '’', '‘', '"', '“', '”', '(', ')', '[', ']', '/', '-', '–', '—'];

/**
 * mark.js as it is usually used: one call with the term list, which mark.js runs one keyword at a
 * time (one walk of the text and one RegExp per keyword, longest first), wrapping each hit in <mark>.
 */
export function markKeywords({ keywords, limiters }) {
  const t0 = performance.now();
  let matches = 0;
  new Mark(document.querySelector('main')).mark(keywords, {
    separateWordSearch: false, caseSensitive: true, diacritics: false,
    accuracy: { value: 'exactly', limiters },
    done: (n) => { matches = n; },
  });
  return { t0, ms: performance.now() - t0, matches };
}

/** mark.js with one combined RegExp (the same pattern as the floor): one walk, <mark> per hit. */
export function markRegExp({ pattern }) {
  const t0 = performance.now();
  let matches = 0;
  new Mark(document.querySelector('main')).markRegExp(new RegExp(pattern, 'gu'), {
    done: (n) => { matches = n; },
  });
  return { t0, ms: performance.now() - t0, matches };
}

/**
 * The floor: one TreeWalker pass, one combined RegExp, a Range per hit in one Highlight registered
 * at the end; nothing else (no skipping, no index, no unknown acronyms, no DOM changes).
 * With `appended`, scans only the elements last appended (see appendParagraphs) into the same highlight.
 */
export function floor({ pattern, name, appended = false }) {
  if (!document.getElementById('bench-floor-style')) {
    // Painted like our terms, so frames after the run cost what ours cost.
    const style = document.createElement('style');
    style.id = 'bench-floor-style';
    style.textContent = `::highlight(${name}) { text-decoration: underline dotted #1d70b8 2px; background-color: rgba(29, 112, 184, 0.1); }`;
    document.head.append(style);
  }
  const re = new RegExp(pattern, 'gu');
  const t0 = performance.now();
  const roots = appended ? window.__benchAppended : [document.querySelector('main')];
  const highlight = CSS.highlights.get(name) ?? new Highlight();
  let matches = 0;
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.data;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const range = new Range();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        highlight.add(range);
        matches++;
      }
    }
  }
  CSS.highlights.set(name, highlight);
  return { t0, ms: performance.now() - t0, matches };
}

/** Appends GOV.UK paragraphs at the end of the document's govspeak in one go; remembers them for floor(). */
export function appendParagraphs({ html }) {
  const template = document.createElement('template');
  template.innerHTML = html;
  window.__benchAppended = [...template.content.children];
  document.querySelector('.govspeak').append(template.content);
  return window.__benchAppended.length;
}

/** Page-script source that makes floor() and appendParagraphs() callable from appendAndPaint(). */
export const INSTALL = `window.__benchPeers = { floor: ${floor.toString()}, appendParagraphs: ${appendParagraphs.toString()} };`;

/**
 * Appends paragraphs (then, for the floor, scans them) and resolves once the frame that shows them
 * has been rendered: the start of the next frame after it. For ours, that frame is the one after the
 * frame in which our batched pass ran. Needs INSTALL.
 */
export async function appendAndPaint({ html, mode, pattern }) {
  const scans = () => performance.getEntriesByName('probation-jargon:scan').length;
  const before = scans();
  const t0 = performance.now();
  window.__benchPeers.appendParagraphs({ html });
  const run = mode === 'floor' ? window.__benchPeers.floor({ pattern, name: 'bench-floor', appended: true }) : null;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  await frame();
  do await frame(); while (mode === 'ours' && scans() === before);
  return { paintedMs: performance.now() - t0, floorMs: run?.ms ?? null, floorMatches: run?.matches ?? null, scanIndex: before };
}

/**
 * The notes peer: a naive text-quote anchorer over the same page. One TreeWalker over <main> for its
 * text (every text node, nothing skipped), String.indexOf of each quote's exact text (the first
 * occurrence; no prefix, suffix or position, no fuzzy matching), a Range per hit (binary search for
 * its text nodes) in one Highlight registered at the end. Synchronous. After the timing, counts the hits
 * that are not where the note was made (`starts`, offsets in the same text): a repeated phrase is found
 * at its first occurrence.
 */
export function naiveAnchor({ quotes, starts: expected, name }) {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  const nodes = [];
  const starts = [];
  const parts = [];
  let length = 0;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    nodes.push(n);
    starts.push(length);
    parts.push(n.data);
    length += n.data.length;
  }
  const text = parts.join('');
  const nodeAt = (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const highlight = new Highlight();
  const hits = [];
  let found = 0;
  for (const exact of quotes) {
    const at = text.indexOf(exact);
    hits.push(at);
    if (at < 0) continue;
    const a = nodeAt(at);
    const b = nodeAt(at + exact.length - 1);
    const range = new Range();
    range.setStart(nodes[a], at - starts[a]);
    range.setEnd(nodes[b], at + exact.length - starts[b]);
    highlight.add(range);
    found++;
  }
  CSS.highlights.set(name, highlight);
  const ms = performance.now() - t0;
  return { t0, ms, found, elsewhere: hits.filter((at, i) => at >= 0 && at !== expected[i]).length };
}

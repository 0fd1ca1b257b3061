// The peers, as functions that run in the page's own world (passed to page.evaluate, so each is
// self-contained). Each runs synchronously over the page's <main> and returns { ms, matches }.

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
  return { ms: performance.now() - t0, matches };
}

/** mark.js with one combined RegExp (the same pattern as the floor): one walk, <mark> per hit. */
export function markRegExp({ pattern }) {
  const t0 = performance.now();
  let matches = 0;
  new Mark(document.querySelector('main')).markRegExp(new RegExp(pattern, 'gu'), {
    done: (n) => { matches = n; },
  });
  return { ms: performance.now() - t0, matches };
}

/**
 * The floor: one TreeWalker pass, one combined RegExp, a Range per hit in one registered
 * Highlight; nothing else (no skipping, no index, no unknown acronyms, no DOM changes).
 * With `appended`, scans only the elements last appended (see appendParagraphs) into the same highlight.
 */
export function floor({ pattern, name, appended = false }) {
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
  return { ms: performance.now() - t0, matches };
}

/** Appends GOV.UK paragraphs at the end of the document's govspeak in one go; remembers them for floor(). */
export function appendParagraphs({ html }) {
  const template = document.createElement('template');
  template.innerHTML = html;
  window.__benchAppended = [...template.content.children];
  document.querySelector('.govspeak').append(template.content);
  return window.__benchAppended.length;
}

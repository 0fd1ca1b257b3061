import type { AnchorState, TextPositionSelector, TextQuoteSelector } from '../shared/types';

/** Context kept either side of a quote, in characters not counting whitespace (so a little longer with it). */
export const CONTEXT = 32;

// How a candidate is scored, all lengths counted without whitespace:
//   score = (Q·quote + context + 4·position) / (Q + P + S + 4)
// Q is the quote's length and P, S the stored prefix's and suffix's, so each part weighs as many
// characters as it has: a long quote vouches for itself, a short one needs its neighbours.
// - quote = 1 − 2·errors/Q: a match at the 25% error bound counts half, because that is where
//   lookalikes sit ("within 15 working days of sentence" / "within 10 working days of release").
// - prefix, suffix = edit similarity above chance, (s − 0.4)/0.6: two unrelated 32-character
//   snippets of English still align about 40% of their characters, which is no evidence.
// - context = P·prefix + S·suffix for an exact quote; (P + S)·min(prefix, suffix) for a changed
//   one, which needs both neighbours: a deleted list item leaves its near-twin beside the same prefix.
// - position = 1 − distance / text length: a tie-breaker.
// In the tests, true passages score ≥ 0.75 when edited in place and 0.67 when moved to another
// section; lookalikes score ≤ 0.44. 0.6 sits between, nearer the true side: a note left orphaned
// can be re-attached by hand, a note on the wrong passage misleads.
/** The score above which a changed passage is still the same passage (see the formula above). */
export const CHANGED_THRESHOLD = 0.6;

const MAX_ERROR_RATE = 0.25;
/** One 32-bit word: Myers' bit-parallel search holds a pattern this long in one integer. */
const WORD = 32;
/** Longer quotes are located by their start, middle and end: a full alignment would cost quote × window. */
const VERIFY_MAX = 512;
/** Boilerplate may occur hundreds of times: only the candidates nearest the old position are scored. */
const MAX_CANDIDATES = 200;
const CHANCE = 0.4;
const POSITION_WEIGHT = 4;
/** A candidate this good ends the search, so an unchanged page never pays for fuzzy matching. */
const SURE = 0.9;

/** Where a passage is now; an orphan keeps the best score it was refused with. */
export interface Anchor { readonly state: AnchorState; readonly start: number; readonly end: number; readonly score: number; }

/** Text without whitespace or invisible characters; `offsets[i]` is where `text[i]` was in the original. */
export interface Normalised { readonly text: string; readonly offsets: Int32Array; }

interface Candidate { start: number; end: number; similarity: number; exact?: boolean; }

const ORPHAN: Anchor = { state: 'orphan', start: -1, end: -1, score: 0 };
const isWord = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

/** Whitespace of every kind, soft hyphens and zero-width characters: rendering, not wording. */
function ignorable(c: number): boolean {
  return c <= 32 || c === 0x85 || c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The text compared when anchoring: whitespace dropped, not collapsed, since an inline element's edge may gain or lose a space ("<b>risk</b>assessment"). */
export function normalise(text: string): Normalised {
  const offsets = new Int32Array(text.length);
  const parts: string[] = [];
  let n = 0, run = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !ignorable(text.charCodeAt(i))) {
      if (run < 0) run = i;
      offsets[n++] = i;
    } else if (run >= 0) {
      parts.push(text.slice(run, i));
      run = -1;
    }
  }
  return { text: parts.join(''), offsets: offsets.subarray(0, n) };
}


/** The index `count` visible characters away from `from`, backwards when `step` is −1. */
function walk(text: string, from: number, count: number, step: 1 | -1): number {
  let i = from;
  for (; count > 0 && (step > 0 ? i < text.length : i > 0); i += step) if (!ignorable(text.charCodeAt(step > 0 ? i : i - 1))) count--;
  return i;
}

/** The selectors describing text[start, end). */
export function describe(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const clamp = (x: number): number => Math.max(0, Math.min(text.length, Math.floor(x) || 0));
  let s = clamp(Math.min(start, end)), e = clamp(Math.max(start, end));
  // Whitespace at a selection's edge is not part of the passage (anchoring never returns it), and
  // contexts hold CONTEXT visible characters however deeply the page's text nodes are indented.
  while (s < e && ignorable(text.charCodeAt(s))) s++;
  while (e > s && ignorable(text.charCodeAt(e - 1))) e--;
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix: text.slice(walk(text, s, CONTEXT, -1), s), suffix: text.slice(e, walk(text, e, CONTEXT, 1)) },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

const PEQ = new Int32Array(65536);

/** Myers (1999) bit-parallel search for a pattern of ≤ 32 characters in O(text): [end, errors] of the best end of each run within `k` errors. */
function search(text: string, pattern: string, k: number, limit: number): number[] {
  const m = pattern.length, last = 1 << (m - 1), hits: number[] = [];
  for (let i = 0; i < m; i++) PEQ[pattern.charCodeAt(i)] = (PEQ[pattern.charCodeAt(i)] as number) | (1 << i);
  let pv = -1, mv = 0, score = m, best = -1, bestErrors = k + 1;
  for (let j = 0; j < text.length && hits.length < 2 * limit; j++) {
    const eq = PEQ[text.charCodeAt(j)] as number, xv = eq | mv, xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv), mh = pv & xh;
    score += (ph & last ? 1 : 0) - (mh & last ? 1 : 0);
    ph <<= 1; // a match may start anywhere: row 0 of the matrix is all zeros, so no carry comes in
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= k && score < bestErrors) [best, bestErrors] = [j + 1, score];
    else if (score > k && best >= 0) {
      hits.push(best, bestErrors);
      [best, bestErrors] = [-1, k + 1];
    }
  }
  if (best >= 0) hits.push(best, bestErrors);
  for (let i = 0; i < m; i++) PEQ[pattern.charCodeAt(i)] = 0;
  return hits;
}

// Four DP rows in one reused buffer (cost and match start, previous and current), swapped by offset.
let rows = new Int32Array(1024);

/** Edit distance of `p` against t[from, to), either end of that part free; also where the best match starts and ends. */
function align(p: string, t: string, from: number, to: number, freeStart: boolean, freeEnd: boolean): { errors: number; start: number; end: number } {
  from = Math.max(0, from);
  const w = Math.max(0, Math.min(t.length, to) - from), size = w + 1;
  if (rows.length < 4 * size) rows = new Int32Array(8 * size);
  const r = rows;
  let prev = 0, cur = size, prevO = 2 * size, curO = 3 * size;
  for (let j = 0; j <= w; j++) [r[prev + j], r[prevO + j]] = [freeStart ? 0 : j, j];
  for (let i = 1; i <= p.length; i++) {
    const c = p.charCodeAt(i - 1);
    [r[cur], r[curO]] = [i, 0];
    for (let j = 1; j <= w; j++) {
      let d = (r[prev + j - 1] as number) + (c === t.charCodeAt(from + j - 1) ? 0 : 1), o = r[prevO + j - 1] as number;
      const up = (r[prev + j] as number) + 1, left = (r[cur + j - 1] as number) + 1;
      if (up < d) { d = up; o = r[prevO + j] as number; }
      if (left < d) { d = left; o = r[curO + j - 1] as number; }
      r[cur + j] = d;
      r[curO + j] = o;
    }
    [prev, cur, prevO, curO] = [cur, prev, curO, prevO];
  }
  // Of equally good ends, the last: an edited last word is kept whole rather than cut short.
  let end = w;
  if (freeEnd) for (let j = w - 1; j >= 0; j--) if ((r[prev + j] as number) < (r[prev + end] as number)) end = j;
  return { errors: r[prev + end] as number, start: from + (r[prevO + end] as number), end: from + end };
}

/** The quote aligned around `at`, if within `k` errors. */
function verified(page: string, q: string, at: number, k: number): Candidate[] {
  const f = align(q, page, at - k, at + q.length + 2 * k, true, true);
  return f.errors <= k && f.end > f.start ? [{ start: f.start, end: f.end, similarity: 1 - f.errors / q.length }] : [];
}

/** Where the fragments searched for begin in a quote of length m: its start, middle and end. */
const fragments = (m: number): number[] => (m <= WORD ? [0] : [0, (m - WORD) >> 1, m - WORD]);

/** Fuzzy candidates: fragments found by Myers' search, then verified (short quotes) or joined up (long ones). */
function approximate(page: string, q: string, hint: number, k: number, offsets: number[]): Candidate[] {
  const m = q.length;
  type Hit = { at: number; fragment: number; end: number; errors: number };
  const hits: Hit[] = [];
  offsets.forEach((o, fragment) => {
    const piece = q.slice(o, o + WORD);
    const found = search(page, piece, Math.floor(piece.length * MAX_ERROR_RATE), 4 * MAX_CANDIDATES);
    for (let i = 0; i < found.length; i += 2) {
      hits.push({ at: (found[i] as number) - piece.length - o, fragment, end: found[i] as number, errors: found[i + 1] as number });
    }
  });
  // Hits of different fragments that predict the same start make one candidate.
  hits.sort((a, b) => a.at - b.at);
  const groups: Hit[][] = [];
  for (const h of hits) {
    const g = groups[groups.length - 1];
    if (g && h.at - (g[0] as Hit).at <= k) g.push(h);
    else groups.push([h]);
  }
  const distance = (g: Hit[]): number => Math.abs((g[0] as Hit).at - hint);
  if (groups.length > MAX_CANDIDATES) groups.sort((a, b) => distance(a) - distance(b));
  return groups.slice(0, MAX_CANDIDATES).flatMap((g): Candidate[] => {
    if (m <= VERIFY_MAX) return verified(page, q, (g[0] as Hit).at, k);
    // A long quote needs its start, middle and end, in order; a changed length counts against it.
    const [first, middle, last] = [0, 1, 2].map((f) => g.filter((h) => h.fragment === f).sort((a, b) => a.errors - b.errors)[0]);
    if (!first || !middle || !last || !(first.end < middle.end && middle.end < last.end)) return [];
    const start = align(q.slice(0, WORD), page, first.end - WORD - WORD / 4, first.end, true, false).start, end = last.end;
    const similarity = (1 - (first.errors + middle.errors + last.errors) / (3 * WORD)) * (1 - Math.abs(end - start - m) / m);
    return similarity >= 1 - MAX_ERROR_RATE ? [{ start, end, similarity }] : [];
  });
}

/** An edited first or last word lets the alignment spill into the context at no cost, or stop mid-word: give back what the context explains, finish words the quote began or ended. */
function fitEdges(page: Normalised, quote: TextQuoteSelector, q: string, prefix: string, suffix: string, c: Candidate): void {
  const { text, offsets } = page;
  for (let t = Math.min(prefix.length, c.end - c.start - 1); t > 0; t--) {
    const head = text.slice(c.start, c.start + t);
    if (prefix.endsWith(head) && !q.startsWith(head)) { c.start += t; break; }
  }
  for (let t = Math.min(suffix.length, c.end - c.start - 1); t > 0; t--) {
    const tail = text.slice(c.end - t, c.end);
    if (suffix.startsWith(tail) && !q.endsWith(tail)) { c.end -= t; break; }
  }
  // Adjacent offsets mean no whitespace between: still inside one word.
  const joined = (i: number): boolean => offsets[i] === (offsets[i - 1] as number) + 1 && isWord(text.charAt(i - 1)) && isWord(text.charAt(i));
  if (!isWord(quote.prefix.slice(-1))) for (let n = 0; n < WORD && c.start > 0 && joined(c.start); n++) c.start--;
  if (!isWord(quote.suffix.charAt(0))) for (let n = 0; n < WORD && c.end < text.length && joined(c.end); n++) c.end++;
}

/** How much of the stored context is still beside the candidate, above chance. */
function context(page: string, stored: string, at: number, before: boolean): number {
  if (stored.length === 0) return 0;
  const slack = stored.length >> 2;
  const f = before ? align(stored, page, at - stored.length - slack, at, true, false) : align(stored, page, at, at + stored.length + slack, false, true);
  return Math.max(0, (1 - f.errors / stored.length - CHANCE) / (1 - CHANCE));
}

/** Finds a passage in the page text as it is now: exact quote with context first; then position; then a fuzzy match scored on quote, prefix, suffix and position. Orphan (start=end=-1) when nothing scores above the threshold. */
export function anchor(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): Anchor {
  return anchorerFor(text)(quote, position);
}

/**
 * Anchors many notes in one page text, normalising it once. The normalised text (4 bytes an
 * offset per character) lives only as long as the returned function: no module keeps a page's text.
 */
export function anchorerFor(text: string): (quote: TextQuoteSelector, position?: TextPositionSelector) => Anchor {
  let page: Normalised | undefined;
  // Selectors come from storage and imports: a malformed one must orphan its note, never break the page.
  return (quote, position) => {
    try { return find((page ??= normalise(String(text ?? ''))), quote, position); } catch { return ORPHAN; }
  };
}

function find(page: Normalised, quote: TextQuoteSelector, position?: TextPositionSelector): Anchor {
  const all = page.text;
  const q = normalise(String(quote.exact ?? '')).text;
  const k = Math.floor(q.length * MAX_ERROR_RATE);
  if (q.length === 0 || q.length - k > all.length) return ORPHAN;
  const raw = { ...quote, prefix: String(quote.prefix ?? ''), suffix: String(quote.suffix ?? '') };
  const prefix = normalise(raw.prefix).text.slice(-CONTEXT), suffix = normalise(raw.suffix).text.slice(0, CONTEXT);
  // The stored position is in original offsets; candidates are in normalised ones.
  const hint = typeof position?.start === 'number' && position.start >= 0 ? lowerBound(page.offsets, position.start) : -1;
  const posWeight = hint >= 0 ? POSITION_WEIGHT : 0;

  const score = (c: Candidate): number => {
    const before = context(all, prefix, c.start, true), after = context(all, suffix, c.end, false);
    const around = c.exact
      ? prefix.length * before + suffix.length * after
      : (prefix.length + suffix.length) * Math.min(prefix ? before : 1, suffix ? after : 1);
    const quoteScore = Math.max(0, 1 - 2 * (1 - c.similarity));
    const pos = hint >= 0 ? 1 - Math.abs(c.start - hint) / all.length : 0;
    return (q.length * quoteScore + around + posWeight * pos) / (q.length + prefix.length + suffix.length + posWeight);
  };
  let top: Candidate | undefined, topScore = -1;
  /** Keeps the best candidate; true when it is good enough to stop looking. */
  const consider = (cs: Candidate[]): boolean => {
    for (const c of cs) {
      if (!c.exact) fitEdges(page, raw, q, prefix, suffix, c);
      const s = score(c);
      if (s > topScore) [top, topScore] = [c, s];
    }
    return topScore >= SURE;
  };
  const exactAt = (start: number): Candidate => ({ start, end: start + q.length, similarity: 1, exact: true });
  // Exact where it was, then exact anywhere; then fuzzy where it was (an edited passage usually stays
  // put); only then the whole page. A weak exact match may be boilerplate elsewhere while the passage
  // itself was edited, so it does not end the search.
  if (hint >= 0 && all.startsWith(q, hint) && consider([exactAt(hint)])) return placed(page, top, topScore);
  const exact: Candidate[] = [];
  for (let i = all.indexOf(q); i >= 0 && exact.length < 8 * MAX_CANDIDATES; i = all.indexOf(q, i + 1)) exact.push(exactAt(i));
  if (exact.length > MAX_CANDIDATES) exact.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint));
  if (!consider(exact.slice(0, MAX_CANDIDATES)) && k > 0 &&
    !(hint >= 0 && q.length <= VERIFY_MAX && consider(verified(all, q, hint, k)))) {
    // A short quote is verified one fragment at a time, usually one pass; a long one needs all three at once.
    const passes = q.length <= VERIFY_MAX ? fragments(q.length).map((o) => [o]) : [fragments(q.length)];
    for (const offsets of passes) if (consider(approximate(all, q, hint, k, offsets))) break;
  }
  return placed(page, top, topScore);
}

/** The anchor for the best candidate, or an orphan that keeps the best score it was refused with. */
function placed(page: Normalised, c: Candidate | undefined, score: number): Anchor {
  if (!c || score <= CHANGED_THRESHOLD) return { ...ORPHAN, score: Math.max(0, score) };
  return { state: c.exact ? 'exact' : 'changed', start: page.offsets[c.start] as number, end: (page.offsets[c.end - 1] as number) + 1, score };
}

/** The first index whose offset is at least `target`. */
function lowerBound(offsets: Int32Array, target: number): number {
  let lo = 0, hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

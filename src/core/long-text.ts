/**
 * Scans one long text a window at a time, so a caller can yield between windows, with exactly the
 * result of one whole scan. Windows are cut just after a character no match can hold (a comma, a full
 * stop, a bracket ... whatever no glossary form uses): a term, a token, its ending, the text a match
 * consumes all stop before it. What the matcher only reads around a match (the neighbouring words of
 * matcher.ts and candidates.ts, at most 40 characters away, and a glue character or a possessive
 * beyond a word) lies within CONTEXT of the cut, and each window's text carries that much on each side.
 */
import type { Candidate } from './candidates';
import type { TextScan } from './matcher';
import type { TermMatch } from '../shared/types';
import { WORD_CHARS } from './text-classes';

/** Characters of a window, before it is stretched to the next cut. */
export const WINDOW = 65_536;

// 40 characters read around a match, and a possessive ('s) and glue character past a word, with room.
const CONTEXT = 64;

const escapeClass = (ch: string): string => ch.replace(/[\\\]^-]/g, '\\$&');

/**
 * A global pattern finding the characters a window may end after: neither white space nor a letter or
 * digit, nor a hyphen, dash or apostrophe (phrases and endings hold those), nor half of a surrogate pair,
 * nor any character of `forms` in either case.
 */
export function cutPattern(forms: Iterable<string>): RegExp {
  const held = new Set<string>();
  for (const form of forms) {
    for (const ch of form) for (const c of [ch, ch.toLowerCase(), ch.toUpperCase()]) if (c.length === 1) held.add(c);
  }
  const extra = [...held].map(escapeClass).join('');
  return new RegExp(`[^\\s${WORD_CHARS}\\-‐‑‒–—'’\\uD800-\\uDFFF${extra}]`, 'g');
}

/**
 * Scans `text` in windows of about `window` characters: each step of the generator scans one window,
 * and its return value equals scan(text). A stretch with no place to cut becomes one longer window.
 */
export function* scanInWindows(scan: (text: string) => TextScan, text: string, cuts: RegExp, window = WINDOW): Generator<void, TextScan, void> {
  const matches: TermMatch[] = [];
  const candidates: Candidate[] = [];
  for (let from = 0; from < text.length;) {
    let to = text.length;
    if (from + window < text.length) {
      cuts.lastIndex = from + window;
      const cut = cuts.exec(text);
      if (cut !== null) to = cut.index + 1;
    }
    if (from === 0 && to === text.length) return scan(text);
    const base = Math.max(0, from - CONTEXT);
    const found = scan(text.slice(base, Math.min(text.length, to + CONTEXT)));
    // Matches that start in the context before `from` or after `to` belong to the windows either side.
    for (const m of found.matches) {
      const start = m.start + base;
      if (start >= from && start < to) matches.push({ ...m, start, end: m.end + base });
    }
    for (const c of found.candidates) {
      const start = c.start + base;
      if (start >= from && start < to) candidates.push({ ...c, start, end: c.end + base });
    }
    from = to;
    if (from < text.length) yield;
  }
  return { matches, candidates };
}

/**
 * Letters, digits and capitals as character classes over UTF-16 code units, for patterns without the
 * 'u' flag. The matcher's one pattern lists every glossary form; with `\p{…}` classes or the 'u' flag
 * V8 cannot skip ahead to the characters a term starts with, and a pattern past about 20 KB of source
 * is not optimised at all. These classes are short and exact where policy text lives (ASCII, Latin-1,
 * Latin Extended, Greek, Cyrillic: test/unit/core/text-classes.test.ts), and treat the punctuation and
 * symbol blocks (quotes, dashes, ellipsis, arrows, CJK punctuation) as non-letters.
 */

/** The inside of a class matching a letter or digit. */
export const WORD_CHARS =
  '0-9A-Za-z\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02C1' +
  '\\u0370-\\u0373\\u0376-\\u037D\\u037F-\\u03A1\\u03A3-\\u03F5\\u03F7-\\u0481\\u048A-\\u1FFF\\u2C00-\\u2DFF\\u3040-\\uD7FF\\uF900-\\uFDFF' +
  '\\uFE70-\\uFEFF\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF66-\\uFFDC';

/**
 * The inside of a class holding every capital of the Latin, Greek and Cyrillic scripts, and also the
 * small letters of the blocks where the two alternate (Latin Extended, Greek, Cyrillic): a finder of
 * places to look, which the exact \\p{Lu} test then confirms.
 */
export const UPPER_CHARS = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F\\u0370-\\u052F\\u1E00-\\u1EFF';

const WORD = new RegExp(`[${WORD_CHARS}]`);

/** Whether text[i] is a letter or digit (false outside the text). */
export function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD.test(text.charAt(i));
}

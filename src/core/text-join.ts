/**
 * Joins the pieces of a PDF page's text (pdf.js text items, one span each in the text layer) into one
 * string the matcher reads, with an index map back to each piece and offset. A line end becomes a space,
 * so a term broken across lines ("Approved / Premises") is one phrase; a hyphen at a line end between
 * letters ("rehabili- / tation") is taken out, joining the word; a soft hyphen is no break at all; runs of
 * white space become one space. Pure: the viewer maps matches back to text-node offsets with it.
 */

/** One piece of a page's text: an item's string, and whether a line ends after it. */
export interface TextPiece {
  readonly text: string;
  readonly eol: boolean;
}

/** The joined text, and for each of its characters the piece and offset it came from (-1 for a space a line end made). */
export interface JoinedText {
  readonly text: string;
  readonly piece: Int32Array;
  readonly offset: Int32Array;
}

const SPACE = /\s/;
const LETTER = /\p{L}/u;
const HYPHENS = /^[-‐‑]$/;
const SOFT_HYPHEN = '\u00ad';

/** Joins a page's pieces into one normalised string with its index map. */
export function joinPieces(pieces: readonly TextPiece[]): JoinedText {
  const chars: string[] = [];
  const piece: number[] = [];
  const offset: number[] = [];
  const push = (c: string, p: number, o: number): void => {
    if (SPACE.test(c)) {
      // One space for a run, and none at the start.
      if (chars.length === 0 || chars[chars.length - 1] === ' ') return;
      c = ' ';
    }
    chars.push(c);
    piece.push(p);
    offset.push(o);
  };
  pieces.forEach((p, i) => {
    const { text } = p;
    let end = text.length;
    // Trailing white space before a line end does not matter for the hyphen test.
    while (end > 0 && SPACE.test(text[end - 1] as string)) end--;
    const next = pieces[i + 1]?.text.trimStart() ?? '';
    const joinsWord = p.eol && end >= 2 && HYPHENS.test(text[end - 1] as string) && LETTER.test(text[end - 2] as string) && /^\p{Ll}/u.test(next);
    for (let k = 0; k < text.length; k++) {
      const c = text[k] as string;
      if (c === SOFT_HYPHEN) continue;
      if (joinsWord && k === end - 1) break;
      push(c, i, k);
    }
    if (p.eol && !joinsWord) push(' ', i, -1);
  });
  while (chars.length > 0 && chars[chars.length - 1] === ' ') {
    chars.pop();
    piece.pop();
    offset.pop();
  }
  return { text: chars.join(''), piece: Int32Array.from(piece), offset: Int32Array.from(offset) };
}

/**
 * Where a span [start, end) of the joined text lies in the pieces: the piece and offset of its first
 * character, and of the position after its last one. A span starting or ending on a space a line end made
 * is moved inwards to real characters; null when it holds none.
 */
export function spanInPieces(joined: JoinedText, start: number, end: number): { startPiece: number; startOffset: number; endPiece: number; endOffset: number } | null {
  let s = start;
  let e = end - 1;
  while (s <= e && (joined.offset[s] ?? -1) < 0) s++;
  while (e >= s && (joined.offset[e] ?? -1) < 0) e--;
  if (s > e) return null;
  return {
    startPiece: joined.piece[s] as number, startOffset: joined.offset[s] as number,
    endPiece: joined.piece[e] as number, endOffset: (joined.offset[e] as number) + 1,
  };
}

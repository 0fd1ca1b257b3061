import { describe, expect, it } from 'vitest';
import { joinPieces, spanInPieces, type TextPiece } from '../../../src/core/text-join';

const p = (text: string, eol = false): TextPiece => ({ text, eol });
/** The pieces' text a span of the joined text covers, read back through the map. */
const readBack = (pieces: TextPiece[], start: number, end: number): string => {
  const joined = joinPieces(pieces);
  const span = spanInPieces(joined, start, end);
  if (span === null) return '';
  let out = '';
  for (let i = span.startPiece; i <= span.endPiece; i++) {
    const text = pieces[i]?.text ?? '';
    out += text.slice(i === span.startPiece ? span.startOffset : 0, i === span.endPiece ? span.endOffset : text.length);
    if (i < span.endPiece) out += '|';
  }
  return out;
};

describe('joining a PDF page’s text', () => {
  it('turns a line end into a space, so a term broken across lines is one phrase', () => {
    const pieces = [p('Residents of Approved', true), p('Premises are supervised.')];
    const joined = joinPieces(pieces);
    expect(joined.text).toBe('Residents of Approved Premises are supervised.');
    const at = joined.text.indexOf('Approved Premises');
    expect(readBack(pieces, at, at + 'Approved Premises'.length)).toBe('Approved|Premises');
  });

  it('joins a word hyphenated at a line end between letters, and maps it to both halves', () => {
    const pieces = [p('Work on rehabili-', true), p('tation starts early.')];
    const joined = joinPieces(pieces);
    expect(joined.text).toBe('Work on rehabilitation starts early.');
    const at = joined.text.indexOf('rehabilitation');
    // The range runs on to the line's end, so the highlight covers the hyphen the reader sees.
    expect(readBack(pieces, at, at + 'rehabilitation'.length)).toBe('rehabili-|tation');
  });

  it('keeps a hyphen that is not a broken word: mid-line, before a capital or a number, after a space', () => {
    expect(joinPieces([p('well-known risk')]).text).toBe('well-known risk');
    expect(joinPieces([p('Pre-', true), p('Sentence Report')]).text).toBe('Pre- Sentence Report');
    expect(joinPieces([p('pages 4 -', true), p('five')]).text).toBe('pages 4 - five');
  });

  it('reads a soft hyphen as no break at all', () => {
    const pieces = [p('rehabil\u00aditation and MAPPA')];
    const joined = joinPieces(pieces);
    expect(joined.text).toBe('rehabilitation and MAPPA');
    const at = joined.text.indexOf('MAPPA');
    expect(readBack(pieces, at, at + 5)).toBe('MAPPA');
    expect(readBack(pieces, 0, 'rehabilitation'.length)).toBe('rehabil\u00aditation');
  });

  it('collapses white space, and joins pieces on one line as they are', () => {
    const joined = joinPieces([p('  The  SFO'), p(' review', true), p(''), p('  found  ')]);
    expect(joined.text).toBe('The SFO review found');
    expect(joined.text.length).toBe(joined.piece.length);
    expect(joined.offset.length).toBe(joined.piece.length);
  });

  it('never places a span on the space a line end made alone', () => {
    const joined = joinPieces([p('A', true), p('B')]);
    expect(joined.text).toBe('A B');
    expect(spanInPieces(joined, 1, 2)).toBeNull();
    expect(spanInPieces(joined, 0, 3)).toEqual({ startPiece: 0, startOffset: 0, endPiece: 1, endOffset: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { UPPER_CHARS, WORD_CHARS } from '../../../src/core/text-classes';

const word = new RegExp(`^[${WORD_CHARS}]$`);
const upper = new RegExp(`^[${UPPER_CHARS}]$`);
const unicodeWord = /^[\p{L}\p{N}]$/u;

function agree(from: number, to: number, ours: RegExp, theirs: RegExp): string[] {
  const differ: string[] = [];
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    if (ours.test(ch) !== theirs.test(ch)) differ.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return differ;
}

describe('text classes', () => {
  it('agree with \\p{L}\\p{N} on ASCII, Latin-1 and Latin Extended', () => {
    expect(agree(0, 0x24f, word, unicodeWord)).toEqual([]);
  });

  it('agree with \\p{L}\\p{N} on Greek and Cyrillic letters', () => {
    expect(agree(0x391, 0x3ff, word, unicodeWord)).toEqual([]);
    expect(agree(0x400, 0x481, word, unicodeWord)).toEqual([]);
    expect(agree(0x48a, 0x52f, word, unicodeWord)).toEqual([]);
  });

  it('treat the punctuation of policy text as edges, not letters', () => {
    for (const ch of '’‘“”–—‐‑…•·«»§¶©®™×÷€£ \u00a0\u2009\u200b') expect(word.test(ch), ch).toBe(false);
  });

  it('count letters of other scripts as letters', () => {
    for (const ch of 'ŵŷẅỳ中ひカ한ไ') expect(word.test(ch), ch).toBe(true);
  });

  it('capitals: exactly \\p{Lu} in ASCII and Latin-1, and every capital of Latin, Greek and Cyrillic', () => {
    expect(agree(0, 0xff, upper, /^\p{Lu}$/u)).toEqual([]);
    for (const [from, to] of [[0x100, 0x24f], [0x370, 0x52f], [0x1e00, 0x1eff]] as const) {
      for (let c = from; c <= to; c++) if (/\p{Lu}/u.test(String.fromCharCode(c))) expect(upper.test(String.fromCharCode(c)), c.toString(16)).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { CASE_DATA_KINDS, findCaseData, isCaseDataMode, noteCaseData } from '../../../src/core/case-data';
import { WITH_IDENTIFIERS, WITHOUT_IDENTIFIERS, type CorpusNote } from './case-data-corpus';

const key = (f: { kind: string; text: string }) => `${f.kind}:${f.text}`;

/** True and false positives and false negatives over a corpus, counting each identifier once. */
function score(corpus: readonly CorpusNote[]) {
  let tp = 0, fp = 0, fn = 0;
  const misses: string[] = [];
  for (const note of corpus) {
    const found = new Set(findCaseData(note.body).map(key));
    const expected = new Set(note.expected.map(key));
    for (const f of found) if (expected.has(f)) tp++; else { fp++; misses.push(`false alarm ${f} in "${note.body}"`); }
    for (const e of expected) if (!found.has(e)) { fn++; misses.push(`missed ${e} in "${note.body}"`); }
  }
  return { tp, fp, fn, misses, precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

describe('case-data guard corpus', () => {
  it('has at least 50 realistic notes, about half with identifiers, covering every kind', () => {
    expect(WITH_IDENTIFIERS.length + WITHOUT_IDENTIFIERS.length).toBeGreaterThanOrEqual(50);
    expect(WITHOUT_IDENTIFIERS.length).toBeGreaterThanOrEqual(25);
    expect(WITH_IDENTIFIERS.length).toBeGreaterThanOrEqual(25);
    const kinds = new Set(WITH_IDENTIFIERS.flatMap((n) => n.expected.map((e) => e.kind)));
    expect([...kinds].sort()).toEqual([...CASE_DATA_KINDS].sort());
  });

  it('raises no false alarm on the notes without identifiers', () => {
    const alarms = WITHOUT_IDENTIFIERS.flatMap((n) => findCaseData(n.body).map((f) => `${key(f)} in "${n.body}"`));
    expect(alarms).toEqual([]);
  });

  it('finds the identifiers with precision and recall reported', () => {
    const all = score([...WITH_IDENTIFIERS, ...WITHOUT_IDENTIFIERS]);
    console.info(`case-data guard: precision ${all.precision.toFixed(3)}, recall ${all.recall.toFixed(3)} ` +
      `(${all.tp} found, ${all.fp} false alarms, ${all.fn} missed, ${WITH_IDENTIFIERS.length + WITHOUT_IDENTIFIERS.length} notes)`);
    expect(all.misses).toEqual([]);
    expect(all.precision).toBe(1);
    expect(all.recall).toBe(1);
  });
});

describe('findCaseData', () => {
  it('says what was found and where', () => {
    const text = 'Relevant for A1234BC at HMP Leeds';
    expect(findCaseData(text)).toEqual([{ kind: 'prison-number', text: 'A1234BC', start: 13, end: 20 }]);
    expect(text.slice(13, 20)).toBe('A1234BC');
  });

  it('reports an identifier once, in text order', () => {
    const found = findCaseData('DOB 01/02/1990 and X123456 and A1234BC');
    expect(found.map((f) => f.kind)).toEqual(['date-of-birth', 'crn', 'prison-number']);
  });

  it('leaves dates alone unless DOB or born is beside them', () => {
    expect(findCaseData('Review on 01/02/1990')).toEqual([]);
    expect(findCaseData('born 01/02/1990').map((f) => f.text)).toEqual(['01/02/1990']);
    expect(findCaseData('born in 1990')).toEqual([]);
  });

  it('knows National Insurance prefixes that are never issued', () => {
    expect(findCaseData('GB123456A')).toEqual([]);
    expect(findCaseData('ZZ 12 34 56 A')).toEqual([]);
    expect(findCaseData('AB 12 34 56 E')).toEqual([]);
  });

  it('finds case data in tags as well as in the text, naming the field', () => {
    expect(noteCaseData({ body: 'fine', tags: ['review', 'X123456'] })).toEqual([
      { kind: 'crn', text: 'X123456', start: 8, end: 15, field: 'tags' },
    ]);
  });

  it('checks modes', () => {
    expect(['off', 'warn', 'block'].every(isCaseDataMode)).toBe(true);
    expect(isCaseDataMode('on')).toBe(false);
    expect(isCaseDataMode(undefined)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { BUILTIN } from '../../../src/core/builtin';
import { pageEntries, searchOver } from '../../../src/popup/glossaries';
import { filterNotes, shorten } from '../../../src/popup/note-filter';
import type { PageSummary } from '../../../src/shared/protocol';
import type { Note } from '../../../src/shared/types';

const summary: PageSummary = {
  enabled: true,
  terms: [
    { term: 'SFO', count: 4, kind: 'jargon', source: 'page', expansion: 'Serious further offence' },
    { term: 'POM', count: 1, kind: 'jargon', source: 'page', expansion: 'prison offender managers' },
    { term: 'MPT', count: 2, kind: 'jargon', source: 'page', expansion: 'Modern Probation Theory' },
    { term: 'MAPPA', count: 9, kind: 'jargon', source: 'built-in' },
    { term: 'XYZQ', count: 3, kind: 'unknown', source: 'unknown' },
  ],
};

describe('the glossaries the popup searches', () => {
  it("turns the page's own definitions into entries, leaving out those a glossary already has", () => {
    expect(pageEntries(summary, BUILTIN)).toEqual([{ term: 'MPT', senses: [{ expansion: 'Modern Probation Theory', category: 'other' }] }]);
    expect(pageEntries(summary).map((e) => e.term)).toEqual(['SFO', 'POM', 'MPT']);
    expect(pageEntries(null)).toEqual([]);
  });

  it('finds built-in, personal and page terms, built-in SFO first for "sfo"', () => {
    const personal = [{ term: 'PLX', senses: [{ expansion: 'Personal lexicon entry', category: 'other' as const }] }];
    const search = searchOver(personal, pageEntries(summary, BUILTIN));
    expect(search.search('sfo')[0]).toMatchObject({ source: 'built-in', entry: { term: 'SFO' } });
    expect(search.search('mpt')[0]).toMatchObject({ source: 'page', entry: { term: 'MPT' } });
    expect(search.search('plx')[0]).toMatchObject({ source: 'personal' });
  });
});

const note = (id: string, body: string, modified: string, extra: Partial<Note> = {}): Note => ({
  id, body, tags: ['ipp'], pageTitle: 'Demo policy', created: modified, modified,
  target: { source: 'https://www.gov.uk/x', quote: { type: 'TextQuoteSelector', exact: 'the allocated practitioner', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 26 } },
  ...extra,
});

describe('the note list', () => {
  const notes = [note('a', 'Ask the SPO', '2026-01-01T00:00:00Z'), note('b', 'Check <b>risk</b>', '2026-02-01T00:00:00Z', { pageTitle: 'Other page', tags: [] })];

  it('matches every word against body, quote, page title and tags, newest first', () => {
    expect(filterNotes(notes, '').map((n) => n.id)).toEqual(['b', 'a']);
    expect(filterNotes(notes, 'spo').map((n) => n.id)).toEqual(['a']);
    expect(filterNotes(notes, 'allocated other').map((n) => n.id)).toEqual(['b']);
    expect(filterNotes(notes, 'IPP').map((n) => n.id)).toEqual(['a']);
    expect(filterNotes(notes, 'nothing')).toEqual([]);
  });

  it('shortens long quotes at a word, and leaves short ones alone', () => {
    expect(shorten('short  quote')).toBe('short quote');
    const long = 'word '.repeat(60);
    const cut = shorten(long, 50);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut.endsWith('word…')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/glossary-io';
import {
  csvRow, escapeMarkdown, guardFormula, toCsv, toMarkdown as toMarkdownIn, toWebAnnotation as toWebAnnotationIn, unguardFormula, type ExportWords,
} from '../../../src/core/export-formats';
import { t } from '../../../src/shared/i18n';
import type { Note } from '../../../src/shared/types';

// The words the background passes, from en_GB's messages (src/background/exchange.ts).
const WORDS: ExportWords = {
  title: t('exportNotesTitle'), noNotes: t('exportNoNotes'), tags: (tags) => t('exportTags', tags),
  noted: (created, edited) => (edited ? t('exportNotedEdited', created, edited) : t('exportNoted', created)),
};
const toMarkdown = (notes: Parameters<typeof toMarkdownIn>[0]) => toMarkdownIn(notes, WORDS);
const toWebAnnotation = (notes: Parameters<typeof toWebAnnotationIn>[0]) => toWebAnnotationIn(notes, WORDS);

const T0 = '2025-01-31T09:00:00.000Z';
const UUID = '0b6c3a52-7f1e-4c7e-9a51-3d2f8a6b1c90';

function note(id: string, fields: Partial<Note> = {}, page = 'https://www.gov.uk/guidance/mappa', start = 10): Note {
  return {
    id,
    target: {
      source: page,
      quote: { type: 'TextQuoteSelector', exact: `passage ${id}`, prefix: 'before ', suffix: ' after' },
      position: { type: 'TextPositionSelector', start, end: start + 10 },
    },
    body: `body ${id}`,
    tags: [],
    pageTitle: 'MAPPA guidance',
    created: T0,
    modified: T0,
    ...fields,
  };
}

describe('toWebAnnotation', () => {
  it('writes a W3C AnnotationCollection with quote and position selectors', () => {
    const doc = JSON.parse(toWebAnnotation([note(UUID, { tags: ['risk'], modified: '2025-02-01T00:00:00.000Z' }), note('not-a-uuid', { body: '' })]));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(2);
    expect(doc.first.type).toBe('AnnotationPage');
    const [a, b] = doc.first.items;
    expect(a).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `urn:uuid:${UUID}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: T0,
      modified: '2025-02-01T00:00:00.000Z',
      body: [
        { type: 'TextualBody', value: `body ${UUID}`, format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: 'risk', purpose: 'tagging' },
      ],
      target: {
        source: 'https://www.gov.uk/guidance/mappa',
        selector: [
          { type: 'TextQuoteSelector', exact: `passage ${UUID}`, prefix: 'before ', suffix: ' after' },
          { type: 'TextPositionSelector', start: 10, end: 20 },
        ],
      },
    });
    // A highlight with no text and no tags has no body; an id that is no UUID still gets a valid IRI.
    expect(b.body).toBeUndefined();
    expect(b.motivation).toBe('highlighting');
    expect(b.id).toBe('urn:probation-lens:note:not-a-uuid');
  });

  it('keeps HTML in a note as plain text', () => {
    const doc = JSON.parse(toWebAnnotation([note(UUID, { body: '<script>alert(1)</script>' })]));
    expect(doc.first.items[0].body[0]).toMatchObject({ value: '<script>alert(1)</script>', format: 'text/plain' });
  });
});

describe('toMarkdown', () => {
  it('groups notes by page, with a linked heading, the quote, the note and the date', () => {
    const md = toMarkdown([
      note('b', { created: '2025-02-02T10:00:00.000Z', modified: '2025-02-03T10:00:00.000Z', tags: ['risk', 'MAPPA'] }, 'https://www.gov.uk/b', 50),
      note('z', { pageTitle: 'Approved premises' }, 'https://www.gov.uk/ap'),
      note('a', {}, 'https://www.gov.uk/b', 5),
    ]);
    expect(md).toBe([
      '# Probation Lens notes',
      '',
      '## [Approved premises](<https://www.gov.uk/ap>)',
      '',
      '> passage z',
      '',
      'body z',
      '',
      '*Noted 2025-01-31*',
      '',
      '## [MAPPA guidance](<https://www.gov.uk/b>)',
      '',
      '> passage a',
      '',
      'body a',
      '',
      '*Noted 2025-01-31*',
      '',
      '> passage b',
      '',
      'body b',
      '',
      '*Noted 2025-02-02, edited 2025-02-03 · Tags: risk, MAPPA*',
      '',
    ].join('\n'));
  });

  it('escapes Markdown and HTML in user text so it stays literal', () => {
    const md = toMarkdown([note('x', {
      pageTitle: 'Title [with] *stars*',
      body: '# not a heading\n- not a list\n1. not a list\n<script>alert(1)</script> &amp; `code` _em_ ~~strike~~ | pipe\n\nnew paragraph',
      target: { ...note('x').target, source: 'https://www.gov.uk/a page>x', quote: { type: 'TextQuoteSelector', exact: 'line one\n> quoted\n    indented', prefix: '', suffix: '' } },
    })]);
    expect(md).toContain('## [Title \\[with\\] \\*stars\\*](<https://www.gov.uk/a%20page%3Ex>)');
    expect(md).toContain('> line one\\\n> \\> quoted\\\n> indented\n');
    expect(md).toContain([
      '\\# not a heading\\',
      '\\- not a list\\',
      '1\\. not a list\\',
      '\\<script\\>alert(1)\\</script\\> \\&amp; \\`code\\` \\_em\\_ \\~\\~strike\\~\\~ \\| pipe',
      '',
      'new paragraph',
    ].join('\n'));
  });

  it('escapes each significant character and leaves plain text alone', () => {
    expect(escapeMarkdown('Plain text, with punctuation: fine.')).toBe('Plain text, with punctuation: fine.');
    expect(escapeMarkdown('a\\b')).toBe('a\\\\b');
    expect(escapeMarkdown('+ x\n= y\n2) z')).toBe('\\+ x\n\\= y\n2\\) z');
  });

  it('says when there are no notes', () => {
    expect(toMarkdown([])).toBe('# Probation Lens notes\n\nNo notes.\n');
  });

  it('writes only the words it is given around the reader’s text, escaped like it', () => {
    const welsh: ExportWords = { title: 'Nodiadau *Probation Lens*', noNotes: 'Dim nodiadau.', tags: (tags) => `Tagiau: ${tags}`, noted: (c, e) => `Nodwyd ${c}${e ? `, newidiwyd ${e}` : ''}` };
    expect(toMarkdownIn([], welsh)).toBe('# Nodiadau \\*Probation Lens\\*\n\nDim nodiadau.\n');
    const md = toMarkdownIn([note('b', { created: '2025-02-02T10:00:00.000Z', modified: '2025-02-03T10:00:00.000Z', tags: ['risk'] })], welsh);
    expect(md).toContain('*Nodwyd 2025-02-02, newidiwyd 2025-02-03 · Tagiau: risk*');
    expect(md).not.toMatch(/Noted|Tags|Probation Lens notes/);
    expect(JSON.parse(toWebAnnotationIn([], welsh)).label).toBe('Nodiadau *Probation Lens*');
  });
});

describe('toCsv', () => {
  it('writes RFC 4180 CSV with a header and CRLF line ends', () => {
    const csv = toCsv([note('a', { tags: ['x', 'y'] })]);
    expect(csv).toBe(
      'id,page_title,page_url,quote,note,tags,created,modified\r\n' +
      `a,MAPPA guidance,https://www.gov.uk/guidance/mappa,passage a,body a,x; y,${T0},${T0}\r\n`,
    );
  });

  it('quotes commas, quotes and line breaks, and reads back the same', () => {
    const tricky = note('a', { body: 'one, "two"\r\nthree\nfour', pageTitle: '<b>bold</b>', tags: ['a,b'] });
    const csv = toCsv([tricky]);
    expect(csv).toContain('"one, ""two""\r\nthree\nfour"');
    const parsed = parseCsv(csv);
    expect(parsed.ok && parsed.value[1]?.cells).toEqual(['a', '<b>bold</b>', tricky.target.source, 'passage a', 'one, "two"\r\nthree\nfour', 'a,b', T0, T0]);
  });

  it('stops a spreadsheet running a cell as a formula', () => {
    const csv = toCsv([note('a', { body: '=HYPERLINK("http://evil","click")', pageTitle: '+1', tags: ['-2', '@SUM(A1)'] })]);
    const parsed = parseCsv(csv);
    expect(parsed.ok && parsed.value[1]?.cells.slice(1, 6)).toEqual(["'+1", 'https://www.gov.uk/guidance/mappa', 'passage a', "'=HYPERLINK(\"http://evil\",\"click\")", "'-2; @SUM(A1)"]);
  });
});

describe('guardFormula', () => {
  it('prefixes cells a spreadsheet would evaluate, and unguardFormula undoes it exactly', () => {
    const cells = ['=1+1', '+44 20', '-5', '@x', '\tx', '\rx', "'=x", "''-x", "'plain", 'plain', '', 'a=b'];
    expect(cells.map(guardFormula)).toEqual(["'=1+1", "'+44 20", "'-5", "'@x", "'\tx", "'\rx", "''=x", "'''-x", "'plain", 'plain', '', 'a=b']);
    for (const cell of cells) expect(unguardFormula(guardFormula(cell))).toBe(cell);
  });

  it('csvRow guards, then quotes', () => {
    expect(csvRow(['=a,b', 'x"y', 'ok'])).toBe('"\'=a,b","x""y",ok');
  });
});

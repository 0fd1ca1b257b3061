/**
 * The Web Annotation export checked against the W3C Web Annotation Data Model (Recommendation,
 * 23 February 2017), one rule per MUST and SHOULD the export meets, written from the spec's sections
 * (the W3C's own JSON schemas are draft-04 files in w3c/web-annotation, not a package); and read back
 * by our own import.
 */
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/core/backup';
import { exportBackup, mergeNotes } from '../../../src/core/backup';
import { toWebAnnotation } from '../../../src/core/export-formats';
import type { Note } from '../../../src/shared/types';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
// 3.3.x and 4: the motivations of the model's vocabulary.
const MOTIVATIONS = new Set(['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging']);
// An absolute IRI (RFC 3987's scheme ":" ...), with no spaces.
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/;
// xsd:dateTime with a timezone; the model says SHOULD be UTC, with Z.
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const URN_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type J = Record<string, unknown>;
const asList = (x: unknown): unknown[] => (Array.isArray(x) ? x : [x]);
const hasType = (o: J, type: string) => asList(o.type).includes(type);
const nonNegativeInteger = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;

/** Every way an annotation breaks the model (sections 3.1, 3.2, 3.3, 4.2.4, 4.2.5), as sentences. */
function annotationErrors(a: J, where: string): string[] {
  const errors: string[] = [];
  const must = (ok: boolean, what: string) => { if (!ok) errors.push(`${where}: ${what}`); };
  // 3.1: an annotation on its own MUST have @context with the anno context, an id (IRI), type Annotation, a target.
  must(asList(a['@context']).includes(CONTEXT), '@context MUST include the anno.jsonld context');
  must(typeof a.id === 'string' && IRI.test(a.id), 'id MUST be an IRI');
  must(hasType(a, 'Annotation'), 'type MUST include Annotation');
  must(a.target !== undefined && asList(a.target).length > 0, 'MUST have one or more targets');
  // 3.3.1: created and modified are xsd:dateTime, SHOULD be UTC.
  for (const key of ['created', 'modified']) must(typeof a[key] === 'string' && UTC_TIME.test(a[key]), `${key} SHOULD be a UTC xsd:dateTime`);
  must(Date.parse(a.modified as string) >= Date.parse(a.created as string), 'modified is not before created');
  if (a.motivation !== undefined) for (const m of asList(a.motivation)) must(MOTIVATIONS.has(m as string), `motivation ${String(m)} is one of the model's`);
  for (const [i, body] of (a.body === undefined ? [] : asList(a.body)).entries()) {
    const b = body as J;
    // 3.2.4: an embedded TextualBody MUST have a value; type SHOULD be TextualBody; purpose a motivation.
    must(hasType(b, 'TextualBody'), `body ${i} type TextualBody`);
    must(typeof b.value === 'string', `body ${i} value MUST be text`);
    if (b.purpose !== undefined) must(MOTIVATIONS.has(b.purpose as string), `body ${i} purpose is a motivation`);
    if (b.format !== undefined) must(/^[a-z]+\/[a-z0-9.+-]+$/.test(b.format as string), `body ${i} format is a media type`);
  }
  for (const [i, target] of asList(a.target).entries()) {
    const t = target as J;
    // 4: a SpecificResource MUST have a source (an IRI).
    must(typeof t.source === 'string' && IRI.test(t.source), `target ${i} source MUST be an IRI`);
    for (const selector of t.selector === undefined ? [] : asList(t.selector)) {
      const s = selector as J;
      if (hasType(s, 'TextQuoteSelector')) {
        // 4.2.4: exact MUST; prefix and suffix, when there, are text.
        must(typeof s.exact === 'string' && s.exact !== '', `target ${i} TextQuoteSelector exact MUST be text`);
        for (const k of ['prefix', 'suffix']) if (s[k] !== undefined) must(typeof s[k] === 'string', `target ${i} ${k} is text`);
      } else if (hasType(s, 'TextPositionSelector')) {
        // 4.2.5: start and end MUST be non-negative integers, end at or after start.
        must(nonNegativeInteger(s.start) && nonNegativeInteger(s.end), `target ${i} TextPositionSelector start and end MUST be non-negative integers`);
        must((s.end as number) >= (s.start as number), `target ${i} TextPositionSelector end is not before start`);
      } else if (hasType(s, 'FragmentSelector')) {
        // 4.2.1: value MUST be there; conformsTo SHOULD name the fragment specification (RFC 3778 for PDF pages).
        must(typeof s.value === 'string' && s.value !== '', `target ${i} FragmentSelector value MUST be text`);
        must(typeof s.conformsTo === 'string' && IRI.test(s.conformsTo), `target ${i} FragmentSelector conformsTo SHOULD be an IRI`);
      } else errors.push(`${where}: target ${i} has a selector of an unexpected type`);
    }
  }
  return errors;
}

/** Every way a collection breaks the model (sections 5.1 and 5.2), with each annotation in it. */
function collectionErrors(doc: J): string[] {
  const errors: string[] = [];
  const must = (ok: boolean, what: string) => { if (!ok) errors.push(what); };
  // 5.1: @context MUST, id MUST (an IRI), type MUST be AnnotationCollection; label, total, first SHOULD.
  must(asList(doc['@context']).includes(CONTEXT), 'collection @context MUST include the anno.jsonld context');
  must(typeof doc.id === 'string' && IRI.test(doc.id), 'collection id MUST be an IRI');
  must(hasType(doc, 'AnnotationCollection'), 'collection type MUST be AnnotationCollection');
  must(typeof doc.label === 'string' && doc.label !== '', 'collection label SHOULD be text');
  must(nonNegativeInteger(doc.total), 'collection total SHOULD be a non-negative integer');
  const items: unknown[] = [];
  // 5.1: first MUST be there when the collection has annotations; 5.2: each page is walked through next.
  must((doc.total as number) === 0 || doc.first !== undefined, 'collection with annotations MUST have first');
  let page = doc.first as J | undefined, index = 0, last: unknown;
  while (page !== undefined) {
    // 5.2: a page MUST have an id (IRI), type AnnotationPage and one or more items; partOf and startIndex SHOULD.
    must(typeof page.id === 'string' && IRI.test(page.id), `page ${index} id MUST be an IRI`);
    must(page.id !== doc.id, `page ${index} id is not the collection's`);
    must(hasType(page, 'AnnotationPage'), `page ${index} type MUST be AnnotationPage`);
    must(Array.isArray(page.items) && page.items.length > 0, `page ${index} MUST have one or more items`);
    must(page.partOf === doc.id || (page.partOf as J | undefined)?.id === doc.id, `page ${index} partOf SHOULD be the collection`);
    must(page.startIndex === items.length, `page ${index} startIndex SHOULD be the index of its first item`);
    items.push(...(page.items as unknown[]));
    last = page.id;
    page = page.next as J | undefined;
    index++;
  }
  if (doc.last !== undefined) must(doc.last === last || (doc.last as J).id === last, 'collection last is the last page');
  must(items.length === doc.total, `total ${String(doc.total)} is the number of annotations (${items.length})`);
  const ids = items.map((a) => (a as J).id);
  must(new Set(ids).size === ids.length, 'annotation ids are unique');
  items.forEach((a, i) => errors.push(...annotationErrors(a as J, `annotation ${i}`)));
  return errors;
}

const T0 = '2025-01-31T09:00:00.000Z';
const note = (id: string, fields: Partial<Note> = {}): Note => ({
  id, body: `body ${id}`, tags: [], pageTitle: 'MAPPA guidance', created: T0, modified: T0,
  target: {
    source: 'https://www.gov.uk/guidance/mappa',
    quote: { type: 'TextQuoteSelector', exact: `passage ${id}`, prefix: 'before ', suffix: ' after' },
    position: { type: 'TextPositionSelector', start: 10, end: 20 },
  },
  ...fields,
});
const NOTES = [
  note('0b6c3a52-7f1e-4c7e-9a51-3d2f8a6b1c90', { tags: ['risk', 'MAPPA'], modified: '2025-02-01T00:00:00.000Z' }),
  note('an old id/with ünicode', { body: '' }),
  note('9d2b7c1e-0000-4a4a-8b8b-123456789abc', { body: 'Line one\nline "two" <b>', target: { source: 'https://www.justice.gov.uk/x?y=1#z', quote: { type: 'TextQuoteSelector', exact: 'SFO', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 3 } } }),
];
const PDF = 'https://assets.publishing.service.gov.uk/media/5f1e2d3c4b5a69788796a5b4/policy.pdf';
const FP = '6b4f5e3a2c1d0e9f8a7b6c5d4e3f2a1b';
/** Notes on PDFs: one at a GOV.UK address, one on a file opened from this computer (filed under its URN). */
const PDF_NOTES = [
  note('1c2d3e4f-0000-4a4a-8b8b-123456789abc', { pageTitle: 'Probation Lens test policy', target: {
    source: PDF, fingerprint: FP, page: 2,
    quote: { type: 'TextQuoteSelector', exact: 'within ten working days', prefix: 'every risk review ', suffix: ' of the change.' },
    position: { type: 'TextPositionSelector', start: 1234, end: 1257 },
  } }),
  note('2c2d3e4f-0000-4a4a-8b8b-123456789abc', { target: {
    source: `urn:x-pdf:${FP}`, fingerprint: FP, page: 1,
    quote: { type: 'TextQuoteSelector', exact: 'SFO', prefix: 'The ', suffix: ' review' },
    position: { type: 'TextPositionSelector', start: 30, end: 33 },
  } }),
];
const WORDS = { title: 'Probation Lens notes' };

describe('the W3C Web Annotation export', () => {
  it('is a valid AnnotationCollection: ids on the collection and its page, total, first, and each annotation complete on its own', () => {
    const doc = JSON.parse(toWebAnnotation(NOTES, WORDS)) as J;
    expect(collectionErrors(doc)).toEqual([]);
    expect(doc.id).toMatch(URN_UUID);
    expect((doc.first as J).id).toMatch(URN_UUID);
    expect(doc.total).toBe(3);
  });

  it('is valid with no notes: a collection with total 0 and no page', () => {
    const doc = JSON.parse(toWebAnnotation([], WORDS)) as J;
    expect(collectionErrors(doc)).toEqual([]);
    expect(doc.first).toBeUndefined();
  });

  it('gives the same notes the same collection id, and other notes another', () => {
    const id = (notes: Note[]) => (JSON.parse(toWebAnnotation(notes, WORDS)) as J).id;
    expect(id(NOTES)).toBe(id([...NOTES]));
    expect(id(NOTES)).not.toBe(id(NOTES.slice(1)));
  });

  it('the check can fail: it names each missing id, context, total and a broken annotation', () => {
    const doc = JSON.parse(toWebAnnotation(NOTES, WORDS)) as J;
    const page = doc.first as J & { items: J[] };
    delete doc.id;
    delete page.id;
    delete (page.items[0] as J)['@context'];
    delete (page.items[1] as J).created;
    doc.total = 2;
    expect(collectionErrors(doc)).toEqual(expect.arrayContaining([
      'collection id MUST be an IRI', 'page 0 id MUST be an IRI', 'total 2 is the number of annotations (3)',
      'annotation 0: @context MUST include the anno.jsonld context', 'annotation 1: created SHOULD be a UTC xsd:dateTime',
    ]));
  });
});

describe('PDF notes in the W3C export', () => {
  it('stay valid, with the PDF’s address, the page (RFC 3778) and the file’s urn:x-pdf: fingerprint as a second target', () => {
    const doc = JSON.parse(toWebAnnotation([...NOTES, ...PDF_NOTES], WORDS)) as J & { first: { items: J[] } };
    expect(collectionErrors(doc)).toEqual([]);
    const [atAddress, local] = doc.first.items.slice(3) as Array<J & { target: unknown }>;
    const targets = asList(atAddress!.target) as J[];
    expect(targets.map((t) => t.source)).toEqual([PDF, `urn:x-pdf:${FP}`]);
    expect(targets[0]!.selector).toContainEqual({ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=2' });
    // A file from this computer has only its URN: one target.
    expect((local!.target as J).source).toBe(`urn:x-pdf:${FP}`);
    // Web-page notes are as before: one target, no page.
    expect(JSON.stringify(doc.first.items[0])).not.toContain('FragmentSelector');
  });

  it('the check can fail on a fragment selector without a value', () => {
    const doc = JSON.parse(toWebAnnotation(PDF_NOTES, WORDS)) as J & { first: { items: Array<{ target: Array<{ selector: J[] }> }> } };
    delete doc.first.items[0]!.target[0]!.selector[2]!.value;
    expect(collectionErrors(doc)).toContain('annotation 0: target 0 FragmentSelector value MUST be text');
  });

  it('read back with their fingerprint and page, and again from our backup', () => {
    const untitled = (n: Note) => ({ ...n, pageTitle: '' });
    const parsed = parseBackup(toWebAnnotation(PDF_NOTES, WORDS));
    expect(parsed.ok && parsed.value.notes.map(untitled)).toEqual(PDF_NOTES.map(untitled));
    const backup = parseBackup(exportBackup(PDF_NOTES, [], new Date(T0)));
    expect(backup.ok && backup.value.notes).toEqual(PDF_NOTES);
  });

  it('take a fingerprint from any urn:x-pdf: target of another tool’s annotation, and refuse a malformed one', () => {
    const doc = JSON.parse(toWebAnnotation(PDF_NOTES.slice(0, 1), WORDS)) as J & { first: { items: Array<{ target: unknown }> } };
    const [web, urn] = doc.first.items[0]!.target as J[];
    doc.first.items[0]!.target = [{ source: String(urn!.source).toUpperCase().replace('URN:X-PDF:', 'urn:x-pdf:') }, web];
    const parsed = parseBackup(JSON.stringify(doc));
    expect(parsed.ok).toBe(false); // the first target (the urn alone) has no quote: named, nothing imported
    doc.first.items[0]!.target = [web, { source: 'urn:x-pdf:not-hex' }];
    const again = parseBackup(JSON.stringify(doc));
    expect(again.ok && again.value.notes[0]?.target.fingerprint).toBeUndefined();
  });
});

describe('importing our W3C export', () => {
  it('reads back every note as it was (all but the page title, which the model has no place for)', () => {
    const parsed = parseBackup(toWebAnnotation(NOTES, WORDS));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const back = parsed.value.notes;
    const untitled = (n: Note) => ({ ...n, pageTitle: '' });
    expect(back.map(untitled)).toEqual(NOTES.map(untitled));
    // Imported over the same notes, nothing changes: the merge keeps them all.
    expect(mergeNotes(NOTES, back)).toMatchObject({ write: [], added: 0, updated: 0, kept: 3 });
  });

  it('names what is wrong in a broken one, by annotation, and imports nothing', () => {
    const doc = JSON.parse(toWebAnnotation(NOTES, WORDS)) as J & { first: { items: J[] } };
    delete doc.first.items[1]?.created;
    const parsed = parseBackup(JSON.stringify(doc));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => [p.code, p.field])).toContainEqual(['missing', 'first.items[1].created']);
  });
});

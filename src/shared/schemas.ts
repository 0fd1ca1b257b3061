/**
 * The one definition of what a valid note and glossary term are: their fields, types and sizes. Every
 * boundary checks with these: the background's calls (src/shared/protocol.ts, strict: an unknown field
 * is refused), storage before it writes, and the backup and glossary imports (src/core, where unknown
 * fields of a file are dropped). Each message is a problem's code and values (src/shared/problems.ts),
 * never words, so an import can name the problem and a call can name the field.
 */
import * as v from 'valibot';
import { schemaMessage } from './problems';
import type { Category } from './types';

/** Largest note body, in UTF-8 bytes (1 MiB). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Largest quoted passage, with its prefix and suffix, in UTF-8 bytes (256 KiB): a 100 KB selection of typographic text fits with room. */
export const MAX_QUOTE_BYTES = 256 * 1024;
/** Largest id, address, title or tag, in UTF-8 bytes. */
export const MAX_SHORT = 8 * 1024;
/** Most tags on one note. */
export const MAX_TAGS = 100;

/** UTF-8 length of a string, counting no further than stop. */
export function utf8Length(s: string, stop = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= stop; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { n += 4; i++; } // a surrogate pair
    else n += 3;
  }
  return n;
}

/** A JSON path as people read it: notes[3].target.quote.exact. */
export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** The field a schema issue is about, as a path (entry.senses[0].definition); for an unknown field, that field. */
export function issueField(issue: v.BaseIssue<unknown>, prefix = ''): string {
  const keys = (issue.path ?? []).map((item) => item.key);
  return keys.reduce<string>((path, key) => (typeof key === 'string' || typeof key === 'number' ? joinPath(path, key) : path), prefix);
}

const TEXT = schemaMessage('expected-text', {});
/** The message for a value that should be an object. */
export const OBJECT = schemaMessage('expected-object', {});
/** The message for a value that should be a list. */
export const LIST = schemaMessage('expected-list', {});
const TIME = schemaMessage('expected-time', {});
const WHOLE = schemaMessage('expected-whole-number', {});
/** The message for a list over max terms. */
export const tooManyTerms = (max: number) => schemaMessage('too-many-terms', { max });

const fits = (max: number) => v.check((s: string) => utf8Length(s, max) <= max, schemaMessage('too-long-bytes', { max }));
const filled = v.check((s: string) => s !== '', schemaMessage('empty', {}));
/** Text of at most max UTF-8 bytes, possibly empty. */
export const text = (max: number) => v.pipe(v.string(TEXT), fits(max));
/** Non-empty text of at most max UTF-8 bytes. */
export const filledText = (max: number) => v.pipe(v.string(TEXT), filled, fits(max));
/** Non-empty text of at most max characters. */
export const chars = (max: number) => v.pipe(v.string(TEXT), filled, v.maxLength(max, schemaMessage('too-long-characters', { max })));
const offset = v.pipe(v.number(WHOLE), v.safeInteger(WHOLE), v.minValue(0, WHOLE));
/** A PDF's fingerprint as pdf.js gives it (fingerprints[0]), lower-case hex. */
export const fingerprintSchema = v.pipe(v.string(TEXT), v.regex(/^[0-9a-f]{16,64}$/, schemaMessage('expected-value', { expected: '16 to 64 hexadecimal digits' })));
const pageNumber = v.pipe(v.number(WHOLE), v.safeInteger(WHOLE), v.minValue(1, WHOLE));
const boolean = v.optional(v.boolean(schemaMessage('expected-boolean', {})));

const isIso = (s: string) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString() === s;
/** Only the exact toISOString form: storage indexes sort these strings, so each must sort as it reads. */
export const isoTime = v.pipe(v.string(TIME), v.check(isIso, TIME));

// A record, not a list, so that it fails to compile if Category gains a member this lacks (or it names one Category lacks).
const CATEGORIES = { organisation: true, role: true, process: true, system: true, document: true, legislation: true, other: true } as const satisfies Record<Category, true>;
const CATEGORY_LIST = Object.keys(CATEGORIES) as Category[];
/** A sense's category, one of the fixed list. */
export const categorySchema = v.picklist(CATEGORY_LIST, schemaMessage('expected-category', { categories: CATEGORY_LIST.join(', ') }));

// valibot runs a partial check even when a part already failed its own check: one report is enough.
const quoteFits = (parts: string[]) => parts.some((p) => utf8Length(p, MAX_QUOTE_BYTES) > MAX_QUOTE_BYTES) || utf8Length(parts.join(''), MAX_QUOTE_BYTES) <= MAX_QUOTE_BYTES;

// The same shapes in two strictnesses: a call or a write refuses a field it does not know (strict), an
// imported file has its unknown fields dropped (loose). Both types are the same; only unknown keys differ.
type ObjectOf = typeof v.strictObject;

function shapes(object: ObjectOf) {
  const sense = object({
    expansion: chars(300),
    category: v.optional(categorySchema, 'other'),
    definition: v.optional(chars(2000)),
  }, OBJECT);

  const glossaryEntry = object({
    term: chars(100),
    variants: v.optional(v.array(chars(100), LIST)),
    senses: v.pipe(v.array(sense, LIST), v.minLength(1, schemaMessage('no-senses', {}))),
    commonWord: boolean,
    lookupOnly: boolean,
    phrase: boolean,
    renamed: v.optional(object({ now: chars(100), note: v.optional(chars(300)) }, OBJECT)),
  }, OBJECT);

  const quote = v.pipe(
    object({
      type: v.literal('TextQuoteSelector', schemaMessage('expected-value', { expected: 'TextQuoteSelector' })),
      exact: filledText(MAX_QUOTE_BYTES),
      prefix: text(MAX_QUOTE_BYTES),
      suffix: text(MAX_QUOTE_BYTES),
    }, OBJECT),
    v.forward(v.partialCheck([['exact'], ['prefix'], ['suffix']], (q) => quoteFits([q.exact, q.prefix, q.suffix]), schemaMessage('quote-too-long', { max: MAX_QUOTE_BYTES })), ['exact']),
  );

  const position = v.pipe(
    object({ type: v.literal('TextPositionSelector', schemaMessage('expected-value', { expected: 'TextPositionSelector' })), start: offset, end: offset }, OBJECT),
    v.forward(v.partialCheck([['start'], ['end']], (p) => p.end >= p.start, schemaMessage('end-before-start', {})), ['end']),
  );

  const note = v.pipe(
    object({
      id: filledText(MAX_SHORT),
      target: object({
        source: filledText(MAX_SHORT),
        contentId: v.optional(filledText(MAX_SHORT)),
        quote,
        position,
        fingerprint: v.optional(fingerprintSchema),
        page: v.optional(pageNumber),
      }, OBJECT),
      body: text(MAX_BODY_BYTES),
      tags: v.pipe(v.array(filledText(MAX_SHORT), LIST), v.maxLength(MAX_TAGS, schemaMessage('too-many-tags', { max: MAX_TAGS }))),
      pageTitle: text(MAX_SHORT),
      created: isoTime,
      modified: isoTime,
    }, OBJECT),
    // As with the quote, a time that is already wrong is not compared.
    v.forward(v.partialCheck([['created'], ['modified']], (n) => !isIso(n.created) || !isIso(n.modified) || n.modified >= n.created, schemaMessage('modified-before-created', {})), ['modified']),
  );

  return { sense, glossaryEntry, note };
}

const strict = shapes(v.strictObject);
// Same entries and output; only an unknown key is dropped instead of refused.
const loose = shapes(v.object as unknown as ObjectOf);

/** A sense as a call or storage takes it; a missing category means 'other'. */
export const senseSchema = strict.sense;
/** A glossary term as a call or storage takes it: an unknown field is refused. */
export const glossaryEntrySchema = strict.glossaryEntry;
/** A note as a call or storage takes it: an unknown field is refused. */
export const noteSchema = strict.note;
/** A glossary term as read from an imported file: unknown fields are dropped. */
export const importedGlossaryEntrySchema = loose.glossaryEntry;
/** A note as read from an imported file: unknown fields are dropped. */
export const importedNoteSchema = loose.note;

/** Property tests: the pure core never throws, and what it returns always makes sense, for any input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, CHANGED_THRESHOLD, describe as describeQuote } from '../../../src/core/anchoring';
import { parseBackup } from '../../../src/core/backup';
import { BUILTIN } from '../../../src/core/builtin';
import { findCandidates } from '../../../src/core/candidates';
import { findDefinitions } from '../../../src/core/definitions';
import { parseGlossary } from '../../../src/core/glossary-io';
import { compileMatcher } from '../../../src/core/matcher';
import { problemText } from '../../../src/options/problem-text';
import { PHRASE_FALSE_FRIENDS } from '../../../src/core/phrases-data';

const matcher = compileMatcher(BUILTIN, PHRASE_FALSE_FRIENDS);
// Text made of glossary forms, brackets, capitals and ordinary words, so the properties meet real cases.
const pieces = fc.constantFrom('SFO', 'MAPPA', 'PO Box', "SFO's", 'PSO’s', 'approved premises', 'Offender Manager', '(', ')', '((', ' ', '\n',
  'QRT', 'the', 'Modern Probation Theory', '(MPT)', 'HMI Probation', 'CAS-3', '-', '.', 'OASys', 'offenders', 'ARMS', 'CALL', '’', 'é', '📄');
const text = fc.oneof(fc.string({ maxLength: 300 }), fc.array(pieces, { maxLength: 80 }).map((a) => a.join('')), fc.string({ unit: 'grapheme', maxLength: 200 }));
const RUNS = { numRuns: 400 };

describe('the matcher, for any text', () => {
  it('never throws, and returns ordered, non-overlapping spans inside the text', () => {
    fc.assert(fc.property(text, (t) => {
      let end = 0;
      for (const m of matcher.find(t)) {
        expect(m.start).toBeGreaterThanOrEqual(end);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(t.length);
        expect(BUILTIN[m.entry]).toBeDefined();
        end = m.end;
      }
    }), RUNS);
  });
});

describe('the acronym candidates and the definition finder, for any text', () => {
  it('never throw and return spans inside the text', () => {
    fc.assert(fc.property(text, (t) => {
      for (const c of findCandidates(t, (x) => matcher.isForm(x))) expect(t.slice(c.start, c.end).startsWith(c.token)).toBe(true);
      for (const d of findDefinitions(t)) {
        expect(d.start).toBeGreaterThanOrEqual(0);
        expect(d.end).toBeLessThanOrEqual(t.length);
        expect(t.slice(d.start, d.end)).toContain(d.short);
      }
    }), RUNS);
  });
});

describe('anchoring', () => {
  const page = fc.array(fc.constantFrom('The practitioner reviews the plan.', 'A PSO holds lower-risk cases.', 'Contact is weekly at first.',
    'The SPO countersigns high-risk assessments.', 'Notes are kept on nDelius.', 'Each review is recorded.'), { minLength: 3, maxLength: 30 })
    .map((sentences) => sentences.map((s, i) => `${i + 1}. ${s}`).join(' '));

  it('finds a passage exactly on the page it was made on', () => {
    fc.assert(fc.property(page, fc.nat(), fc.nat(), (t, a, b) => {
      const start = a % t.length;
      const end = Math.min(t.length, start + 1 + (b % 80));
      fc.pre(t.slice(start, end).trim().length > 0);
      const { quote, position } = describeQuote(t, start, end);
      expect(anchor(t, quote, position)).toMatchObject({ state: 'exact', start: position.start, end: position.end });
    }), RUNS);
  });

  it('never places a note on text that differs beyond the threshold, whatever the edits', () => {
    fc.assert(fc.property(page, page, fc.nat(), (before, after, a) => {
      const sentences = before.split(/(?<=\.)\s/);
      const chosen = sentences[a % sentences.length] ?? '';
      const start = before.indexOf(chosen);
      const { quote, position } = describeQuote(before, start, start + chosen.length);
      const found = anchor(after, quote, position);
      if (found.state === 'orphan') return;
      expect(found.score).toBeGreaterThan(CHANGED_THRESHOLD);
      if (found.state === 'exact') expect(after.slice(found.start, found.end).replace(/\s+/g, '')).toBe(quote.exact.replace(/\s+/g, ''));
    }), RUNS);
  });

  it('never throws on malformed selectors', () => {
    fc.assert(fc.property(fc.string(), fc.anything(), fc.anything(), (t, q, p) => {
      expect(() => anchor(t, q as never, p as never)).not.toThrow();
    }), RUNS);
  });
});

describe('the import parsers, for any file', () => {
  const json = fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ format: 'probation-lens-backup', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', notes: [v], glossary: [] })));
  it('never throw, and either succeed or say what is wrong, with a code the options page words', () => {
    fc.assert(fc.property(json, (t) => {
      for (const result of [parseBackup(t), parseGlossary(t, 'json'), parseGlossary(t, 'csv')]) {
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) {
            // Every problem has a code of ours (not valibot's own message kept as `invalid`) and words for it.
            expect(p.code).not.toBe('invalid');
            expect(problemText(p).length).toBeGreaterThan(0);
          }
        }
      }
    }), RUNS);
  });
});

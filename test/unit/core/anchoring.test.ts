/**
 * Text-quote anchoring: a note must come back on its passage after GOV.UK edits the page, and must
 * never land on a different passage. Fixture pages are read as the content script reads them (the
 * concatenation of <main>'s text nodes), then edited the ways GOV.UK pages change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe as suite, expect, it } from 'vitest';
import { anchor, anchorerFor, CHANGED_THRESHOLD, CONTEXT, describe, normalise, type Anchor } from '../../../src/core/anchoring';

const FIXTURES = resolve('test/fixtures/pages');

/** The text of <main> as a concatenation of its text nodes (nothing added between elements). */
function mainText(html: string): string {
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? html;
  return main.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, '\u00a0').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&');
}

const PAGES = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'))
  .map((f) => ({ name: f, text: mainText(readFileSync(resolve(FIXTURES, f), 'utf8')) }));
const PI = (PAGES.find((p) => p.name === 'pi-management-oversight.html') as { text: string }).text;

type Note = ReturnType<typeof describe>;

/** Sentences long enough to carry a note, as [start, end) spans. */
function sentences(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/[A-Z0-9][^.!?\n]{30,300}[.!?]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The selectors for the n-th occurrence of `passage`, and where it was. */
function noteOn(text: string, passage: string, n = 0): Note & { at: number } {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(passage, at + 1);
  expect(at, `"${passage}" occurs ${n + 1} times`).toBeGreaterThanOrEqual(0);
  return { ...describe(text, at, at + passage.length), at };
}

/** `text` with its single occurrence of `from` replaced by `to`. */
function edit(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  expect(i, `"${from}" is in the text`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(from, i + 1), `"${from}" occurs once`).toBe(-1);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

// One anchorer per page text, as the content script makes one per refresh: the page is normalised once.
let last: { text: string; anchor: ReturnType<typeof anchorerFor> } | undefined;
const reanchor = (text: string, note: Note): Anchor => {
  if (last?.text !== text) last = { text, anchor: anchorerFor(text) };
  return last.anchor(note.quote, note.position);
};
const at = (text: string, a: Anchor): string => text.slice(a.start, a.end);

/** mulberry32: a small seeded PRNG, so that a failure reproduces. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = [...new Set(PAGES.flatMap((p) => p.text.match(/[A-Za-z]{3,}/g) ?? []))];

/** About `size` characters of policy-like prose: fixture words in fresh sentences, indented like GOV.UK's HTML. */
function bigPage(size: number, seed = 7): string {
  const random = prng(seed);
  const word = (): string => VOCABULARY[Math.floor(random() * VOCABULARY.length)] as string;
  const parts: string[] = [];
  for (let length = 0; length < size;) {
    const words = Array.from({ length: 8 + Math.floor(random() * 18) }, word);
    const sentence = `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.${random() < 0.3 ? '\n            ' : ' '}`;
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join('');
}

/** A page where passages have lookalikes: near-twin sentences and list items, boilerplate, a sentence twice. */
const LOOKALIKES = mainText(`<main>
  <h2>3. Assessment</h2>
  <p>3.1 Practitioners must complete the OASys assessment within 15 working days of sentence. The assessment is countersigned by an SPO where the person is assessed as high risk.</p>
  <p>3.2 Practitioners must complete the risk review within 10 working days of release. The review is shared with the Offender Manager in custody.</p>
  <p>For more information, contact the regional quality lead.</p>
  <h2>4. Recall</h2>
  <p>4.1 A recall decision is recorded on nDelius on the day it is made. The SPO must record an MO within five working days.</p>
  <p>4.2 Licence conditions are reviewed at every supervision appointment. The SPO must record an MO within five working days.</p>
  <p>An MO is required when:</p>
  <ul>
    <li>a person on licence is recalled</li>
    <li>a person on licence is charged</li>
    <li>a case is assessed as high risk of serious harm</li>
    <li>a case is assessed as very high risk of serious harm</li>
  </ul>
  <p>For more information, contact the regional quality lead.</p>
  <h2>5. Transfers</h2>
  <p>5.1 When a case moves between regions, the sending practitioner completes a transfer summary.</p>
</main>`);
const TWICE = 'The SPO must record an MO within five working days.';
const BOILERPLATE = 'For more information, contact the regional quality lead.';
const OASYS = 'Practitioners must complete the OASys assessment within 15 working days of sentence.';

/** `text` without its n-th occurrence of `passage`. */
function without(text: string, passage: string, n: number): string {
  const { at: i } = noteOn(text, passage, n);
  return text.slice(0, i) + text.slice(i + passage.length);
}

/** Notes whose passage is gone while a lookalike remains: [passage, occurrence, the page now]. */
function lookalikes(): [string, number, string][] {
  return [
    // The whole paragraph goes: its neighbour has the same structure, and now the same prefix.
    [OASYS, 0, edit(LOOKALIKES, `3.1 ${OASYS} The assessment is countersigned by an SPO where the person is assessed as high risk.`, '')],
    [OASYS, 0, edit(LOOKALIKES, OASYS, 'Practitioners must complete the sentence plan within 20 working days of allocation.')],
    ...['a person on licence is recalled', 'a person on licence is charged', 'a case is assessed as high risk of serious harm',
      'a case is assessed as very high risk of serious harm'].map((item): [string, number, string] => [item, 0, without(LOOKALIKES, item, 0)]),
    ...[BOILERPLATE, TWICE].flatMap((p) => [0, 1].map((n): [string, number, string] => [p, n, without(LOOKALIKES, p, n)])),
  ];
}

suite('normalise and describe', () => {
  it('drops whitespace and invisible characters, keeping where each character was', () => {
    const n = normalise(' a \n\u00a0b\u00adc\u200b ');
    expect(n.text).toBe('abc');
    expect([...n.offsets]).toEqual([1, 5, 7]);
  });

  it('keeps CONTEXT visible characters either side, however indented the page is', () => {
    const text = `${'word '.repeat(20)}\n              the passage itself\n              ${'more '.repeat(20)}`;
    const note = describe(text, text.indexOf('the passage') - 3, text.indexOf('itself') + 8);
    expect(note.quote.exact).toBe('the passage itself');
    expect(note.position).toEqual({ type: 'TextPositionSelector', start: text.indexOf('the'), end: text.indexOf('itself') + 6 });
    expect(normalise(note.quote.prefix).text).toHaveLength(CONTEXT);
    expect(normalise(note.quote.suffix).text).toHaveLength(CONTEXT);
  });
});

suite('anchor', () => {
  it('finds every sentence of every unchanged fixture page exactly, at the same offsets', () => {
    for (const { name, text } of PAGES) {
      for (const s of sentences(text)) {
        const a = reanchor(text, describe(text, s.start, s.end));
        expect({ name, state: a.state, start: a.start, end: a.end }).toEqual({ name, state: 'exact', start: s.start, end: s.end });
      }
    }
  });

  it('stays exact when only words nearby changed, and finds the passage changed when it changed too', () => {
    const passage = 'The decision and the SPO’s reasons are recorded as an MO, even when the decision is to take no action.';
    const note = noteOn(PI, passage);
    let page = edit(PI, 'whether to ask for a recall.', 'whether to request a recall.');
    page = edit(page, '4.3 Records created before', '4.3 Records made before');
    const a = reanchor(page, note);
    expect(a.state).toBe('exact');
    expect(at(page, a)).toBe(passage);
    page = edit(page, 'take no action', 'take no further action');
    const b = reanchor(page, note);
    expect(b.state).toBe('changed');
    expect(at(page, b)).toBe(passage.replace('no action', 'no further action'));
  });

  it('finds a passage with a word changed inside it, including its first or last word', () => {
    const cases: [string, string, string][] = [
      ['2.1 A senior probation officer (SPO) must record an MO within five working days when:', 'five', 'ten'],
      ['Managers MUST record their oversight on the case record itself.', 'Managers', 'Supervisors'],
      ['Its members change every 12 months.', 'months', 'weeks'],
    ];
    for (const [passage, from, to] of cases) {
      const page = edit(PI, passage, passage.replace(from, to));
      const a = reanchor(page, noteOn(PI, passage));
      expect(a.state).toBe('changed');
      expect(at(page, a)).toBe(passage.replace(from, to));
      expect(a.score).toBeGreaterThan(CHANGED_THRESHOLD);
    }
  });

  it('orphans a passage that was rewritten or deleted, and places it nowhere else', () => {
    const passage = 'The national oversight helpdesk is open from 10am to 4pm, Monday to Friday.';
    const note = noteOn(PI, passage);
    for (const page of [
      edit(PI, passage, 'Contact the helpdesk by email: it no longer takes telephone calls.'),
      edit(PI, passage, ''),
      edit(PI, `5.2 ${passage}`, '5.2 The national oversight helpdesk has closed, and queries now go to regional teams.'),
    ]) {
      expect(reanchor(page, note)).toMatchObject({ state: 'orphan', start: -1, end: -1 });
    }
  });

  it('never moves a note onto a lookalike: a near-twin sentence or list item, the same boilerplate or sentence elsewhere', () => {
    for (const [passage, n, page] of lookalikes()) {
      const a = reanchor(page, noteOn(LOOKALIKES, passage, n));
      expect({ passage, n, state: a.state, start: a.start }).toEqual({ passage, n, state: 'orphan', start: -1 });
    }
  });

  it('CHANGED_THRESHOLD leaves a margin below true passages and above lookalikes', () => {
    const decision = 'The decision and the SPO’s reasons are recorded as an MO, even when the decision is to take no action.';
    const nearby = edit(edit(PI, 'whether to ask for a recall.', 'whether to request a recall.'), '4.3 Records created', '4.3 Records made');
    const appeal = '5.1 Staff who disagree with a manager’s decision can ask for it to be reviewed by the head of the delivery unit.';
    const nhs = 'Where oversight touches on the health of the person on probation, managers should follow the information sharing agreement with the local NHS trust.';
    const moved = edit(edit(PI, `5.3 ${nhs}`, '5.3'), '6.1 An equality', `Health information. ${nhs} 6.1 An equality`);
    const truePassages: [string, string, string][] = [
      ['words changed nearby', decision, nearby],
      ['words changed nearby and inside', decision, edit(nearby, 'take no action', 'take no further action')],
      ['a number changed', 'A senior probation officer (SPO) must record an MO within five working days when:', edit(PI, 'within five working days when', 'within ten working days when')],
      ['first word changed', 'Managers MUST record their oversight on the case record itself.', edit(PI, 'Managers MUST', 'Supervisors MUST')],
      ['last word changed', 'Its members change every 12 months.', edit(PI, 'every 12 months', 'every 12 weeks')],
      ['a heading inserted before', appeal, edit(PI, appeal, `Asking for a review\n${appeal}`)],
      ['moved to another section', nhs, moved],
    ];
    const scores = truePassages.map(([label, passage, page]) => {
      const a = reanchor(page, noteOn(PI, passage));
      expect(a.state, label).not.toBe('orphan');
      return a.score;
    });
    const lookalikeScores = lookalikes().map(([passage, n, page]) => reanchor(page, noteOn(LOOKALIKES, passage, n)).score);
    const lowest = Math.min(...scores), highest = Math.max(...lookalikeScores);
    console.log(`anchoring, scores: true passages ≥ ${lowest.toFixed(3)}, lookalikes ≤ ${highest.toFixed(3)}, threshold ${CHANGED_THRESHOLD}`);
    expect(lowest).toBeGreaterThan(CHANGED_THRESHOLD + 0.05);
    expect(highest).toBeLessThan(CHANGED_THRESHOLD - 0.1);
  });

  it('tells the same sentence twice apart by its context, before and after the page changes', () => {
    const first = noteOn(LOOKALIKES, TWICE, 0), second = noteOn(LOOKALIKES, TWICE, 1);
    expect(reanchor(LOOKALIKES, first)).toMatchObject({ state: 'exact', start: first.at });
    expect(reanchor(LOOKALIKES, second)).toMatchObject({ state: 'exact', start: second.at });
    // Text added above moves both by their distance apart: the second's stored position now points at the first.
    const gap = second.at - first.at;
    const page = edit(LOOKALIKES, '3. Assessment', `${'A paragraph added above everything else. '.repeat(10).slice(0, gap)}3. Assessment`);
    expect(page.indexOf(TWICE)).toBe(second.at);
    expect(reanchor(page, first)).toMatchObject({ state: 'exact', start: first.at + gap });
    expect(reanchor(page, second)).toMatchObject({ state: 'exact', start: second.at + gap });
    // One copy edited: its note follows the edit rather than jumping to the untouched copy.
    const i = second.at + gap;
    const edited = page.slice(0, i) + TWICE.replace('five', 'ten') + page.slice(i + TWICE.length);
    expect(reanchor(edited, second)).toMatchObject({ state: 'changed', start: i, end: i + TWICE.length - 1 });
    expect(reanchor(edited, first)).toMatchObject({ state: 'exact', start: first.at + gap });
  });

  it('ignores whitespace and line breaks that differ between visits', () => {
    const reflowed = PI.replace(/\s+/g, ' ');
    const rewrapped = PI.replace(/ /g, (_: string, i: number) => (i % 7 === 0 ? '\n        ' : i % 5 === 0 ? '\u00a0' : ' '));
    for (const s of sentences(PI)) {
      const note = describe(PI, s.start, s.end);
      for (const page of [reflowed, rewrapped]) {
        const a = reanchor(page, note);
        expect(a.state).toBe('exact');
        expect(normalise(at(page, a)).text).toBe(normalise(note.quote.exact).text);
      }
    }
  });

  it('anchors across inline elements, even when their edge gains or loses a space', () => {
    const before = mainText('<main><p>2.2 An <abbr title="Management Oversight">MO</abbr> is recorded on <strong>nDelius</strong>using the oversight contact type, not as a general case note.</p></main>');
    const note = noteOn(before, 'recorded on nDeliususing the oversight contact type');
    for (const html of [
      '<main><p>2.2 An <abbr title="Management Oversight">MO</abbr> is recorded on <strong>nDelius</strong> using the oversight contact type, not as a general case note.</p></main>',
      '<main><p>2.2 An <abbr>MO</abbr> is recorded on\n  <strong>nDelius </strong>\n  using the oversight contact type, not as a general case note.</p></main>',
    ]) {
      const page = mainText(html);
      const a = reanchor(page, note);
      expect(a.state).toBe('exact');
      expect(at(page, a).replace(/\s+/g, ' ')).toBe('recorded on nDelius using the oversight contact type');
    }
  });

  it('anchors a 100 KB quote: exact, changed inside, and gone', () => {
    const page = bigPage(300_000);
    const start = page.indexOf('. ', 100_000) + 2, end = page.indexOf('.', start + 100_000) + 1;
    const note = describe(page, start, end);
    expect(note.quote.exact.length).toBeGreaterThan(100_000);
    expect(reanchor(page, note)).toMatchObject({ state: 'exact', start, end });
    // Near its start (-1 character) and in its middle (+4).
    const edited = `${page.slice(0, start + 5)}XYZ${page.slice(start + 9, start + 50_000)}inserted words${page.slice(start + 50_010)}`;
    expect(reanchor(edited, note)).toMatchObject({ state: 'changed', start, end: end + 3 });
    const gone = page.slice(0, start) + bigPage(100_000, 99) + page.slice(end);
    expect(reanchor(gone, note)).toMatchObject({ state: 'orphan', start: -1 });
  });

  it('anchors quotes at the very start and the very end of the text', () => {
    const first = '1.1 This instruction sets out when managers must record';
    const last = 'Urgent questions about a live case should go to the duty manager in the probation delivery unit.';
    const text = PI.slice(PI.indexOf(first), PI.indexOf(last) + last.length);
    const head = describe(text, 0, first.length), tail = describe(text, text.length - last.length, text.length);
    expect([head.quote.prefix, tail.quote.suffix]).toEqual(['', '']);
    expect(reanchor(text, head)).toMatchObject({ state: 'exact', start: 0, end: first.length });
    expect(reanchor(text, tail)).toMatchObject({ state: 'exact', start: text.length - last.length, end: text.length });
    expect(reanchor(`1. Purpose\n${text}`, head)).toMatchObject({ state: 'exact', start: 11 });
    const ended = text.replace('duty manager', 'duty officer');
    const a = reanchor(ended, tail);
    expect(a.state).toBe('changed');
    expect(at(ended, a)).toBe(last.replace('duty manager', 'duty officer'));
    const started = text.replace('managers must', 'SPOs must');
    expect(at(started, reanchor(started, head))).toBe(first.replace('managers must', 'SPOs must'));
  });

  it('survives random edits away from a passage, and never lands on another sentence after heavy edits inside it', () => {
    const random = prng(2025);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    const counts: Record<'far' | 'heavy', Record<string, number>> = { far: {}, heavy: {} };
    const count = (kind: 'far' | 'heavy', state: string): void => {
      counts[kind][state] = (counts[kind][state] ?? 0) + 1;
    };
    const TRIALS = 300;
    for (let trial = 0; trial < TRIALS; trial++) {
      const { text } = pick(PAGES);
      const all = sentences(text);
      const s = pick(all);
      const note = describe(text, s.start, s.end);
      // 1–3 small edits at least 200 characters from the passage, applied from the end backwards.
      const room = [[0, s.start - 200], [s.end + 200, text.length - 8]].filter(([from, to]) => (to as number) > (from as number));
      const spots = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const [from, to] = pick(room) as [number, number];
        return from + Math.floor(random() * (to - from));
      }).sort((x, y) => y - x);
      let page = text, shift = 0;
      for (const p of spots) {
        const cut = Math.floor(random() * 8), insert = pick(VOCABULARY).slice(0, Math.floor(random() * 8));
        page = page.slice(0, p) + insert + page.slice(p + cut);
        if (p < s.start) shift += insert.length - cut;
      }
      const a = reanchor(page, note);
      count('far', a.state);
      expect({ trial, state: a.state, start: a.start, end: a.end }).toEqual({ trial, state: 'exact', start: s.start + shift, end: s.end + shift });

      // Heavy edits inside: 30–70% of the passage's words replaced.
      const share = 0.3 + random() * 0.4;
      const heavy = text.slice(s.start, s.end).replace(/[A-Za-z]+/g, (w) => (random() < share ? pick(VOCABULARY) : w));
      const edited = text.slice(0, s.start) + heavy + text.slice(s.end);
      const b = reanchor(edited, note);
      count('heavy', b.state);
      if (b.state === 'orphan') continue;
      const delta = heavy.length - (s.end - s.start);
      for (const o of all) {
        if (o === s) continue;
        const [os, oe] = o.start > s.start ? [o.start + delta, o.end + delta] : [o.start, o.end];
        expect(b.end <= os || b.start >= oe, `trial ${trial}: "${at(edited, b)}" overlaps "${edited.slice(os, oe)}"`).toBe(true);
      }
    }
    console.log(`anchoring, ${TRIALS} random trials: small edits far away ${JSON.stringify(counts.far)}; heavy edits inside ${JSON.stringify(counts.heavy)}`);
    expect(counts.far).toEqual({ exact: TRIALS });
  });

  it('never throws, whatever it is given', () => {
    const huge = bigPage(1_000_000, 3);
    const quote = (exact: unknown, prefix: unknown = '', suffix: unknown = ''): never => ({ type: 'TextQuoteSelector', exact, prefix, suffix }) as never;
    const inputs: [unknown, unknown][] = [
      ['', describe('', 0, 0).quote],
      ['some text', describe('some text', 0, 0).quote],
      ['short', quote('a quote much longer than the text it is looked for in')],
      [PI, {}],
      [PI, null],
      [PI, quote(null, 3, undefined)],
      [null, describe(PI, 10, 50).quote],
      ['   \n\t  ', quote('  ')],
      ['😀 emoji 👍🏽 text 😀', describe('😀 emoji 👍🏽 text 😀', 1, 12).quote],
      [huge, describe(huge, 500_000, 500_300).quote],
      [`${huge.slice(0, 500_100)}zzz${huge.slice(500_120)}`, describe(huge, 500_000, 500_300).quote],
      [PI, quote(huge.slice(0, 100_000))],
    ];
    for (const [text, q] of inputs) {
      expect(() => anchor(text as string, q as never, { type: 'TextPositionSelector', start: -5, end: Number.NaN })).not.toThrow();
      expect(() => anchor(text as string, q as never)).not.toThrow();
    }
    expect(anchor('', describe('', 0, 0).quote)).toMatchObject({ state: 'orphan', start: -1 });
    expect(describe('abc', 9, -4).position).toEqual({ type: 'TextPositionSelector', start: 0, end: 3 });
  });

  // How fast is measured by npm run bench (bench/core.mjs, and placing 500 notes in a real page), never asserted here.
  it('places 500 notes on a 400 KB page exactly, and an edited passage as changed, in place or moved', () => {
    const page = bigPage(400_000, 11);
    const spans = sentences(page);
    const notes = Array.from({ length: 500 }, (_, i) => spans[Math.floor((i * spans.length) / 500)] as { start: number; end: number })
      .map((s) => describe(page, s.start, s.end));
    const target = notes[250] as Note;
    const edited = page.replace(target.quote.exact, target.quote.exact.replace(/[a-z]{4,}/, 'changed'));
    const states = notes.map((note) => reanchor(page, note).state);
    expect(new Set(states)).toEqual(new Set(['exact']));
    // Changed where it was; changed and moved, so that only a search of the whole page finds it.
    const moved = bigPage(20_000, 5) + edited;
    for (const text of [edited, moved]) {
      const found = reanchor(text, target);
      expect(found.state).toBe('changed');
      expect(text.slice(found.start, found.end)).toContain('changed');
    }
  });
});

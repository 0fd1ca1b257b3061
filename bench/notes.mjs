// Data for the notes and popup measurements: notes made the way the extension makes them (its own
// page text and describe(), bundled from src/ with esbuild), other notes to fill the database, and look-ups.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Page-script source defining window.__benchNotes = { extractPageText, describe }: the content script's
 * text extraction (src/content/page-text.ts) and the selection describer (src/core/anchoring.ts).
 */
export async function anchoringHelpers() {
  const result = await esbuild.build({
    stdin: {
      contents: "export { extractPageText } from './src/content/page-text';\nexport { describe } from './src/core/anchoring';\n",
      resolveDir: ROOT, loader: 'ts',
    },
    bundle: true, format: 'iife', globalName: '__benchNotes', platform: 'browser', write: false, logLevel: 'silent',
  });
  return `${result.outputFiles[0].text}\nwindow.__benchNotes = __benchNotes;`;
}

/**
 * Runs in the page (after anchoringHelpers): `n` passages spread evenly over the main text, each a
 * few words to a couple of sentences (20 to 200 characters, whole words), described as the extension
 * describes a reader's selection. Seeded, so every run notes the same passages.
 */
export function pickPassages({ n, seed }) {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const { text } = window.__benchNotes.extractPageText(document);
  const out = [];
  for (let i = 0; i < n; i++) {
    let start = Math.floor(((i + rnd() * 0.8) * text.length) / n);
    while (start < text.length && /\S/.test(text[start - 1] ?? ' ')) start++;
    let end = Math.min(text.length, start + 20 + Math.floor(rnd() * 180));
    while (end < text.length && /\S/.test(text[end])) end++;
    const d = window.__benchNotes.describe(text, start, end);
    if (d.quote.exact !== '') out.push(d);
  }
  return { passages: out, textLength: text.length };
}

const time = (i) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
const BODIES = [
  'Check with the SPO before the next review.',
  'Ask the team about this at supervision; the guidance changed last year and not everyone has seen it.',
  'Key point for the induction pack.',
  'Compare with the approved premises guidance. The timescales differ and the reasons are not given here.',
];

/** A note as storage keeps it. */
function note(id, i, source, { quote, position }, pageTitle) {
  return {
    id, body: `${BODIES[i % BODIES.length]} (${i})`, tags: i % 5 === 0 ? ['bench'] : [], pageTitle,
    created: time(i), modified: time(i), target: { source, quote, position },
  };
}

/** Notes on the measured page, one per passage. */
export function pageNotes(source, passages) {
  return passages.map((p, i) => note(`bench-anchor-${i}`, i, source, p, 'Managing cases in the community: practice guidance'));
}

/** `n` notes on 200 other pages (never opened), quoting the same passages, to fill the database. */
export function otherNotes(n, passages) {
  return Array.from({ length: n }, (_, i) => note(`bench-other-${i}`, 100_000 + i, `https://www.gov.uk/guidance/bench-other-page-${i % 200}`,
    passages[i % passages.length], `Other guidance ${i % 200}`));
}

/** A backup file holding the notes, for the background's importData call. */
export function backupFile(notes) {
  return JSON.stringify({ format: 'probation-lens-backup', version: 1, exportedAt: '2026-03-02T10:00:00.000Z', notes, glossary: [] });
}

/** `n` look-ups of glossary forms, a few terms often and most rarely (Zipf-like, seeded). */
export function lookupTerms(glossary, n) {
  const terms = [...new Set(glossary.forms.map((f) => f.text))];
  let total = 0;
  const cumulative = terms.map((_, i) => (total += 1 / (i + 1)));
  let a = 12345;
  const rnd = () => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 4294967296);
  return Array.from({ length: n }, () => {
    const x = rnd() * total;
    return terms[Math.max(0, cumulative.findIndex((c) => c >= x))];
  });
}

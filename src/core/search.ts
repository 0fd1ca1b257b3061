/**
 * Look-up search for the popup: finds glossary entries as the user types, by abbreviation, by the
 * words of an expansion, with small typos forgiven. Everything is indexed once, so a keystroke only
 * walks a small vocabulary (about 1,500 distinct words for the built-in glossary).
 */
import type { GlossaryEntry } from '../shared/types';
import { formsOf } from './glossary';

/** Where an entry comes from; shown on each result. */
export type SearchSource = 'built-in' | 'team' | 'personal' | 'page';

/** One glossary, with where it came from. */
export interface SearchSourceList {
  readonly entries: readonly GlossaryEntry[];
  readonly source: SearchSource;
}

/** One match; higher scores are better, and results come sorted by score. */
export interface SearchResult {
  readonly entry: GlossaryEntry;
  readonly source: SearchSource;
  readonly score: number;
}

/** A search over fixed glossaries. */
export interface Search {
  /** The best matches for what the user has typed so far, best first; [] for an empty query. */
  search(query: string, limit?: number): SearchResult[];
}

// Match kinds, best first. The score is (6 - kind) * 100 plus a bonus under 100, so a kind always
// outranks every worse kind whatever its bonus.
const EXACT = 0, FORM_PREFIX = 1, WORD = 2, WORD_PREFIX = 3, TYPO = 4, DEFINITION = 5;

// Same-score tie-breakers: a page's own definition is the most specific, then the user's own.
const SOURCE_BONUS: Record<SearchSource, number> = { page: 0.2, personal: 0.1, team: 0.05, 'built-in': 0 };

// A pasted paragraph must not cost more than a short query.
const MAX_QUERY = 100;
const MAX_WORDS = 8;

interface Item {
  readonly entry: GlossaryEntry;
  readonly source: SearchSource;
  readonly group: string;
  readonly forms: readonly string[];
  readonly expansions: readonly string[];
  readonly definitions: readonly string[];
}

/** Lower case, accents and typographic apostrophes folded, possessive 's dropped, spaces collapsed. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const wordsOf = (normalised: string): string[] => normalised.match(/[\p{L}\p{N}]+/gu) ?? [];

/** Indexes the glossaries once and returns a search over them. */
export function createSearch(sources: readonly SearchSourceList[]): Search {
  const items: Item[] = [];
  const vocabulary = new Map<string, number[]>();
  for (const { entries, source } of sources) {
    for (const entry of entries) {
      const id = items.length;
      const forms = formsOf(entry).map(normalise);
      const expansions = entry.senses.map((s) => normalise(s.expansion));
      const renamed = entry.renamed ? [normalise(entry.renamed.now)] : [];
      items.push({
        entry, source, forms, expansions,
        group: normalise(entry.term),
        definitions: entry.senses.map((s) => normalise(s.definition ?? '')),
      });
      for (const word of new Set([...forms, ...expansions, ...renamed].flatMap(wordsOf))) {
        const ids = vocabulary.get(word);
        if (ids) ids.push(id);
        else vocabulary.set(word, [id]);
      }
    }
  }

  return {
    search(query, limit = 20) {
      const q = normalise(query.slice(0, MAX_QUERY * 4)).slice(0, MAX_QUERY);
      if (q === '' || limit <= 0) return [];
      const kinds = matchKinds(q, items, vocabulary);
      const scored = [...kinds].map(([id, kind]) => {
        const item = items[id]!;
        return { item, score: (6 - kind) * 100 + bonus(kind, q, item) };
      });
      // A personal (or page) entry for a term the built-in list also has goes first: every entry of a
      // term is lifted to the best score among them, and the source bonus then orders them.
      const best = new Map<string, number>();
      for (const { item, score } of scored) best.set(item.group, Math.max(best.get(item.group) ?? 0, score));
      return scored
        .map(({ item }) => ({ entry: item.entry, source: item.source, score: best.get(item.group)! + SOURCE_BONUS[item.source] }))
        .sort((a, b) => b.score - a.score || (a.entry.term < b.entry.term ? -1 : a.entry.term > b.entry.term ? 1 : 0))
        .slice(0, limit);
    },
  };
}

/** The best match kind of every entry that matches the query at all, by item index. */
function matchKinds(q: string, items: readonly Item[], vocabulary: ReadonlyMap<string, number[]>): Map<number, number> {
  const kinds = new Map<number, number>();
  const offer = (id: number, kind: number) => {
    const had = kinds.get(id);
    if (had === undefined || kind < had) kinds.set(id, kind);
  };
  items.forEach((item, id) => {
    for (const form of item.forms) {
      if (form === q) offer(id, EXACT);
      else if (form.startsWith(q)) offer(id, FORM_PREFIX);
    }
  });

  // Every query word must match some word of the entry; the entry is as good as its worst word.
  const words = wordsOf(q).slice(0, MAX_WORDS);
  const perWord = words.map(() => new Map<number, number>());
  for (const [word, ids] of vocabulary) {
    for (let i = 0; i < words.length; i++) {
      const qw = words[i]!;
      const kind = word === qw ? WORD : word.startsWith(qw) ? WORD_PREFIX : closeEnough(qw, word) ? TYPO : undefined;
      if (kind === undefined) continue;
      const seen = perWord[i]!;
      for (const id of ids) if ((seen.get(id) ?? 9) > kind) seen.set(id, kind);
    }
  }
  if (perWord.length > 0) {
    for (const id of perWord[0]!.keys()) {
      let worst = 0;
      for (const seen of perWord) worst = Math.max(worst, seen.get(id) ?? 9);
      if (worst < 9) offer(id, worst);
    }
  }

  if (q.length >= 3) {
    items.forEach((item, id) => {
      if (!kinds.has(id) && item.definitions.some((d) => d.includes(q))) offer(id, DEFINITION);
    });
  }
  return kinds;
}

/** Ranks entries of the same kind: the closer an expansion or form is to the query, the higher. */
function bonus(kind: number, q: string, item: Item): number {
  if (kind === FORM_PREFIX) {
    const gap = Math.min(...item.forms.filter((f) => f.startsWith(q)).map((f) => f.length - q.length));
    return Math.max(0, 90 - gap * 10);
  }
  let best = 0;
  item.expansions.forEach((e, sense) => {
    const closeness = e === q ? 60 : e.startsWith(q) ? 45 : e.includes(q) ? 30 : 0;
    // Earlier senses are the likelier ones; shorter expansions are closer to a query they contain.
    const value = closeness + Math.max(0, 25 - Math.floor(e.length / 4)) - Math.min(sense, 5) * 2;
    best = Math.max(best, value);
  });
  return Math.min(99, best);
}

/** Whether a query word is a plausible typo of a word: 1 edit from 3 letters, 2 from 6. */
function closeEnough(query: string, word: string): boolean {
  if (query.length < 3) return false;
  const max = query.length >= 6 ? 2 : 1;
  if (Math.abs(query.length - word.length) > max) return false;
  return editDistance(query, word, max) <= max;
}

// Reused rows: a keystroke may run a thousand distance checks, and fresh arrays for each would
// cost more than the checks themselves.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Damerau–Levenshtein distance (optimal string alignment: adjacent swaps count as one edit),
 * giving up with max + 1 as soon as every path exceeds max.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

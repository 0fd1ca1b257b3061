/**
 * How a found term is painted and listed, decided once for every place the lens reads text: a web page
 * (src/content/page-model.ts) and a PDF in our viewer (src/pdf/). Pure: the same decisions, the same
 * highlight names, whatever the text came from.
 */
import type { Candidate } from './candidates';
import { formsOf } from './glossary';
import { sameMeaning } from './senses';
import type { Category, GlossaryEntry, TermMatch } from '../shared/types';

/** Which highlight an occurrence is painted with. */
export type Kind = 'jargon' | 'renamed' | 'unknown';

/** The registered highlight name of each kind; see the README's integration points. */
export const HIGHLIGHT_NAMES: Readonly<Record<Kind, string>> = {
  jargon: 'probation-jargon',
  renamed: 'probation-jargon-renamed',
  unknown: 'probation-jargon-unknown',
};

/**
 * Quieter looks of a glossary term ('jargon' kind), each its own highlight: a term written out ("home
 * detention curfew") and an acronym the page defines itself, whose definition is on the page already.
 */
export type Look = 'spelled' | 'page';

/** The registered highlight name of each look; see the README's integration points. */
export const LOOK_NAMES: Readonly<Record<Look, string>> = {
  spelled: 'probation-jargon-spelled',
  page: 'probation-jargon-page',
};

/** Every highlight name the lens registers, in one list (the unknown kind has the lowest priority). */
export const ALL_HIGHLIGHT_NAMES: readonly string[] = [...Object.values(HIGHLIGHT_NAMES), ...Object.values(LOOK_NAMES)];

/** The highlight an occurrence of this kind and look is painted under. */
export function highlightName(span: { readonly kind: Kind; readonly look?: Look | undefined }): string {
  return span.look ? LOOK_NAMES[span.look] : HIGHLIGHT_NAMES[span.kind];
}

/**
 * How each glossary entry is painted: renamed or jargon, or undefined when the reader hid its category
 * (the category of its first sense). Worked out once per glossary.
 */
export function entryKinds(glossary: readonly GlossaryEntry[], hidden: ReadonlySet<Category>): ReadonlyArray<Kind | undefined> {
  return glossary.map((entry) => {
    const category = entry.senses[0]?.category;
    if (category !== undefined && hidden.has(category)) return undefined;
    return entry.renamed ? 'renamed' : 'jargon';
  });
}

/** What an occurrence is painted as: its kind and, for a quieter 'jargon' term, its look. */
export interface Paint {
  readonly kind: Kind;
  readonly look?: Look;
}

// One shared object per way of painting: a pass paints tens of thousands of terms, and a fresh object for
// each was garbage the moment its Occurrence was made.
const PAINTS = {
  jargon: Object.freeze({ kind: 'jargon' }),
  renamed: Object.freeze({ kind: 'renamed' }),
  unknown: Object.freeze({ kind: 'unknown' }),
  spelled: Object.freeze({ kind: 'jargon', look: 'spelled' }),
  page: Object.freeze({ kind: 'jargon', look: 'page' }),
} as const satisfies Record<string, Paint>;
const NOTHING_ELSEWHERE: ReadonlySet<number> = new Set();

/**
 * How a glossary match is painted, or undefined when its entry is hidden: a 'jargon' term written out has the
 * spelled look, and one of the `definedElsewhere` entries (the text defines it as something else) the page look.
 */
export function matchPaint(match: TermMatch, kinds: ReadonlyArray<Kind | undefined>, definedElsewhere: ReadonlySet<number> = NOTHING_ELSEWHERE): Paint | undefined {
  const kind = kinds[match.entry];
  if (kind === undefined) return undefined;
  if (kind !== 'jargon') return PAINTS[kind];
  return match.spelled ? PAINTS.spelled : definedElsewhere.has(match.entry) ? PAINTS.page : PAINTS.jargon;
}

/** The written forms of the glossary's painted abbreviations (not phrases), each with its entry: what a text's own definitions are checked against. */
export function abbreviationEntries(glossary: readonly GlossaryEntry[], kinds: ReadonlyArray<Kind | undefined>): Map<string, number> {
  const forms = new Map<string, number>();
  glossary.forEach((entry, i) => {
    if (!entry.phrase && kinds[i] === 'jargon') for (const form of formsOf(entry)) forms.set(form, i);
  });
  return forms;
}

/**
 * The glossary abbreviations a text defines with a meaning other than their first (probation) sense: on a
 * tax page MTD is Making Tax Digital. Their uses take the text's quieter look.
 */
export function definedElsewhere(
  definitions: Iterable<readonly [string, { readonly long: string }]>, forms: ReadonlyMap<string, number>, glossary: readonly GlossaryEntry[],
): Set<number> {
  const found = new Set<number>();
  for (const [short, d] of definitions) {
    const entry = forms.get(short);
    const first = entry === undefined ? undefined : glossary[entry]?.senses[0];
    if (entry !== undefined && first !== undefined && !sameMeaning(d.long, first.expansion)) found.add(entry);
  }
  return found;
}

/** What the whole text says of an acronym the glossary does not know: it defines it, or it recurs unexplained. */
export type TokenStatus = 'page' | 'unknown';

/** How an acronym-shaped token the glossary does not know is painted, given its status; undefined: not at all. */
export function candidatePaint(candidate: Candidate, status: TokenStatus | undefined): Paint | undefined {
  if (status === 'page') return PAINTS.page;
  if (status === 'unknown' && !candidate.ordinary) return PAINTS.unknown;
  return undefined;
}

// An undefined acronym must recur this often to be flagged; a text with more distinct ones than the cap
// is full of codes or junk, and only the most frequent are shown.
const MIN_UNKNOWN_COUNT = 2;
const MAX_UNKNOWN_TOKENS = 60;

/**
 * The acronyms flagged as unexplained: those counted (everyday capitals are not) at least twice that the
 * text does not define, the 60 most frequent.
 */
export function unexplainedTokens(counts: ReadonlyMap<string, number>, defined: (token: string) => boolean): Set<string> {
  return new Set([...counts].filter(([t, n]) => n >= MIN_UNKNOWN_COUNT && !defined(t))
    .sort((a, b) => b[1] - a[1]).slice(0, MAX_UNKNOWN_TOKENS).map(([t]) => t));
}

/** Where the meaning of a listed term comes from (the popup's groups). */
export type TermSource = 'built-in' | 'team' | 'personal' | 'page' | 'unknown';

/**
 * The source of an occurrence's meaning: unknown, the text itself (an acronym only it defines, or a
 * glossary term it defines too), else the layer of the glossary its entry is in.
 */
export function termSource(
  o: { readonly kind: Kind; readonly entry: number; readonly token: string }, defined: (token: string) => boolean, personalFrom: number, teamFrom: number,
): TermSource {
  if (o.kind === 'unknown') return 'unknown';
  if (o.entry < 0 || defined(o.token)) return 'page';
  return o.entry >= personalFrom ? 'personal' : o.entry >= teamFrom ? 'team' : 'built-in';
}

/** The glossaries the look-up searches: built-in, the reader's own, and what this page defines. */
import { BUILTIN } from '../core/builtin';
import { createSearch, normalise, type Search } from '../core/search';
import type { PageSummary } from '../shared/protocol';
import type { GlossaryEntry } from '../shared/types';

/**
 * The acronyms a page defines itself, as glossary entries (the page gives no category). A page that
 * spells out a known term the way a glossary already does ("Serious further offence (SFO)") adds
 * nothing but a duplicate without a definition, so it is left out.
 */
export function pageEntries(summary: PageSummary | null | undefined, known: readonly GlossaryEntry[] = []): GlossaryEntry[] {
  // Plurals folded too: a page's "prison offender managers (POMs)" means the glossary's Prison Offender Manager.
  const key = (term: string, expansion: string) => `${term}\n${normalise(expansion).replace(/s\b/g, '')}`;
  const meanings = new Set(known.flatMap((e) => e.senses.map((s) => key(e.term, s.expansion))));
  return (summary?.terms ?? [])
    .filter((t) => t.source === 'page' && t.expansion !== undefined && !meanings.has(key(t.term, t.expansion)))
    .map((t) => ({ term: t.term, senses: [{ expansion: t.expansion as string, category: 'other' as const }] }));
}

/** A search over the glossaries (built-in, the organisation's, the reader's, the page's); built once per change. */
export function searchOver(personal: readonly GlossaryEntry[], page: readonly GlossaryEntry[], team: readonly GlossaryEntry[] = []): Search {
  return createSearch([
    { entries: BUILTIN, source: 'built-in' },
    { entries: team, source: 'team' },
    { entries: personal, source: 'personal' },
    { entries: page, source: 'page' },
  ]);
}

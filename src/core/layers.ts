/** The glossary layers a page is matched with: built-in, the organisation's, the reader's own. */
import type { GlossaryEntry } from '../shared/types';

/**
 * The glossary a page is matched with: built-in, then the organisation's terms, then the reader's, so a
 * later layer's form replaces an earlier one's (built-in < team < personal). The indexes say where each
 * layer starts, for the card's "where this comes from".
 */
export function layeredGlossary(builtin: readonly GlossaryEntry[], team: readonly GlossaryEntry[], personal: readonly GlossaryEntry[]) {
  return { glossary: [...builtin, ...team, ...personal], teamFrom: builtin.length, personalFrom: builtin.length + team.length };
}

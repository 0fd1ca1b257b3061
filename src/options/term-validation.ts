/** Checks the add-term form before anything is saved, with GOV.UK-style messages per field. */
import { t } from '../shared/i18n';
import type { Category, GlossaryEntry } from '../shared/types';
import { categoryLabel } from '../ui/labels';

/** The form's fields as typed. */
export interface TermFields {
  abbreviation: string;
  expansion: string;
  definition: string;
  category: Category | '';
}

/** The field ids of the form, used for links from the error summary. */
export type TermField = keyof TermFields;

/** Every category, with the label the card shows. */
export const CATEGORY_LABELS: ReadonlyArray<readonly [Category, string]> = (
  ['organisation', 'role', 'process', 'system', 'document', 'legislation', 'other'] as const
).map((c) => [c, categoryLabel(c)] as const);

// The same limits as the import schema (src/core/backup.ts), so a saved term always exports and imports.
const MAX = { abbreviation: 100, expansion: 300, definition: 2000 } as const;

/** The problems with the fields, by field, in the form's order; empty when the term can be saved. */
export function termProblems(f: TermFields, others: readonly GlossaryEntry[]): Partial<Record<TermField, string>> {
  const problems: Partial<Record<TermField, string>> = {};
  const term = f.abbreviation.trim();
  if (!term) problems.abbreviation = t('optionsErrorAbbreviationMissing');
  else if (term.length > MAX.abbreviation) problems.abbreviation = t('optionsErrorAbbreviationTooLong', MAX.abbreviation);
  else if (others.some((e) => e.term === term || e.variants?.includes(term))) {
    problems.abbreviation = t('optionsErrorAbbreviationTaken', term);
  }
  if (!f.expansion.trim()) problems.expansion = t('optionsErrorExpansionMissing');
  else if (f.expansion.trim().length > MAX.expansion) problems.expansion = t('optionsErrorExpansionTooLong', MAX.expansion);
  if (f.definition.trim().length > MAX.definition) problems.definition = t('optionsErrorDefinitionTooLong', MAX.definition);
  if (!f.category) problems.category = t('optionsErrorCategoryMissing');
  return problems;
}

/** The entry to save: the first sense replaced, any other senses and variants (from an import) kept. */
export function entryFrom(f: TermFields, original?: GlossaryEntry): GlossaryEntry {
  const definition = f.definition.trim();
  const sense = { expansion: f.expansion.trim(), category: f.category || 'other', ...(definition ? { definition } : {}) } as const;
  return { ...original, term: f.abbreviation.trim(), senses: [sense, ...(original?.senses.slice(1) ?? [])] };
}

/** The form's fields for an existing entry (its first sense), or empty ones. */
export function fieldsOf(entry?: GlossaryEntry): TermFields {
  const sense = entry?.senses[0];
  return { abbreviation: entry?.term ?? '', expansion: sense?.expansion ?? '', definition: sense?.definition ?? '', category: sense?.category ?? '' };
}

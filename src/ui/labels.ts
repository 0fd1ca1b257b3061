/**
 * Labels for the codes the core hands out (categories, where a meaning comes from), in one place so
 * the popup, the options page and the in-page card name them the same way in every language.
 */
import type { SearchSource } from '../core/search';
import { t, type MessageKey } from '../shared/i18n';
import type { Category } from '../shared/types';

const CATEGORY_KEYS: Record<Category, MessageKey> = {
  organisation: 'categoryOrganisation', role: 'categoryRole', process: 'categoryProcess', system: 'categorySystem',
  document: 'categoryDocument', legislation: 'categoryLegislation', other: 'categoryOther',
};

/** The name of a category, as lists and forms show it: "Organisation". */
export const categoryLabel = (category: Category): string => t(CATEGORY_KEYS[category]);

/** Where a meaning comes from, as headings and cards name it. */
export type MeaningSource = SearchSource | 'unknown';

const SOURCE_KEYS: Record<MeaningSource, MessageKey> = {
  'built-in': 'sourceBuiltIn', team: 'sourceTeam', personal: 'sourcePersonal', page: 'sourcePage', unknown: 'sourceUnknown',
};

/** The name of a glossary a meaning comes from: "Built-in glossary", "Defined on this page". */
export const sourceLabel = (source: MeaningSource): string => t(SOURCE_KEYS[source]);

/** The reader's language as a BCP 47 tag, for dates, numbers and the pages' lang attribute. */
export const languageTag = (): string => t('languageTag');

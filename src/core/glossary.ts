import type { Category, GlossaryEntry } from '../shared/types';

const CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'organisation', 'role', 'process', 'system', 'document', 'legislation', 'other',
]);

/** Every written form of an entry: its term first, then its variants. */
export function formsOf(entry: GlossaryEntry): readonly string[] {
  return entry.variants ? [entry.term, ...entry.variants] : [entry.term];
}

/** Problems that make a glossary unusable: duplicate forms, empty fields, unknown categories. */
export function validateGlossary(entries: readonly GlossaryEntry[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  entries.forEach((entry, i) => {
    const where = `entry ${i + 1} (${entry.term || 'no term'})`;
    for (const form of formsOf(entry)) {
      if (form.trim() === '' || form !== form.trim()) problems.push(`${where}: a form is empty or padded with spaces`);
      const owner = seen.get(form);
      if (owner !== undefined) problems.push(`${where}: "${form}" is already a form of ${owner}`);
      seen.set(form, entry.term);
    }
    if (entry.senses.length === 0) problems.push(`${where}: has no senses`);
    entry.senses.forEach((sense, j) => {
      if (!sense.expansion?.trim()) problems.push(`${where}, sense ${j + 1}: empty expansion`);
      if (!CATEGORIES.has(sense.category)) problems.push(`${where}, sense ${j + 1}: unknown category "${String(sense.category)}"`);
      if (sense.definition !== undefined && !sense.definition.trim()) problems.push(`${where}, sense ${j + 1}: empty definition`);
    });
  });
  return problems;
}

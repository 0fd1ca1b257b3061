import type { Category, GlossaryEntry } from '../shared/types';

const CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'organisation', 'role', 'process', 'system', 'document', 'legislation', 'other',
]);

/** Every written form of an entry: its term first, then its variants. */
export function formsOf(entry: GlossaryEntry): readonly string[] {
  return entry.variants ? [entry.term, ...entry.variants] : [entry.term];
}

/** What makes one entry of a glossary unusable. */
export type GlossaryIssueWhat =
  | { readonly code: 'form-blank' }
  | { readonly code: 'form-taken'; readonly form: string; readonly owner: string }
  | { readonly code: 'no-senses' }
  | { readonly code: 'sense-expansion-empty'; readonly sense: number }
  | { readonly code: 'sense-category-unknown'; readonly sense: number; readonly category: string }
  | { readonly code: 'sense-definition-empty'; readonly sense: number };

/** A problem with the entry at index (0-based) whose term is term; senses are numbered from 1. */
export type GlossaryIssue = GlossaryIssueWhat & { readonly index: number; readonly term: string };

/** Problems that make a glossary unusable: duplicate forms, empty fields, unknown categories. */
export function validateGlossary(entries: readonly GlossaryEntry[]): GlossaryIssue[] {
  const issues: GlossaryIssue[] = [];
  const seen = new Map<string, string>();
  entries.forEach((entry, index) => {
    const add = (what: GlossaryIssueWhat) => issues.push({ ...what, index, term: entry.term });
    for (const form of formsOf(entry)) {
      if (form.trim() === '' || form !== form.trim()) add({ code: 'form-blank' });
      const owner = seen.get(form);
      if (owner !== undefined) add({ code: 'form-taken', form, owner });
      seen.set(form, entry.term);
    }
    for (const form of entry.spelled ?? []) {
      const key = `spelled:${form.toLowerCase().replace(/[\s\-‐‑‒–—]+/g, '')}`;
      const owner = seen.get(key);
      if (owner !== undefined) add({ code: 'form-taken', form, owner });
      seen.set(key, entry.term);
    }
    if (entry.senses.length === 0) add({ code: 'no-senses' });
    entry.senses.forEach((sense, j) => {
      if (!sense.expansion?.trim()) add({ code: 'sense-expansion-empty', sense: j + 1 });
      if (!CATEGORIES.has(sense.category)) add({ code: 'sense-category-unknown', sense: j + 1, category: String(sense.category) });
      if (sense.definition !== undefined && !sense.definition.trim()) add({ code: 'sense-definition-empty', sense: j + 1 });
    });
  });
  return issues;
}

/**
 * A glossary that storage refused because, with the terms already stored, it has these issues; nothing
 * was written. Its message is for developers: the options page words each issue from messages.json.
 */
export class GlossaryIssuesError extends Error {
  override readonly name = 'GlossaryIssuesError';
  /** The code that crosses to the page with the error (see ErrorCode in src/shared/protocol.ts). */
  readonly code = 'term-invalid';
  constructor(readonly issues: readonly GlossaryIssue[]) {
    super(`term-invalid: ${JSON.stringify(issues.slice(0, 3))}`);
  }
}

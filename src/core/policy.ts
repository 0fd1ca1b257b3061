/**
 * Managed settings: what an organisation sets by enterprise policy (Chrome and Edge's
 * storage.managed_schema, Firefox's 3rdparty policy), checked at the boundary like any other input. Pure:
 * a function of the raw managed storage. The names are an integration point (README): never rename one.
 */
import * as v from 'valibot';
import { POLICY_NAMES, type ManagedPolicy, type PolicyName, type PolicyProblem, type PolicyState } from '../shared/policy';
import type { GlossaryEntry } from '../shared/types';
// The glossary JSON file's own entry schema (unknown fields dropped, as an imported file's are).
import { importedGlossaryEntrySchema as glossaryEntrySchema } from '../shared/schemas';
import { isCaseDataMode } from './case-data';
import { formsOf, validateGlossary } from './glossary';
import { addableOrigin } from './sites';

export { POLICY_NAMES };
export type { ManagedPolicy, PolicyName, PolicyProblem, PolicyState };

/** What a policy with nothing set looks like. */
export const NO_POLICY: PolicyState = { policy: {}, problems: [] };

const MAX_TEAM_TERMS = 5_000;
const MAX_SITES = 100;

const itemName = (value: unknown, field: string): string | undefined => {
  const named = (value as Record<string, unknown> | null)?.[field];
  return typeof named === 'string' ? named.slice(0, 100) : undefined;
};

function teamGlossary(raw: unknown, problems: PolicyProblem[]): GlossaryEntry[] | undefined {
  if (!Array.isArray(raw)) {
    problems.push({ setting: 'teamGlossary', code: 'wrong-type' });
    return undefined;
  }
  const kept: GlossaryEntry[] = [];
  const taken = new Set<string>();
  raw.slice(0, MAX_TEAM_TERMS).forEach((value, index) => {
    const item = itemName(value, 'term');
    const at = { setting: 'teamGlossary' as const, index, ...(item !== undefined ? { item } : {}) };
    const parsed = v.safeParse(glossaryEntrySchema, value);
    if (!parsed.success) {
      const first = parsed.issues[0];
      const path = first?.path?.map((p) => String(p.key)).join('.') ?? '';
      problems.push({ ...at, code: 'entry-invalid', detail: path });
      return;
    }
    const entry = parsed.output as GlossaryEntry;
    const issues = validateGlossary([entry]);
    if (issues.length > 0) {
      problems.push({ ...at, code: 'entry-invalid', detail: issues[0]!.code });
      return;
    }
    if (formsOf(entry).some((f) => taken.has(f))) {
      problems.push({ ...at, code: 'entry-clash' });
      return;
    }
    formsOf(entry).forEach((f) => taken.add(f));
    kept.push(entry);
  });
  return kept;
}

function extraSites(raw: unknown, problems: PolicyProblem[]): string[] | undefined {
  if (!Array.isArray(raw)) {
    problems.push({ setting: 'extraSites', code: 'wrong-type' });
    return undefined;
  }
  const origins = new Set<string>();
  raw.slice(0, MAX_SITES).forEach((value, index) => {
    // Administrators write host names; an https address of a site is taken too.
    const origin = typeof value === 'string' ? addableOrigin(/^https:\/\//i.test(value.trim()) ? value : `https://${value.trim()}`) : undefined;
    if (origin === undefined) problems.push({ setting: 'extraSites', code: 'host-invalid', index, ...(typeof value === 'string' ? { item: value.slice(0, 100) } : {}) });
    else origins.add(origin);
  });
  return [...origins].sort();
}

/** The valid part of raw managed storage, and a problem for every part that was ignored. */
export function parsePolicy(raw: unknown): PolicyState {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return NO_POLICY;
  const source = raw as Record<string, unknown>;
  const problems: PolicyProblem[] = [];
  const policy: { -readonly [K in keyof ManagedPolicy]: ManagedPolicy[K] } = {};
  if (source.teamGlossary !== undefined) {
    const team = teamGlossary(source.teamGlossary, problems);
    if (team) policy.teamGlossary = team;
  }
  if (source.extraSites !== undefined) {
    const sites = extraSites(source.extraSites, problems);
    if (sites) policy.extraSites = sites;
  }
  if (source.caseDataGuard !== undefined) {
    if (isCaseDataMode(source.caseDataGuard)) policy.caseDataGuard = source.caseDataGuard;
    else problems.push({ setting: 'caseDataGuard', code: 'wrong-type' });
  }
  for (const name of ['notesExport', 'welcomePage'] as const) {
    if (source[name] === undefined) continue;
    if (typeof source[name] === 'boolean') policy[name] = source[name];
    else problems.push({ setting: name, code: 'wrong-type' });
  }
  return { policy, problems };
}

/** A setting's value as it applies: the organisation's when it set one (locked), else the reader's, else the default. */
export function effective<T>(managed: T | undefined, personal: T | undefined, fallback: T): { readonly value: T; readonly locked: boolean } {
  if (managed !== undefined) return { value: managed, locked: true };
  return { value: personal ?? fallback, locked: false };
}

/**
 * Managed settings: what an organisation sets by enterprise policy (Chrome and Edge's
 * storage.managed_schema, Firefox's 3rdparty policy), checked at the boundary like any other input. Pure:
 * a function of the raw managed storage. The names are an integration point (README): never rename one.
 */
import * as v from 'valibot';
import type { GlossaryEntry } from '../shared/types';
import { glossaryEntrySchema } from './backup';
import { isCaseDataMode, type CaseDataMode } from './case-data';
import { formsOf, validateGlossary } from './glossary';
import { addableOrigin } from './sites';

/** Every managed setting's name, as administrators write it. */
export const POLICY_NAMES = ['teamGlossary', 'extraSites', 'caseDataGuard', 'notesExport', 'welcomePage'] as const;
/** One managed setting's name. */
export type PolicyName = (typeof POLICY_NAMES)[number];

/** The organisation's settings, valid parts only; a setting it did not set is absent. */
export interface ManagedPolicy {
  /** Terms between the built-in and the personal glossary. */
  readonly teamGlossary?: readonly GlossaryEntry[];
  /** https origins ("https://intranet.example.org") recommended to the reader, beyond the default sites. */
  readonly extraSites?: readonly string[];
  /** The case-data guard's mode, locked for the reader. */
  readonly caseDataGuard?: CaseDataMode;
  /** Whether notes can be exported (false: no note export on the options page, and the background refuses it). */
  readonly notesExport?: boolean;
  /** Whether the welcome page opens on install. */
  readonly welcomePage?: boolean;
}

/**
 * Why part of the policy was ignored: the setting, and for a list the 0-based item (with the term or host
 * as written, when it has one) and a code the options page words:
 * - wrong-type: the setting is not of its documented type (the whole setting is ignored);
 * - entry-invalid: a team glossary entry does not fit the glossary file's schema (detail: the first problem);
 * - entry-clash: a team entry has a form an earlier team entry has;
 * - host-invalid: an extra site is not a host name on https outside the defaults.
 */
export interface PolicyProblem {
  readonly setting: PolicyName;
  readonly code: 'wrong-type' | 'entry-invalid' | 'entry-clash' | 'host-invalid';
  readonly index?: number;
  readonly item?: string;
  readonly detail?: string;
}

/** The organisation's settings and what was ignored in them. */
export interface PolicyState {
  readonly policy: ManagedPolicy;
  readonly problems: readonly PolicyProblem[];
}

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

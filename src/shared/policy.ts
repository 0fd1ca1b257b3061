/**
 * The shapes of managed policy and of the case-data guard's modes, as they cross contexts. The checks
 * live in src/core/policy.ts and src/core/case-data.ts.
 */
import type { GlossaryEntry } from './types';

/** What the reader or the organisation chose: no check, a warning with "Save anyway", or no saving. */
export type CaseDataMode = 'off' | 'warn' | 'block';

/** Every managed setting's name, as administrators write it (an integration point: never rename one). */
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

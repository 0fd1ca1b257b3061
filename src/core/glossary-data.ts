import type { GlossaryEntry } from '../shared/types';
import { ORGANISATIONS } from './glossary/organisations';
import { ROLES } from './glossary/roles';
import { PROCESSES } from './glossary/processes';
import { PROGRAMMES_AND_SENTENCES } from './glossary/programmes-and-sentences';
import { DATES_AND_TERMS } from './glossary/dates-and-terms';
import { SYSTEMS } from './glossary/systems';
import { LEGISLATION } from './glossary/legislation';

/*
 * Source: shared/reference/acronyms.tsv (221 rows, 202 distinct abbreviations). Expansions come
 * from its rows; every definition is our own wording.
 *
 * Rows left out:
 * - ARN 'Assess Risks and Needs (API)': the "(API)" is a software detail, not part of a name; the row
 *   comes from a design-history post that is also an evaluation-corpus file, and the programme it
 *   names is already covered by ARNS.
 * - MAPPP 'Multi-Agency Public Protection Prisoner': no such term is known. MAPPP normally means
 *   Multi-Agency Public Protection Panel, the older name for MAPPA meetings. We left the row out
 *   instead of guessing.
 * - MOiC 'Managing Offenders in Custody': looks like a garbled duplicate of OMiC (Offender Management
 *   in Custody), which is the model's official name and is included. It is not used in current guidance.
 *
 * Senses added beyond the file:
 * - ACE 'Adverse Childhood Experiences', first: in current probation writing "ACEs" nearly always means
 *   this, not the Assistant Chief Executive of the file's row.
 *
 * Rows merged:
 * - NAPO and Napo: one entry, 'Napo' (the union's own styling), with 'NAPO' as a variant.
 * - CRD: Conditional Release Date (MoJ list) and Custodial Release Date (Coracle) are two senses of one entry.
 *
 * Expansions corrected:
 * - Casing and number: UnPaid Work, Sex Offender Treatment programme, Integrated Probation Performance
 *   framework, Managing sexual offenders and violent offenders, Community Offender Managers, Drug
 *   Treatment and Testing Orders, Alcohol Treatment Requirements, Prison Service Orders/Instructions,
 *   Terrorism ACT. '&' is written as 'and', and 'HM' is spelt out as His Majesty's.
 * - SRO 'Sexual Risk of Harm Order' -> 'Sexual Risk Order'. The 2014 order is the Sexual Risk Order; it
 *   replaced the Risk of Sexual Harm Order.
 * - AMHP 'Approved Mental Health Practitioner' -> 'Approved Mental Health Professional' (Mental Health Act 2007).
 * - PPO 'Prison and Probation Ombudsman' -> 'Prisons and Probation Ombudsman' (its official name).
 * - BASS 'Bail Accommodation Support Services' -> 'Bail Accommodation and Support Service'.
 * - DTO 'Detention Training Order' -> 'Detention and Training Order' (the statutory name).
 * - PGA/POA: the apostrophes were misplaced ("Prison Governor's", "Prison Officer's").
 * - TACT is kept as 'Terrorism Act'. It usually means the Terrorism Act 2000, but "TACT offences" also
 *   covers later Terrorism Acts.
 */

/** The built-in glossary: abbreviations from public MoJ/HMPPS sources, definitions written by us. */
export const BUILTIN_GLOSSARY: readonly GlossaryEntry[] = [
  ...ORGANISATIONS,
  ...ROLES,
  ...PROCESSES,
  ...PROGRAMMES_AND_SENTENCES,
  ...DATES_AND_TERMS,
  ...SYSTEMS,
  ...LEGISLATION,
];

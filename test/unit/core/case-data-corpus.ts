/**
 * Realistic private notes a practitioner might write on policy pages, labelled by hand: the case data each
 * holds (kind and text as written), or none. The second half is ordinary policy notes full of the numbers
 * such notes carry (meeting dates, section and paragraph numbers, years, PI and PSI numbers, page
 * references, times, phone-like figures), which the guard must leave alone.
 */
import type { CaseDataKind } from '../../../src/core/case-data';

/** One labelled note. */
export interface CorpusNote {
  readonly body: string;
  readonly expected: ReadonlyArray<{ readonly kind: CaseDataKind; readonly text: string }>;
}

/** Notes that hold case data. */
export const WITH_IDENTIFIERS: readonly CorpusNote[] = [
  { body: 'Check this applies to X123456 before the review.', expected: [{ kind: 'crn', text: 'X123456' }] },
  { body: 'CRN D654321: remand, so this section on licence does not apply yet.', expected: [{ kind: 'crn', text: 'D654321' }] },
  { body: 'Relevant for A1234BC at HMP Leeds, recall hearing next week.', expected: [{ kind: 'prison-number', text: 'A1234BC' }] },
  { body: 'Prison no. G5678HJ: ask the POM whether the HDC paragraph covers him.', expected: [{ kind: 'prison-number', text: 'G5678HJ' }] },
  { body: 'PNC 12/345678A, previous for similar offence, see MAPPA guidance.', expected: [{ kind: 'pnc-number', text: '12/345678A' }] },
  { body: 'PNC ID 2019/0123456Z flagged in the SFO review.', expected: [{ kind: 'pnc-number', text: '2019/0123456Z' }] },
  { body: 'CRO 123456/08X on the court papers; check against this annex.', expected: [{ kind: 'cro-number', text: '123456/08X' }] },
  { body: 'His CRO number is SF95/12345T, not what the list says.', expected: [{ kind: 'cro-number', text: 'SF95/12345T' }] },
  { body: 'NI number JK 12 34 56 C for the benefits referral in this section.', expected: [{ kind: 'ni-number', text: 'JK 12 34 56 C' }] },
  { body: 'NINO AB123456D: ask DWP about the housing element.', expected: [{ kind: 'ni-number', text: 'AB123456D' }] },
  { body: 'DOB 14/03/1988, so she is over 25 for this pathway.', expected: [{ kind: 'date-of-birth', text: '14/03/1988' }] },
  { body: 'D.O.B.: 2.11.95 — young adult, consider the maturity screening.', expected: [{ kind: 'date-of-birth', text: '2.11.95' }] },
  { body: 'Born 3rd April 2004, so still under the young adults guidance.', expected: [{ kind: 'date-of-birth', text: '3rd April 2004' }] },
  { body: 'He was born on 21 September 1979; older prisoner guidance applies.', expected: [{ kind: 'date-of-birth', text: '21 September 1979' }] },
  { body: 'Date of birth: 1990-07-30. Check the age thresholds in annex B.', expected: [{ kind: 'date-of-birth', text: '1990-07-30' }] },
  { body: 'Lives at LS11 5AB, approved premises nearby; exclusion zone question.', expected: [{ kind: 'postcode', text: 'LS11 5AB' }] },
  { body: 'Address M14 6JT is inside the exclusion zone described here.', expected: [{ kind: 'postcode', text: 'M14 6JT' }] },
  { body: 'Move-on accommodation at SW1A1AA? Needs the CAS3 referral first.', expected: [{ kind: 'postcode', text: 'SW1A1AA' }] },
  { body: 'Victim lives at B33 8TH, so check the licence condition wording.', expected: [{ kind: 'postcode', text: 'B33 8TH' }] },
  {
    body: 'J. Smith, CRN E246810, A9876ZX, DOB 01/01/1980 — OASys overdue, see para 4.2.',
    expected: [{ kind: 'crn', text: 'E246810' }, { kind: 'prison-number', text: 'A9876ZX' }, { kind: 'date-of-birth', text: '01/01/1980' }],
  },
  {
    body: 'Transfer case: A4321BD, PNC 99/1234567K, released to NE6 5TP.',
    expected: [{ kind: 'prison-number', text: 'A4321BD' }, { kind: 'pnc-number', text: '99/1234567K' }, { kind: 'postcode', text: 'NE6 5TP' }],
  },
  { body: 'use for t123456? no, T123456 is the right CRN', expected: [{ kind: 'crn', text: 'T123456' }] },
  { body: 'Ask about jc 45 67 89 a (NI) at the benefits appointment', expected: [{ kind: 'ni-number', text: 'jc 45 67 89 a' }] },
  { body: 'dob 7 Feb 2001 – care leaver, so the leaving care section is relevant.', expected: [{ kind: 'date-of-birth', text: '7 Feb 2001' }] },
  { body: 'Born: June 5, 1968. Check the over-50s guidance.', expected: [{ kind: 'date-of-birth', text: 'June 5, 1968' }] },
  { body: 'Sentence plan for C112233 to reflect the new RAR days.', expected: [{ kind: 'crn', text: 'C112233' }] },
  { body: 'Home visit at CF10 1EP before the licence starts; see the risk section.', expected: [{ kind: 'postcode', text: 'CF10 1EP' }] },
];

/** Ordinary policy notes: none of them holds case data. */
export const WITHOUT_IDENTIFIERS: readonly CorpusNote[] = [
  'Discuss at team meeting on 14/03/2025 with the SPO.',
  'Section 4.2 contradicts para 3.1 of the National Standards.',
  'PI 12/2015 was replaced: check the new policy framework.',
  'PSI 33/2011 and PI 05/2014 both cover this; the TOM says otherwise.',
  'See page 23 and footnote 14 for the evidence base.',
  'Criminal Justice Act 2003, s.142: purposes of sentencing.',
  'SI 2021/1234 brought this into force on 26 June 2021.',
  'Unification happened in June 2021 — CRCs gone, NPS now the Probation Service.',
  'Read by 30 April 2026 for the PQiP module 3 assignment.',
  'The 2023/24 business plan sets 85% for OASys completion within 15 working days.',
  'Meeting on Tuesday 3 December at 10:30, room 4B.',
  'Annex A, table 2: tier C and D cases.',
  'Compare with the 2019 HMIP thematic report, pages 45–52.',
  'Offender Rehabilitation Act 2014 added 12 months of supervision.',
  'Ring the duty line on 0300 123 4567 if the MAPPA level changes.',
  'Version 3.2 of the guidance, published 01.09.2024.',
  'Was born out of the 2014 Transforming Rehabilitation reforms.',
  'Date of birth field in nDelius must match the PNC record — process point only.',
  'Form A1 and form B2 are now one form in the OMiC model.',
  'Rule 45 segregation rules apply; see chapter 6, para 6.12.',
  'Remember to log the SFO review within 20 working days (clause 7.3).',
  'MAPPA category 2, level 1 — the guidance in section 13 applies.',
  'CAS3 offers up to 84 nights; the old limit was 12 weeks.',
  'Target 90% of PSRs on the day; see KPI 3a and 3b.',
  'ISBN 978-0-10-123456-7 for the printed version.',
  'Probation Instruction 10/2020, paragraph 2.4, replaced 09/2019.',
  'Birthday cards for staff: not relevant, ignore page 9.',
  'Accredited programme Building Better Relationships: 24 sessions.',
  'Licence conditions list at para 5.6; standard conditions 1 to 8.',
  'Court reports: 72 hours to prepare an oral report under the 2021 model.',
  'Check with the SPO on 12.12.25 whether this applies to Tier 4 cases.',
  'Ask about the B1 form and the M1 route in the regional plan.',
  'The M62 corridor region covers Yorkshire and the Humber.',
  'HDC curfew 7pm to 7am; section 250 of the Sentencing Act 2020.',
  'Crown copyright 2024; OGL v3.0 licence.',
  'Q3 2024/25 data shows 12,345 starts on Unpaid Work.',
].map((body) => ({ body, expected: [] }));

import { describe, expect, it } from 'vitest';
import { findDefinitions, isAcronymShaped, pairDefinition } from '../../../src/core/definitions';

type Label = readonly [short: string, long: string];

/** Hand-labelled sentences in the style of probation policy pages, with every definition a reader would see. */
const LABELLED: readonly (readonly [text: string, expected: readonly Label[]])[] = [
  // long form (SHORT)
  ['the Centralised Operational, Resettlement, Referral and Evaluation (CORRE) Hub will manage referrals.',
    [['CORRE', 'Centralised Operational, Resettlement, Referral and Evaluation']]],
  ['Practitioners apply Modern Probation Theory (MPT) in every supervision session.', [['MPT', 'Modern Probation Theory']]],
  ['Regions report against performance measures (PMs) each quarter.', [['PM', 'performance measures']]],
  ['New staff join the Professional Qualification in Probation (PQiP) programme.',
    [['PQiP', 'Professional Qualification in Probation']]],
  ['Risk is recorded in the Offender Assessment System (OASys) within five days.', [['OASys', 'Offender Assessment System']]],
  ['Cases are managed under Multi-Agency Public Protection Arrangements (MAPPA) at level 2 or 3.',
    [['MAPPA', 'Multi-Agency Public Protection Arrangements']]],
  ['HM Prison and Probation Service (HMPPS) published the framework in 2021.', [['HMPPS', 'HM Prison and Probation Service']]],
  ['Referrals to Community Accommodation Service Tier 3 (CAS3) must be made early.',
    [['CAS3', 'Community Accommodation Service Tier 3']]],
  ['A Serious Further Offence (SFO) review follows within 20 working days.', [['SFO', 'Serious Further Offence']]],
  ['Each region has a Regional Outcomes and Innovation Fund (ROIF) for local projects.',
    [['ROIF', 'Regional Outcomes and Innovation Fund']]],
  ['Staff complete an electronic Modern Probation Theory (eMPT) module.', [['eMPT', 'electronic Modern Probation Theory']]],
  ['Use the Risk of Serious Harm (RoSH) screening at allocation.', [['RoSH', 'Risk of Serious Harm']]],
  ['Her Majesty’s Inspectorate of Probation (HMIP) inspected the region.', [['HMIP', 'Her Majesty’s Inspectorate of Probation']]],
  ['Pre-Sentence Reports (PSRs) are prepared for court.', [['PSR', 'Pre-Sentence Reports']]],
  ['Staff refer to the Multi-Agency Risk Assessment Conference (MARAC) in domestic abuse cases.',
    [['MARAC', 'Multi-Agency Risk Assessment Conference']]],
  ['Unpaid Work (UPW) hours must be completed within 12 months.', [['UPW', 'Unpaid Work']]],
  ['Integrated Offender Management (IOM) teams focus on prolific offenders.', [['IOM', 'Integrated Offender Management']]],
  ['The Risk Matrix 2000 (RM2000) tool scores sexual offending risk.', [['RM2000', 'Risk Matrix 2000']]],
  ['All Approved Premises (APs) have a manager on call.', [['AP', 'Approved Premises']]],
  ['Each Probation Delivery Unit’s (PDU’s) head signs the plan.', [['PDU', 'Probation Delivery Unit']]],
  ['We follow a Person on Probation (PoP) approach.', [['PoP', 'Person on Probation']]],
  ['The Sentence Plan (SP) and the Risk Management Plan (RMP) are reviewed together.',
    [['SP', 'Sentence Plan'], ['RMP', 'Risk Management Plan']]],
  ['The team reviewed the Serious Further Offence report (SFO) last week.', [['SFO', 'Serious Further Offence']]],
  ['the new Offender Management in Custody model (OMiC) began in 2019.', [['OMiC', 'Offender Management in Custody']]],
  ['Commissioned Rehabilitative Services (CRS) are bought from providers.', [['CRS', 'Commissioned Rehabilitative Services']]],
  ['Accident and Emergency (A&E) departments were busy.', [['A&E', 'Accident and Emergency']]],
  ['Her Majesty’s Prison and Probation Service’s (HMPPS’s) guidance applies.',
    [['HMPPS', 'Her Majesty’s Prison and Probation Service']]],
  ['The Department for Education (DfE) funds the pilot.', [['DfE', 'Department for Education']]],
  // a letter of the short form repeated inside a later word: the initials win ("Area" has an "e")
  ['Workers from the European Economic Area (EEA) may apply.', [['EEA', 'European Economic Area']]],
  ['Staff at the Office for Budget Responsibility (OBR) forecast growth.', [['OBR', 'Office for Budget Responsibility']]],
  ['Residents of the European Free Trade Association (EFTA) states.', [['EFTA', 'European Free Trade Association']]],
  // quotes and articles
  ['the Centralised Operational, Resettlement, Referral and Evaluation (‘CORRE’) Hub opened.',
    [['CORRE', 'Centralised Operational, Resettlement, Referral and Evaluation']]],
  ['“Modern Probation Theory” ("MPT") underpins the model.', [['MPT', 'Modern Probation Theory']]],
  ['This is set out in the Target Operating Model (the TOM) for probation.', [['TOM', 'Target Operating Model']]],
  // SHORT (long form)
  ['Each MO’s (Management Oversights) must be recorded on nDelius.', [['MO', 'Management Oversights']]],
  ["Every MO's (Management Oversights) outcome is recorded.", [['MO', 'Management Oversights']]],
  ['Ask the SPO (Senior Probation Officer) to countersign.', [['SPO', 'Senior Probation Officer']]],
  ['The HMPPS (HM Prison and Probation Service) guidance applies.', [['HMPPS', 'HM Prison and Probation Service']]],
  ['All PSRs (pre-sentence reports) must be quality assured.', [['PSR', 'pre-sentence reports']]],
  ['Contact the MAPPA (Multi-Agency Public Protection Arrangements) coordinator.',
    [['MAPPA', 'Multi-Agency Public Protection Arrangements']]],
  ['Use ‘OASys’ (Offender Assessment System) for all assessments.', [['OASys', 'Offender Assessment System']]],
  ['Record the PNC (Police National Computer) number.', [['PNC', 'Police National Computer']]],
  // nested and unbalanced brackets, brackets at the edges
  ['Record risk in the Offender Assessment System (OASys (version 2)) before sentence.', [['OASys', 'Offender Assessment System']]],
  ['The hub (see the Centralised Operational, Resettlement, Referral and Evaluation (CORRE) guidance) is open.',
    [['CORRE', 'Centralised Operational, Resettlement, Referral and Evaluation']]],
  ['Modern Probation Theory (MPT is used', []],
  [')) Modern Probation Theory (MPT) ((', [['MPT', 'Modern Probation Theory']]],
  ['(MPT) is used throughout.', []],
  ['Read the guidance on Modern Probation Theory (MPT)', [['MPT', 'Modern Probation Theory']]],
  // not definitions
  ['The framework was revised (2021) after consultation.', []],
  ['Apply the test described earlier (see paragraph 3.2) before allocation.', []],
  ['The conditions are: (a) attend appointments; (i) reside where approved.', []],
  ['Some checks (e.g. SFO reviews) take longer.', []],
  ['The officer noted the outcome (NS) in the file.', []],
  ['Inspections found gaps in supervision (HMIP, 2023).', []],
  ['Call the duty line (0300 047 6325) for advice.', []],
  ['Add a photograph (optional) to the record.', []],
  ['This was discussed at the team meeting (SFO).', []],
  ['(see) the guidance (and) the annex.', []],
  ['The practitioner (po) will arrange it.', []],
  ['See Part Two (II) of the annex.', []],
  ['Offices across the country (UK) are closed.', []],
  ['The NPS (now part of the Probation Service) closed in 2021.', []],
  ['Start the SFO (see below) process promptly.', []],
  ['Accommodation for prison leavers (CAS3) is limited.', []],
  // definitions that are not of acronyms, and false friends whose letters do not line up
  ['The Criminal Justice Act 2003 (the Act) sets the framework.', []],
  ['Unpaid Work (Community Payback) is delivered locally.', []],
  ['The report was delayed by the weekend (PSR).', []],
  ['We updated the plan (PSR) today.', []],
  ['The trade union Napo (NAPO) represents staff.', []],
  ['It was agreed (in principle) that the NS would act.', []],
  ['Staff (SPOs, POs and PSOs) attend the briefing.', []],
  ['The Probation Service (the Service) will act.', []],
];

const key = (short: string, long: string): string => `${short} = ${long}`;

describe('findDefinitions over labelled sentences', () => {
  it('has high precision and recall', () => {
    let found = 0;
    let correct = 0;
    let expected = 0;
    const misses: string[] = [];
    for (const [text, labels] of LABELLED) {
      const want = new Set(labels.map(([s, l]) => key(s, l)));
      const got = findDefinitions(text).map((d) => key(d.short, d.long));
      expected += want.size;
      found += got.length;
      for (const g of got) if (want.has(g)) correct++; else misses.push(`extra "${g}" in: ${text}`);
      for (const w of want) if (!got.includes(w)) misses.push(`missed "${w}" in: ${text}`);
    }
    const precision = found === 0 ? 1 : correct / found;
    const recall = expected === 0 ? 1 : correct / expected;
    console.log(`definition finder: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} over ${LABELLED.length} sentences`);
    if (misses.length > 0) console.log(misses.join('\n'));
    expect(LABELLED.length).toBeGreaterThanOrEqual(45);
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('reports offsets that cover the whole definition', () => {
    for (const [text] of LABELLED) {
      for (const d of findDefinitions(text)) {
        const whole = text.slice(d.start, d.end);
        expect(whole.endsWith(')')).toBe(true);
        expect(whole.includes(d.short)).toBe(true);
        const longFirst = whole.startsWith(d.long);
        expect(longFirst || whole.indexOf('(') > whole.indexOf(d.short)).toBe(true);
        expect(whole.includes(d.long)).toBe(true);
      }
    }
    const text = 'Intro. Modern Probation Theory (MPT) and the SPO (Senior Probation Officer).';
    expect(findDefinitions(text).map((d) => text.slice(d.start, d.end))).toEqual([
      'Modern Probation Theory (MPT)', 'SPO (Senior Probation Officer)',
    ]);
  });

  it('counts offsets in UTF-16 code units and collapses wrapped lines in the long form', () => {
    const text = '📄 Modern Probation\n  Theory (MPT)';
    const [d] = findDefinitions(text);
    expect(d && text.slice(d.start, d.end)).toBe('Modern Probation\n  Theory (MPT)');
    expect(d?.long).toBe('Modern Probation Theory');
  });
});

describe('findDefinitions reads the initial letters of the words before the bracket', () => {
  it('takes every word whose initial spells the short form, not the shortest run of letters', () => {
    const cases: readonly (readonly [string, string, string])[] = [
      ['Workers from the European Economic Area (EEA) may apply.', 'EEA', 'European Economic Area'],
      ['Rules for the Electronic Entry Authorisation (EEA) scheme.', 'EEA', 'Electronic Entry Authorisation'],
      ['The Serious Sexual Offences (SSO) team.', 'SSO', 'Serious Sexual Offences'],
      ['Send it to the Approved Premises Estate (APE) office.', 'APE', 'Approved Premises Estate'],
    ];
    for (const [text, short, long] of cases) {
      expect(findDefinitions(text).map((d) => [d.short, d.long])).toEqual([[short, long]]);
    }
  });

  it('still reads a letter from inside a word when the initials do not spell it', () => {
    expect(findDefinitions('Risk sits in the Offender Assessment System (OASys) record.').map((d) => d.long))
      .toEqual(['Offender Assessment System']);
    expect(findDefinitions('HM Prison and Probation Service (HMPPS) leads.').map((d) => d.long))
      .toEqual(['HM Prison and Probation Service']);
  });
});

describe('pairDefinition', () => {
  it('accepts an acronym with a meaning, without letter matching', () => {
    expect(pairDefinition('MAPPA', 'Multi-Agency Public Protection Arrangements'))
      .toEqual({ short: 'MAPPA', long: 'Multi-Agency Public Protection Arrangements' });
    expect(pairDefinition(' PMs ', ' performance\n  measures ')).toEqual({ short: 'PM', long: 'performance measures' });
    expect(pairDefinition('OASys', 'Offender Assessment System')).toEqual({ short: 'OASys', long: 'Offender Assessment System' });
    expect(pairDefinition('OM', 'Offender Manager, now Probation Practitioner'))
      .toEqual({ short: 'OM', long: 'Offender Manager, now Probation Practitioner' });
  });

  it('refuses a short form that is not an acronym or a meaning that is not one', () => {
    expect(pairDefinition('Napo', 'trade union')).toBeNull();
    expect(pairDefinition('see', 'something')).toBeNull();
    expect(pairDefinition('SFO', '')).toBeNull();
    expect(pairDefinition('SFO', '   ')).toBeNull();
    expect(pairDefinition('SFO', 'SFO')).toBeNull();
    expect(pairDefinition('SFO', 'sfo')).toBeNull();
    expect(pairDefinition('SFO', '0300 123 4567')).toBeNull();
    expect(pairDefinition('SFO', 'word '.repeat(100))).toBeNull();
  });
});

describe('isAcronymShaped', () => {
  it('accepts acronyms, mixed case and digits', () => {
    for (const token of ['SFO', 'PQiP', 'OASys', 'eMPT', 'CAS3', 'RM2000', 'CAS-3', 'A&E', 'HMPPS', 'PMs', 'UK', '3CAS', 'ABCDEFGHIJ']) {
      expect(isAcronymShaped(token), token).toBe(true);
    }
  });

  it('refuses ordinary words and odd tokens', () => {
    for (const token of ['', 'S', 'a', 'see', 'and', 'Napo', 'Offender', '2021', '-SFO', 'SFO-', 'S--O', 'ABCDEFGHIJK', 'S F O', 'Ph.D', "MO's", 'oASys', 'Sfo']) {
      expect(isAcronymShaped(token), token).toBe(false);
    }
  });
});

describe('findDefinitions on large and pathological input', () => {
  it('returns on a one-megabyte paragraph', () => {
    const text = 'the quick brown fox jumps over it '.repeat(32_000) + 'Modern Probation Theory (MPT).';
    expect(findDefinitions(text)).toHaveLength(1);
    expect(findDefinitions('x'.repeat(1_000_000) + ' (ABC)')).toEqual([]);
  });

  it('returns on ten thousand parenthesised phrases', () => {
    expect(findDefinitions('Modern Probation Theory (MPT) and '.repeat(10_000))).toHaveLength(10_000);
    expect(findDefinitions('some words (see paragraph 3.2) then '.repeat(10_000))).toEqual([]);
  });

  it('returns on runs of brackets', () => {
    for (const text of [
      '('.repeat(10_000), ')'.repeat(10_000), '()'.repeat(10_000), ')('.repeat(10_000),
      '('.repeat(10_000) + 'MPT' + ')'.repeat(10_000), 'Modern Probation Theory ' + '('.repeat(10_000) + 'MPT)',
      '(ABC'.repeat(10_000), 'A (B) '.repeat(10_000), 'SPO ('.repeat(10_000) + ')'.repeat(10_000),
      '\uD800(\uDC00)', '(', ')', '', ' ( ) ', '((MPT))', 'MPT ()',
    ]) {
      expect(Array.isArray(findDefinitions(text))).toBe(true);
    }
    expect(findDefinitions('Modern Probation Theory ' + '('.repeat(10_000) + 'MPT)')).toEqual([]);
  });
});

describe('findDefinitions with short forms already known', () => {
  it('passes over a bracket holding just a known short form, and reads every other bracket as before', () => {
    const text = 'The Serious Further Offence (SFO) review. A Probation Delivery Unit (PDU) met. The Serious Further Offence (SFO) again. NPS (National Probation Service) closed.';
    const all = findDefinitions(text).map((d) => `${d.short}=${d.long}`);
    expect(all).toEqual(['SFO=Serious Further Offence', 'PDU=Probation Delivery Unit', 'SFO=Serious Further Offence', 'NPS=National Probation Service']);
    expect(findDefinitions(text, new Set(['SFO', 'NPS'])).map((d) => `${d.short}=${d.long}`))
      .toEqual(['PDU=Probation Delivery Unit', 'NPS=National Probation Service']);
    expect(findDefinitions(text, new Set())).toEqual(findDefinitions(text));
  });
});

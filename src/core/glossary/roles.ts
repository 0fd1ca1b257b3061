import type { GlossaryEntry } from '../../shared/types';

/** Roles: who does what. */
export const ROLES: readonly GlossaryEntry[] = [
  {
    term: 'PO',
    senses: [
      {
        expansion: 'Probation Officer', category: 'role',
        definition: 'A qualified probation practitioner who assesses people who have offended, writes reports for courts and the Parole Board, and supervises people on community sentences or licence, including higher-risk cases.',
      },
      {
        expansion: 'Prison Officer', category: 'role',
        definition: 'A uniformed member of prison staff responsible for the security, safety and care of people in prison. Under OMiC some also act as key workers or prison offender managers.',
      },
    ],
  },
  {
    term: 'PSO',
    senses: [
      {
        expansion: 'Probation Service Officer', category: 'role',
        definition: 'A probation practitioner who manages mostly lower-risk cases and supports wider probation work, without holding the probation officer qualification.',
      },
      {
        expansion: 'Prison Service Order', category: 'document',
        definition: 'A long-standing mandatory instruction to prisons. Like Prison Service Instructions, PSOs are being replaced by policy frameworks.',
      },
    ],
  },
  {
    term: 'SPO',
    senses: [
      {
        expansion: 'Senior Probation Officer', category: 'role',
        definition: 'A probation manager who leads a team of probation officers and probation service officers and oversees their casework.',
      },
      {
        expansion: 'Sentence Plan Outcomes', category: 'other',
        definition: 'The results recorded against the objectives set in a person’s sentence plan.',
      },
    ],
  },
  {
    term: 'ACO',
    senses: [
      {
        expansion: 'Assistant Chief Officer (Probation)', category: 'role',
        definition: 'A senior manager in a former probation area or trust, ranking below the chief officer.',
      },
    ],
  },
  {
    term: 'CPO',
    senses: [
      {
        expansion: 'Chief Probation Officer', category: 'role',
        definition: 'The head of a local probation service before the 2001 reforms, when the title became chief officer of a probation area.',
      },
      {
        expansion: 'Community Punishment Order', category: 'process',
        definition: 'A community sentence of unpaid work, the name given to the community service order in 2001. The Criminal Justice Act 2003 replaced it with the unpaid work requirement of a community order.',
      },
      {
        expansion: 'Community Payback Order (Scotland)', category: 'process',
        definition: 'The main community sentence in Scotland, which can include unpaid work, supervision and other requirements.',
      },
      {
        expansion: 'Community Probation Officer', category: 'role',
        definition: 'A probation officer based in the community rather than in a prison.',
      },
    ],
  },
  {
    term: 'OM',
    renamed: { now: 'Probation Practitioner', note: 'the Target Operating Model’s name for the role since 2021' },
    senses: [
      {
        expansion: 'Offender Manager', category: 'role',
        definition: 'The probation practitioner responsible for managing a person’s sentence. HMPPS now uses ‘probation practitioner’ instead.',
      },
    ],
  },
  {
    term: 'OS',
    commonWord: true,
    senses: [
      {
        expansion: 'Offender Supervisor', category: 'role',
        definition: 'The former name for the prison staff member who supervised a prisoner’s sentence and worked with the community offender manager. Under OMiC the role became the prison offender manager (POM).',
      },
    ],
  },
  {
    term: 'POM',
    senses: [
      {
        expansion: 'Prison Offender Manager', category: 'role',
        definition: 'The member of prison staff, either a prison officer or a probation officer, who manages a prisoner’s sentence under OMiC until responsibility passes to the community probation practitioner.',
      },
      {
        expansion: 'Probation Offender Manager', category: 'role',
        definition: 'A probation officer working in a prison as a prison offender manager, as opposed to a prison officer in that role.',
      },
    ],
  },
  {
    term: 'COM',
    commonWord: true,
    senses: [
      {
        expansion: 'Community Offender Manager', category: 'role',
        definition: 'The probation practitioner in the community responsible for a prisoner’s case under OMiC, who takes over from the prison offender manager before release. HMPPS now prefers ‘community probation practitioner’.',
      },
      {
        expansion: 'Court Operations Manager', category: 'role',
        definition: 'A manager in HM Courts and Tribunals Service responsible for the day-to-day running of court administration.',
      },
    ],
  },
  {
    term: 'KW',
    senses: [
      {
        expansion: 'Key Worker', category: 'role',
        definition: 'A prison officer who spends regular time with a small number of prisoners to support them and encourage them to engage with their sentence, as part of OMiC.',
      },
    ],
  },
  {
    term: 'HOMD',
    senses: [
      {
        expansion: 'Head of Offender Management Delivery', category: 'role',
        definition: 'The prison manager responsible for the offender management unit and for delivering the OMiC model in that prison.',
      },
    ],
  },
  {
    term: 'RPD',
    senses: [
      {
        expansion: 'Regional Probation Director', category: 'role',
        definition: 'The senior HMPPS leader responsible for probation services in one of the probation regions of England and Wales.',
      },
    ],
  },
  {
    term: 'PP',
    senses: [
      {
        expansion: 'Probation Practitioner', category: 'role',
        definition: 'The current HMPPS term for the member of probation staff who manages a person’s case, whether a probation officer or a probation service officer. It replaced ‘offender manager’.',
      },
    ],
  },
  {
    term: 'DOM',
    commonWord: true,
    senses: [
      {
        expansion: 'Director of Offender Management', category: 'role',
        definition: 'A senior NOMS manager responsible for offender management services in a region, in the years before HMPPS was created.',
      },
    ],
  },
  {
    term: 'SO',
    commonWord: true,
    lookupOnly: true,
    senses: [
      {
        expansion: 'Supervising Officer', category: 'role',
        definition: 'An older term for the probation officer or youth justice worker who supervises a person on licence or under a supervision order.',
      },
    ],
  },
  {
    term: 'CRO',
    senses: [
      {
        expansion: 'Community Responsible Officer', category: 'role',
        definition: 'The practitioner in a Community Rehabilitation Company who was responsible for a case, equivalent to a community offender manager.',
      },
    ],
  },
  {
    term: 'DJ',
    commonWord: true,
    senses: [
      {
        expansion: 'District Judge', category: 'role',
        definition: 'A full-time, legally qualified judge. District Judges (Magistrates’ Courts) hear criminal cases in the magistrates’ courts, often sitting alone.',
      },
    ],
  },
  {
    term: 'LCJ',
    senses: [
      {
        expansion: 'Lord Chief Justice', category: 'role',
        definition: 'The head of the judiciary of England and Wales.',
      },
    ],
  },
  {
    term: 'PCSO',
    senses: [
      {
        expansion: 'Police Community Support Officer', category: 'role',
        definition: 'A uniformed member of police staff who supports local policing, with fewer powers than a police officer.',
      },
    ],
  },
  {
    term: 'PCO',
    senses: [
      {
        expansion: 'Prisoner Custody Officer', category: 'role',
        definition: 'A certified officer working for a contractor in a privately run prison or on prisoner escort duties.',
      },
    ],
  },
  {
    term: 'PCC',
    senses: [
      {
        expansion: 'Police and Crime Commissioner', category: 'role',
        definition: 'An elected official who sets the priorities and budget for a police force area and holds the chief constable to account. PCCs also commission victim services and work with partners to reduce reoffending.',
      },
    ],
  },
  {
    term: 'SRO',
    senses: [
      {
        expansion: 'Sexual Risk Order', category: 'process',
        definition: 'A civil order, made on police application, that can place restrictions on someone who has not necessarily been convicted but is believed to pose a risk of sexual harm.',
      },
      {
        expansion: 'Senior Responsible Owner', category: 'role',
        definition: 'The senior person accountable for a government programme or project meeting its objectives.',
      },
    ],
  },
  {
    term: 'RO',
    renamed: { now: 'Probation Practitioner', note: 'the Target Operating Model’s name for the role since 2021' },
    senses: [
      {
        expansion: 'Responsible Officer', category: 'role',
        definition: 'The person legally responsible for supervising someone on a community order, suspended sentence order or licence and for enforcing it. For adults this is usually their probation practitioner.',
      },
    ],
  },
  {
    term: 'ACE',
    commonWord: true,
    senses: [
      {
        expansion: 'Adverse Childhood Experiences', category: 'other',
        definition: 'Stressful or traumatic events in childhood, such as abuse, neglect or living with domestic abuse, which research links to later offending and poor health; practice guidance asks practitioners to take them into account.',
      },
      { expansion: 'Assistant Chief Executive (Probation)', category: 'role' },
    ],
  },
  {
    term: 'AMHP',
    senses: [
      {
        expansion: 'Approved Mental Health Professional', category: 'role',
        definition: 'A specially trained professional, often a social worker, who decides whether to apply for a person to be detained under the Mental Health Act 1983.',
      },
    ],
  },
  {
    term: 'ASW',
    senses: [
      {
        expansion: 'Approved Social Worker', category: 'role',
        definition: 'The social work role under the Mental Health Act 1983 that the approved mental health professional (AMHP) replaced in 2008.',
      },
    ],
  },
  {
    term: 'HMCI Prisons',
    senses: [
      {
        expansion: 'His Majesty’s Chief Inspector of Prisons', category: 'role',
        definition: 'The head of HM Inspectorate of Prisons, who reports independently on conditions for people in custody.',
      },
    ],
  },
  { term: 'SpAd', senses: [{ expansion: 'Special Adviser', category: 'role' }] },
  {
    term: 'DG',
    senses: [
      {
        expansion: 'Director General', category: 'role',
        definition: 'A very senior civil service grade, just below permanent secretary, usually heading a large part of a department or agency.',
      },
      { expansion: 'Data Gateway', category: 'system' },
    ],
  },
  {
    term: 'SU',
    senses: [
      {
        expansion: 'Service User', category: 'other',
        definition: 'A person using probation services. The term was widely used before HMPPS adopted ‘person on probation’.',
      },
    ],
  },
  {
    term: 'PoP',
    senses: [
      {
        expansion: 'Person on Probation', category: 'other',
        definition: 'The term HMPPS uses for someone supervised by the Probation Service, in preference to ‘offender’ or ‘service user’.',
      },
    ],
  },
  {
    term: 'PiP',
    senses: [
      {
        expansion: 'Person in Prison', category: 'other',
        definition: 'A term HMPPS uses for someone held in prison, in preference to ‘prisoner’ or ‘offender’.',
      },
    ],
  },
  {
    term: 'ISP',
    senses: [
      {
        expansion: 'Indeterminate Sentence Prisoner', category: 'other',
        definition: 'A prisoner serving an indeterminate sentence, such as life or IPP, who can be released only when the Parole Board directs. After release they remain on licence.',
      },
      {
        expansion: 'Initial Sentence Plan', category: 'document',
        definition: 'The first sentence plan made at the start of a sentence, setting objectives and interventions to address the person’s risks and needs.',
      },
    ],
  },
  {
    term: 'VP',
    senses: [
      {
        expansion: 'Vulnerable Prisoner', category: 'other',
        definition: 'A prisoner held apart from the main prison population for their own safety, for example because of the nature of their offence.',
      },
    ],
  },
  {
    term: 'PPO',
    senses: [
      {
        expansion: 'Prisons and Probation Ombudsman', category: 'organisation',
        definition: 'The independent ombudsman who investigates complaints from people in prison, on probation or in immigration detention, and deaths in custody or in approved premises.',
      },
      {
        expansion: 'Priority Prolific Offender', category: 'other',
        definition: 'A person identified locally as one of the most prolific or priority offenders under a 2004 scheme, whose work was later absorbed into Integrated Offender Management (IOM).',
      },
    ],
  },

];

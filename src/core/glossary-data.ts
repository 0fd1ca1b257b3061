import type { GlossaryEntry } from '../shared/types';

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
  // ---------------------------------------------------------------- organisations
  {
    term: 'HMPPS',
    senses: [
      {
        expansion: 'His Majesty’s Prison and Probation Service',
        category: 'organisation',
        definition:
          'The executive agency of the Ministry of Justice that runs prison and probation services in England and Wales. It replaced NOMS in April 2017.',
      },
    ],
  },
  {
    term: 'NOMS',
    senses: [
      {
        expansion: 'National Offender Management Service',
        category: 'organisation',
        definition:
          'The agency that ran prison and probation services in England and Wales from 2004 until it was replaced by HMPPS in April 2017.',
      },
    ],
  },
  {
    term: 'NPS',
    renamed: { now: 'the Probation Service', note: 'NPS and the CRCs were unified in June 2021' },
    senses: [
      {
        expansion: 'National Probation Service',
        category: 'organisation',
        definition:
          'The public probation service for England and Wales. From 2014 it managed higher-risk cases while CRCs managed the rest, and in June 2021 the two were unified as the Probation Service.',
      },
      {
        expansion: 'New (or Novel) Psychoactive Substances',
        category: 'other',
        definition:
          'Synthetic drugs made to copy the effects of controlled drugs such as cannabis, once sold as ‘legal highs’ until the Psychoactive Substances Act 2016 banned their supply. Synthetic cannabinoids (‘spice’) are a known problem in prisons.',
      },
    ],
  },
  {
    term: 'CRC',
    renamed: { now: 'the Probation Service', note: 'NPS and the CRCs were unified in June 2021' },
    senses: [
      {
        expansion: 'Community Rehabilitation Company',
        category: 'organisation',
        definition:
          'One of 21 companies that supervised low- and medium-risk offenders in England and Wales from 2014 under Transforming Rehabilitation. Their contracts ended in June 2021, when the work moved to the Probation Service.',
      },
    ],
  },
  {
    term: 'MoJ',
    variants: ['MOJ'],
    senses: [
      {
        expansion: 'Ministry of Justice',
        category: 'organisation',
        definition:
          'The UK government department responsible for the justice system in England and Wales, including courts, prisons and probation. HMPPS is one of its executive agencies.',
      },
    ],
  },
  {
    term: 'HMIP',
    senses: [
      {
        expansion: 'His Majesty’s Inspectorate of Probation',
        category: 'organisation',
        definition:
          'The independent inspectorate of probation and youth justice services in England and Wales. It usually calls itself HMI Probation.',
      },
      {
        expansion: 'His Majesty’s Inspectorate of Prisons',
        category: 'organisation',
        definition:
          'The independent inspectorate of prisons, young offender institutions, immigration detention and other places of custody in England and Wales. It also calls itself HMI Prisons.',
      },
    ],
  },
  {
    term: 'HMI Probation',
    senses: [
      {
        expansion: 'His Majesty’s Inspectorate of Probation',
        category: 'organisation',
        definition:
          'The independent inspectorate that reports on the quality of probation and youth justice services in England and Wales and on how well they protect the public.',
      },
    ],
  },
  {
    term: 'HMI Prisons',
    senses: [
      {
        expansion: 'His Majesty’s Inspectorate of Prisons for England and Wales',
        category: 'organisation',
        definition:
          'The independent inspectorate that reports on conditions and treatment in prisons, young offender institutions, immigration detention and other places of custody.',
      },
    ],
  },
  {
    term: 'HMCTS',
    senses: [
      {
        expansion: 'His Majesty’s Courts and Tribunals Service',
        category: 'organisation',
        definition:
          'The Ministry of Justice agency that runs the criminal, civil and family courts and tribunals in England and Wales, and some tribunals elsewhere in the UK.',
      },
    ],
  },
  {
    term: 'CPS',
    senses: [
      {
        expansion: 'Crown Prosecution Service',
        category: 'organisation',
        definition:
          'The independent public prosecutor for England and Wales. It decides whether people should be charged and presents criminal cases in court.',
      },
    ],
  },
  {
    term: 'YJB',
    senses: [
      {
        expansion: 'Youth Justice Board',
        category: 'organisation',
        definition:
          'The public body that oversees the youth justice system in England and Wales, monitoring youth offending services and advising ministers.',
      },
    ],
  },
  {
    term: 'YOT',
    senses: [
      {
        expansion: 'Youth Offending Team',
        category: 'organisation',
        definition:
          'A local authority team, with staff from police, probation, health and education, that works with children aged 10 to 17 who get into trouble with the law. Many are now called youth justice services.',
      },
    ],
  },
  {
    term: 'YOS',
    senses: [
      {
        expansion: 'Youth Offending Service',
        category: 'organisation',
        definition: 'Another name for a youth offending team (YOT), used by many local authorities.',
      },
    ],
  },
  {
    term: 'YCS',
    senses: [
      {
        expansion: 'Youth Custody Service',
        category: 'organisation',
        definition:
          'The part of HMPPS responsible for the secure estate for children, such as young offender institutions and secure training centres, in England and Wales.',
      },
    ],
  },
  {
    term: 'IMB',
    senses: [
      {
        expansion: 'Independent Monitoring Board',
        category: 'organisation',
        definition:
          'A group of unpaid volunteers appointed to monitor day-to-day conditions and treatment in a particular prison or immigration detention centre.',
      },
    ],
  },
  {
    term: 'ACPO',
    senses: [
      {
        expansion: 'Association of Chief Police Officers',
        category: 'organisation',
        definition:
          'The body that co-ordinated senior police leadership in England, Wales and Northern Ireland until 2015, when the National Police Chiefs’ Council replaced it.',
      },
    ],
  },
  {
    term: 'NACRO',
    variants: ['Nacro'],
    senses: [
      {
        expansion: 'National Association for the Care and Resettlement of Offenders',
        category: 'organisation',
        definition:
          'A national charity, now styled Nacro, that provides housing, education and support for people in contact with the criminal justice system.',
      },
    ],
  },
  {
    term: 'CCRC',
    senses: [
      {
        expansion: 'Criminal Cases Review Commission',
        category: 'organisation',
        definition:
          'The independent body that investigates possible miscarriages of justice in England, Wales and Northern Ireland and can refer convictions or sentences back to an appeal court.',
      },
    ],
  },
  {
    term: 'CICA',
    senses: [
      {
        expansion: 'Criminal Injuries Compensation Authority',
        category: 'organisation',
        definition:
          'The government body that decides claims for compensation from people physically or mentally injured as a victim of violent crime in Great Britain.',
      },
    ],
  },
  { term: 'LCJB', senses: [{ expansion: 'Local Criminal Justice Board', category: 'organisation' }] },
  {
    term: 'NAO',
    senses: [
      {
        expansion: 'National Audit Office',
        category: 'organisation',
        definition:
          'The independent body that audits central government spending for Parliament and reports on whether it gives value for money.',
      },
    ],
  },
  {
    term: 'PAC',
    senses: [
      {
        expansion: 'Public Accounts Committee',
        category: 'organisation',
        definition:
          'The House of Commons committee that examines the value for money of government spending, often on the basis of National Audit Office reports.',
      },
      {
        expansion: 'Prepare a Case for Sentence',
        category: 'system',
        definition:
          'An HMPPS digital service that helps probation court teams prepare for cases in the magistrates’ courts and record their outcomes.',
      },
    ],
  },
  {
    term: 'JSC',
    senses: [
      {
        expansion: 'Justice Select Committee',
        category: 'organisation',
        definition:
          'The House of Commons committee, formally the Justice Committee, that scrutinises the Ministry of Justice and its agencies, including prisons and probation.',
      },
    ],
  },
  {
    term: 'CAFCASS',
    variants: ['Cafcass'],
    senses: [
      {
        expansion: 'Children and Family Court Advisory and Support Service',
        category: 'organisation',
        definition:
          'The public body that represents the interests of children in family court cases in England, such as separation, care and adoption proceedings.',
      },
    ],
  },
  {
    term: 'PDU',
    senses: [
      {
        expansion: 'Probation Delivery Unit',
        category: 'organisation',
        definition:
          'The local unit of the Probation Service, usually matching one or more local authority areas, that manages people on probation there. PDUs came in with the 2021 unification, taking over from local delivery units.',
      },
    ],
  },
  {
    term: 'LDU',
    senses: [
      {
        expansion: 'Local Delivery Unit',
        category: 'organisation',
        definition:
          'A local operational unit of probation before 2021, usually covering a local authority or police area. Probation delivery units (PDUs) have replaced them.',
      },
    ],
  },
  {
    term: 'OMU',
    senses: [
      {
        expansion: 'Offender Management Unit',
        category: 'organisation',
        definition:
          'The team in a prison that manages sentences, covering assessments, sentence planning, categorisation and release planning, and liaises with probation in the community.',
      },
    ],
  },
  {
    term: 'PPU',
    senses: [
      {
        expansion: 'Public Protection Unit',
        category: 'organisation',
        definition:
          'A specialist unit handling public protection work, such as the police teams that manage registered sex offenders and other high-risk people alongside probation under MAPPA.',
      },
    ],
  },
  {
    term: 'PPCS',
    senses: [
      {
        expansion: 'Public Protection Casework Section',
        category: 'organisation',
        definition:
          'The HMPPS casework team that makes public protection decisions for the Secretary of State, such as recalls to custody and referrals to the Parole Board.',
      },
    ],
  },
  { term: 'RSG', senses: [{ expansion: 'Rehabilitation Services Group', category: 'organisation' }] },
  {
    term: 'LPT',
    senses: [
      {
        expansion: 'London Probation Trust',
        category: 'organisation',
        definition:
          'The probation trust for London until 2014, when probation trusts were replaced by the National Probation Service and Community Rehabilitation Companies.',
      },
    ],
  },
  {
    term: 'YOI',
    senses: [
      {
        expansion: 'Young Offender Institution',
        category: 'organisation',
        definition:
          'A custodial establishment for young people. Some hold young adults aged 18 to 20, and others hold children aged 15 to 17.',
      },
    ],
  },
  {
    term: 'STC',
    senses: [
      {
        expansion: 'Secure Training Centre',
        category: 'organisation',
        definition: 'A custodial establishment for children aged 12 to 17, with a focus on education and rehabilitation.',
      },
    ],
  },
  {
    term: 'SCH',
    senses: [
      {
        expansion: 'Secure Children’s Home',
        category: 'organisation',
        definition:
          'A small locked children’s home, usually run by a local authority, for children placed there for welfare reasons or on remand or sentence.',
      },
    ],
  },
  {
    term: 'IRC',
    senses: [
      {
        expansion: 'Immigration Removal Centre',
        category: 'organisation',
        definition: 'A centre where people are detained under immigration powers, usually while their removal from the UK is arranged.',
      },
    ],
  },
  { term: 'VCS', senses: [{ expansion: 'Voluntary and Community Sector', category: 'organisation' }] },
  { term: 'GDS', senses: [{ expansion: 'Government Digital Service', category: 'organisation' }] },
  { term: 'PGA', senses: [{ expansion: 'Prison Governors Association', category: 'organisation' }] },
  { term: 'POA', senses: [{ expansion: 'Prison Officers’ Association', category: 'organisation' }] },
  { term: 'MPS', senses: [{ expansion: 'Metropolitan Police Service', category: 'organisation' }] },
  {
    term: 'DBS',
    senses: [
      {
        expansion: 'Disclosure and Barring Service',
        category: 'organisation',
        definition:
          'The public body that carries out criminal record checks and keeps the lists of people barred from working with children or vulnerable adults.',
      },
    ],
  },
  {
    term: 'CSC',
    senses: [
      {
        expansion: 'Close Supervision Centre',
        category: 'organisation',
        definition:
          'A small, highly supervised unit in the high security prison estate for men who are among the most dangerous or disruptive prisoners.',
      },
    ],
  },
  {
    term: 'CFO',
    senses: [
      {
        expansion: 'HMPPS Co-Financing Organisation',
        category: 'organisation',
        definition:
          'The HMPPS unit that uses external funding, originally from the European Social Fund, to commission extra support for people in prison and on probation who are hard to reach.',
      },
    ],
  },
  {
    term: 'Napo',
    variants: ['NAPO'],
    senses: [
      {
        expansion: 'National Association of Probation Officers (now styled Napo)',
        category: 'organisation',
        definition:
          'The trade union and professional association for probation and family court (Cafcass) staff. It was founded as the National Association of Probation Officers and now uses the name Napo.',
      },
    ],
  },
  {
    term: 'CJSW',
    senses: [
      {
        expansion: 'Criminal Justice Social Work',
        category: 'organisation',
        definition: 'Local authority social work services in Scotland that do the work done by probation in England and Wales.',
      },
    ],
  },
  { term: 'BASW', senses: [{ expansion: 'British Association of Social Workers', category: 'organisation' }] },
  { term: 'ABPO', senses: [{ expansion: 'Association of Black Probation Officers', category: 'organisation' }] },
  {
    term: 'CSP',
    senses: [
      {
        expansion: 'Community Safety Partnership',
        category: 'organisation',
        definition:
          'A statutory local partnership of police, councils, fire, health and probation services that works together to reduce crime and disorder in an area.',
      },
    ],
  },
  { term: 'BCU', senses: [{ expansion: 'Basic Command Unit (Police)', category: 'organisation' }] },

  // ---------------------------------------------------------------- roles
  {
    term: 'PO',
    senses: [
      {
        expansion: 'Probation Officer',
        category: 'role',
        definition:
          'A qualified probation practitioner who assesses people who have offended, writes reports for courts and the Parole Board, and supervises people on community sentences or licence, including higher-risk cases.',
      },
      {
        expansion: 'Prison Officer',
        category: 'role',
        definition:
          'A uniformed member of prison staff responsible for the security, safety and care of people in prison. Under OMiC some also act as key workers or prison offender managers.',
      },
    ],
  },
  {
    term: 'PSO',
    senses: [
      {
        expansion: 'Probation Service Officer',
        category: 'role',
        definition:
          'A probation practitioner who manages mostly lower-risk cases and supports wider probation work, without holding the probation officer qualification.',
      },
      {
        expansion: 'Prison Service Order',
        category: 'document',
        definition:
          'A long-standing mandatory instruction to prisons. Like Prison Service Instructions, PSOs are being replaced by policy frameworks.',
      },
    ],
  },
  {
    term: 'SPO',
    senses: [
      {
        expansion: 'Senior Probation Officer',
        category: 'role',
        definition: 'A probation manager who leads a team of probation officers and probation service officers and oversees their casework.',
      },
      {
        expansion: 'Sentence Plan Outcomes',
        category: 'other',
        definition: 'The results recorded against the objectives set in a person’s sentence plan.',
      },
    ],
  },
  {
    term: 'ACO',
    senses: [
      {
        expansion: 'Assistant Chief Officer (Probation)',
        category: 'role',
        definition: 'A senior manager in a former probation area or trust, ranking below the chief officer.',
      },
    ],
  },
  {
    term: 'CPO',
    senses: [
      {
        expansion: 'Chief Probation Officer',
        category: 'role',
        definition:
          'The head of a local probation service before the 2001 reforms, when the title became chief officer of a probation area.',
      },
      {
        expansion: 'Community Punishment Order',
        category: 'process',
        definition:
          'A community sentence of unpaid work, the name given to the community service order in 2001. The Criminal Justice Act 2003 replaced it with the unpaid work requirement of a community order.',
      },
      {
        expansion: 'Community Payback Order (Scotland)',
        category: 'process',
        definition: 'The main community sentence in Scotland, which can include unpaid work, supervision and other requirements.',
      },
      {
        expansion: 'Community Probation Officer',
        category: 'role',
        definition: 'A probation officer based in the community rather than in a prison.',
      },
    ],
  },
  {
    term: 'OM',
    renamed: { now: 'Probation Practitioner', note: 'the Target Operating Model’s name for the role since 2021' },
    senses: [
      {
        expansion: 'Offender Manager',
        category: 'role',
        definition:
          'The probation practitioner responsible for managing a person’s sentence. HMPPS now uses ‘probation practitioner’ instead.',
      },
    ],
  },
  {
    term: 'OS',
    commonWord: true,
    senses: [
      {
        expansion: 'Offender Supervisor',
        category: 'role',
        definition:
          'The former name for the prison staff member who supervised a prisoner’s sentence and worked with the community offender manager. Under OMiC the role became the prison offender manager (POM).',
      },
    ],
  },
  {
    term: 'POM',
    senses: [
      {
        expansion: 'Prison Offender Manager',
        category: 'role',
        definition:
          'The member of prison staff, either a prison officer or a probation officer, who manages a prisoner’s sentence under OMiC until responsibility passes to the community probation practitioner.',
      },
      {
        expansion: 'Probation Offender Manager',
        category: 'role',
        definition: 'A probation officer working in a prison as a prison offender manager, as opposed to a prison officer in that role.',
      },
    ],
  },
  {
    term: 'COM',
    commonWord: true,
    senses: [
      {
        expansion: 'Community Offender Manager',
        category: 'role',
        definition:
          'The probation practitioner in the community responsible for a prisoner’s case under OMiC, who takes over from the prison offender manager before release. HMPPS now prefers ‘community probation practitioner’.',
      },
      {
        expansion: 'Court Operations Manager',
        category: 'role',
        definition: 'A manager in HM Courts and Tribunals Service responsible for the day-to-day running of court administration.',
      },
    ],
  },
  {
    term: 'KW',
    senses: [
      {
        expansion: 'Key Worker',
        category: 'role',
        definition:
          'A prison officer who spends regular time with a small number of prisoners to support them and encourage them to engage with their sentence, as part of OMiC.',
      },
    ],
  },
  {
    term: 'HOMD',
    senses: [
      {
        expansion: 'Head of Offender Management Delivery',
        category: 'role',
        definition: 'The prison manager responsible for the offender management unit and for delivering the OMiC model in that prison.',
      },
    ],
  },
  {
    term: 'RPD',
    senses: [
      {
        expansion: 'Regional Probation Director',
        category: 'role',
        definition: 'The senior HMPPS leader responsible for probation services in one of the probation regions of England and Wales.',
      },
    ],
  },
  {
    term: 'PP',
    senses: [
      {
        expansion: 'Probation Practitioner',
        category: 'role',
        definition:
          'The current HMPPS term for the member of probation staff who manages a person’s case, whether a probation officer or a probation service officer. It replaced ‘offender manager’.',
      },
    ],
  },
  {
    term: 'DOM',
    commonWord: true,
    senses: [
      {
        expansion: 'Director of Offender Management',
        category: 'role',
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
        expansion: 'Supervising Officer',
        category: 'role',
        definition: 'An older term for the probation officer or youth justice worker who supervises a person on licence or under a supervision order.',
      },
    ],
  },
  {
    term: 'CRO',
    senses: [
      {
        expansion: 'Community Responsible Officer',
        category: 'role',
        definition: 'The practitioner in a Community Rehabilitation Company who was responsible for a case, equivalent to a community offender manager.',
      },
    ],
  },
  {
    term: 'DJ',
    commonWord: true,
    senses: [
      {
        expansion: 'District Judge',
        category: 'role',
        definition: 'A full-time, legally qualified judge. District Judges (Magistrates’ Courts) hear criminal cases in the magistrates’ courts, often sitting alone.',
      },
    ],
  },
  {
    term: 'LCJ',
    senses: [
      {
        expansion: 'Lord Chief Justice',
        category: 'role',
        definition: 'The head of the judiciary of England and Wales.',
      },
    ],
  },
  {
    term: 'PCSO',
    senses: [
      {
        expansion: 'Police Community Support Officer',
        category: 'role',
        definition: 'A uniformed member of police staff who supports local policing, with fewer powers than a police officer.',
      },
    ],
  },
  {
    term: 'PCO',
    senses: [
      {
        expansion: 'Prisoner Custody Officer',
        category: 'role',
        definition: 'A certified officer working for a contractor in a privately run prison or on prisoner escort duties.',
      },
    ],
  },
  {
    term: 'PCC',
    senses: [
      {
        expansion: 'Police and Crime Commissioner',
        category: 'role',
        definition:
          'An elected official who sets the priorities and budget for a police force area and holds the chief constable to account. PCCs also commission victim services and work with partners to reduce reoffending.',
      },
    ],
  },
  {
    term: 'SRO',
    senses: [
      {
        expansion: 'Sexual Risk Order',
        category: 'process',
        definition:
          'A civil order, made on police application, that can place restrictions on someone who has not necessarily been convicted but is believed to pose a risk of sexual harm.',
      },
      {
        expansion: 'Senior Responsible Owner',
        category: 'role',
        definition: 'The senior person accountable for a government programme or project meeting its objectives.',
      },
    ],
  },
  {
    term: 'RO',
    renamed: { now: 'Probation Practitioner', note: 'the Target Operating Model’s name for the role since 2021' },
    senses: [
      {
        expansion: 'Responsible Officer',
        category: 'role',
        definition:
          'The person legally responsible for supervising someone on a community order, suspended sentence order or licence and for enforcing it. For adults this is usually their probation practitioner.',
      },
    ],
  },
  {
    term: 'ACE',
    commonWord: true,
    senses: [
      {
        expansion: 'Adverse Childhood Experiences',
        category: 'other',
        definition:
          'Stressful or traumatic events in childhood, such as abuse, neglect or living with domestic abuse, which research links to later offending and poor health; practice guidance asks practitioners to take them into account.',
      },
      { expansion: 'Assistant Chief Executive (Probation)', category: 'role' },
    ],
  },
  {
    term: 'AMHP',
    senses: [
      {
        expansion: 'Approved Mental Health Professional',
        category: 'role',
        definition:
          'A specially trained professional, often a social worker, who decides whether to apply for a person to be detained under the Mental Health Act 1983.',
      },
    ],
  },
  {
    term: 'ASW',
    senses: [
      {
        expansion: 'Approved Social Worker',
        category: 'role',
        definition: 'The social work role under the Mental Health Act 1983 that the approved mental health professional (AMHP) replaced in 2008.',
      },
    ],
  },
  {
    term: 'HMCI Prisons',
    senses: [
      {
        expansion: 'His Majesty’s Chief Inspector of Prisons',
        category: 'role',
        definition: 'The head of HM Inspectorate of Prisons, who reports independently on conditions for people in custody.',
      },
    ],
  },
  { term: 'SpAd', senses: [{ expansion: 'Special Adviser', category: 'role' }] },
  {
    term: 'DG',
    senses: [
      {
        expansion: 'Director General',
        category: 'role',
        definition: 'A very senior civil service grade, just below permanent secretary, usually heading a large part of a department or agency.',
      },
      { expansion: 'Data Gateway', category: 'system' },
    ],
  },
  {
    term: 'SU',
    senses: [
      {
        expansion: 'Service User',
        category: 'other',
        definition: 'A person using probation services. The term was widely used before HMPPS adopted ‘person on probation’.',
      },
    ],
  },
  {
    term: 'PoP',
    senses: [
      {
        expansion: 'Person on Probation',
        category: 'other',
        definition: 'The term HMPPS uses for someone supervised by the Probation Service, in preference to ‘offender’ or ‘service user’.',
      },
    ],
  },
  {
    term: 'PiP',
    senses: [
      {
        expansion: 'Person in Prison',
        category: 'other',
        definition: 'A term HMPPS uses for someone held in prison, in preference to ‘prisoner’ or ‘offender’.',
      },
    ],
  },
  {
    term: 'ISP',
    senses: [
      {
        expansion: 'Indeterminate Sentence Prisoner',
        category: 'other',
        definition:
          'A prisoner serving an indeterminate sentence, such as life or IPP, who can be released only when the Parole Board directs. After release they remain on licence.',
      },
      {
        expansion: 'Initial Sentence Plan',
        category: 'document',
        definition: 'The first sentence plan made at the start of a sentence, setting objectives and interventions to address the person’s risks and needs.',
      },
    ],
  },
  {
    term: 'VP',
    senses: [
      {
        expansion: 'Vulnerable Prisoner',
        category: 'other',
        definition: 'A prisoner held apart from the main prison population for their own safety, for example because of the nature of their offence.',
      },
    ],
  },
  {
    term: 'PPO',
    senses: [
      {
        expansion: 'Prisons and Probation Ombudsman',
        category: 'organisation',
        definition:
          'The independent ombudsman who investigates complaints from people in prison, on probation or in immigration detention, and deaths in custody or in approved premises.',
      },
      {
        expansion: 'Priority Prolific Offender',
        category: 'other',
        definition:
          'A person identified locally as one of the most prolific or priority offenders under a 2004 scheme, whose work was later absorbed into Integrated Offender Management (IOM).',
      },
    ],
  },

  // ---------------------------------------------------------------- processes, sentences and programmes
  {
    term: 'MAPPA',
    senses: [
      {
        expansion: 'Multi-Agency Public Protection Arrangements',
        category: 'process',
        definition:
          'The statutory arrangements under which police, probation and prisons, with other agencies that have a duty to co-operate, assess and manage the risks posed by sexual and violent offenders in the community.',
      },
    ],
  },
  {
    term: 'MARAC',
    senses: [
      {
        expansion: 'Multi-Agency Risk Assessment Conference',
        category: 'process',
        definition:
          'A regular local meeting where police, probation, health, children’s services, housing and domestic abuse advisers share information and plan safety for victims of domestic abuse at high risk of serious harm.',
      },
    ],
  },
  {
    term: 'IOM',
    senses: [
      {
        expansion: 'Integrated Offender Management',
        category: 'process',
        definition:
          'An approach in which police, probation and other local agencies jointly manage the people who commit the most crime in an area, often prolific neighbourhood offenders.',
      },
    ],
  },
  {
    term: 'HDC',
    senses: [
      {
        expansion: 'Home Detention Curfew',
        category: 'process',
        definition:
          'A scheme that lets some prisoners serving shorter sentences leave prison before their automatic release date, on an electronically monitored curfew at an approved address.',
      },
    ],
  },
  {
    term: 'ROTL',
    variants: ['RoTL'],
    senses: [
      {
        expansion: 'Release on Temporary Licence',
        category: 'process',
        definition:
          'Temporary release from prison with conditions, for example for work, training, family contact or resettlement, for prisoners risk-assessed as suitable.',
      },
    ],
  },
  {
    term: 'TTG',
    senses: [
      {
        expansion: 'Through the Gate',
        category: 'process',
        definition:
          'Resettlement support that starts in prison and continues after release. Under Transforming Rehabilitation, CRCs provided it to prisoners in their last weeks before release.',
      },
    ],
  },
  {
    term: 'RAR',
    senses: [
      {
        expansion: 'Rehabilitation Activity Requirement',
        category: 'process',
        definition:
          'A requirement of a community order or suspended sentence order, created by the Offender Rehabilitation Act 2014, setting a maximum number of days of rehabilitative activity directed by probation.',
      },
    ],
  },
  {
    term: 'DRR',
    senses: [
      {
        expansion: 'Drug Rehabilitation Requirement',
        category: 'process',
        definition:
          'A requirement of a community order or suspended sentence order for drug treatment and regular testing. The person must agree to it, and the court may review progress.',
      },
    ],
  },
  {
    term: 'PSS',
    senses: [
      {
        expansion: 'Post Sentence Supervision',
        category: 'process',
        definition:
          'Supervision after the licence period of a custodial sentence of under two years ends, so that supervision lasts 12 months from release in total. It was introduced by the Offender Rehabilitation Act 2014.',
      },
    ],
  },
  {
    term: 'SSO',
    senses: [
      {
        expansion: 'Suspended Sentence Order',
        category: 'process',
        definition:
          'A prison sentence of up to two years that is suspended so that it is served in the community, usually with requirements. Breaching it or reoffending can lead to the prison term being activated.',
      },
    ],
  },
  {
    term: 'SOPC',
    senses: [
      {
        expansion: 'Special Custodial Sentence for Certain Offenders of Particular Concern',
        category: 'process',
        definition:
          'A sentence for certain terrorist and child sex offences that adds a one-year licence period to the custodial term. Release before the end of the custodial term needs Parole Board approval.',
      },
    ],
  },
  {
    term: 'DTO',
    senses: [
      {
        expansion: 'Detention and Training Order',
        category: 'process',
        definition:
          'A custodial sentence for children aged 12 to 17, half of which is usually served in custody and half under supervision in the community.',
      },
    ],
  },
  {
    term: 'ECSL',
    senses: [
      {
        expansion: 'End of Custody Supervised Licence',
        category: 'process',
        definition:
          'A scheme introduced in 2023 to ease pressure on prison places, under which some prisoners are released on licence shortly before their automatic release date.',
      },
    ],
  },
  {
    term: 'FTR',
    senses: [
      {
        expansion: 'Fixed Term Recall',
        category: 'process',
        definition:
          'A recall to prison for a fixed period, usually 14 or 28 days, after which the person is released automatically. It is used where re-release would not pose an unmanageable risk.',
      },
    ],
  },
  {
    term: 'ACR',
    senses: [
      {
        expansion: 'Automatic Conditional Release',
        category: 'process',
        definition:
          'Automatic release on licence at the halfway point, which under the Criminal Justice Act 1991 applied to sentences of 12 months to under four years.',
      },
    ],
  },
  { term: 'NSI', senses: [{ expansion: 'Non-Statutory Intervention', category: 'process' }] },
  {
    term: 'OBP',
    senses: [
      {
        expansion: 'Offender Behaviour Programme',
        category: 'process',
        definition: 'A structured group or one-to-one programme that addresses the thinking and behaviour linked to a person’s offending.',
      },
    ],
  },
  {
    term: 'MOSOVO',
    senses: [
      {
        expansion: 'Managing Sexual Offenders and Violent Offenders',
        category: 'process',
        definition: 'The police work, and the police units doing it, of managing registered sex offenders and certain violent offenders in the community.',
      },
    ],
  },
  {
    term: 'CRS',
    senses: [
      {
        expansion: 'Commissioned Rehabilitative Services',
        category: 'process',
        definition:
          'Services such as accommodation, employment and personal wellbeing support that the Probation Service buys from other organisations for people on probation, in place since the 2021 unification.',
      },
    ],
  },
  {
    term: 'IDAP',
    senses: [
      {
        expansion: 'Integrated Domestic Abuse Programme',
        category: 'process',
        definition: 'An earlier accredited programme for men who had been abusive to a female partner, replaced by Building Better Relationships (BBR).',
      },
    ],
  },
  {
    term: 'BBR',
    senses: [
      {
        expansion: 'Building Better Relationships',
        category: 'process',
        definition:
          'An accredited programme for men who have been violent towards a female partner, delivered in prisons and the community. It replaced earlier programmes such as IDAP and CDVP.',
      },
    ],
  },
  {
    term: 'TSP',
    senses: [
      {
        expansion: 'Thinking Skills Programme',
        category: 'process',
        definition:
          'An accredited programme that helps people develop skills such as self-control, problem solving and considering others’ views, to reduce reoffending. It replaced Enhanced Thinking Skills.',
      },
    ],
  },
  {
    term: 'ETS',
    senses: [
      {
        expansion: 'Enhanced Thinking Skills',
        category: 'process',
        definition: 'An earlier accredited cognitive skills programme, replaced by the Thinking Skills Programme (TSP).',
      },
    ],
  },
  {
    term: 'SOTP',
    senses: [
      {
        expansion: 'Sex Offender Treatment Programme',
        category: 'process',
        definition: 'A former group of accredited programmes for men convicted of sexual offences, replaced from 2017 by newer programmes such as Horizon and Kaizen.',
      },
    ],
  },
  {
    term: 'ACCT',
    senses: [
      {
        expansion: 'Assessment, Care in Custody and Teamwork',
        category: 'process',
        definition:
          'The case management process used in prisons for people at risk of suicide or self-harm, with an assessment, regular case reviews and a care plan.',
      },
    ],
  },
  {
    term: 'CSIP',
    senses: [
      {
        expansion: 'Challenge Support Intervention Plan',
        category: 'process',
        definition: 'The process prisons use to manage people who are violent or pose a serious risk of violence, combining challenge with support.',
      },
    ],
  },
  {
    term: 'CSRA',
    senses: [
      {
        expansion: 'Cell Share Risk Assessment',
        category: 'process',
        definition: 'An assessment made when someone arrives in prison of whether they can safely share a cell, and with whom.',
      },
    ],
  },
  {
    term: 'BASS',
    commonWord: true,
    senses: [
      {
        expansion: 'Bail Accommodation and Support Service',
        category: 'process',
        definition:
          'A Ministry of Justice service providing accommodation and support for people on bail, or released on home detention curfew, who have no suitable address. It is now known as CAS-2.',
      },
    ],
  },
  {
    term: 'CAS-3',
    variants: ['CAS3'],
    senses: [
      {
        expansion: 'Community Accommodation Service Tier 3',
        category: 'process',
        definition:
          'Temporary accommodation, for up to 84 nights, for people leaving prison or on probation who would otherwise be homeless. Tier 1 is approved premises and tier 2 is bail and HDC accommodation.',
      },
    ],
  },
  {
    term: 'E3',
    senses: [{ expansion: 'Effectiveness, Efficiency and Excellence', category: 'process' }],
  },
  {
    term: 'OMiC',
    variants: ['OMIC'],
    senses: [
      {
        expansion: 'Offender Management in Custody',
        category: 'process',
        definition:
          'The HMPPS model for managing people in prison: key workers support prisoners and prison offender managers (POMs) manage their sentences, with a handover to a community probation practitioner before release.',
      },
    ],
  },
  {
    term: 'ASRO',
    senses: [
      {
        expansion: 'Addressing Substance Related Offending',
        category: 'process',
        definition: 'An accredited programme for people whose offending is linked to drug or alcohol misuse.',
      },
    ],
  },
  {
    term: 'ARMS',
    commonWord: true,
    senses: [
      {
        expansion: 'Active Risk Management System',
        category: 'process',
        definition:
          'A structured assessment, used by police and probation, of the risk factors and protective factors of adult men convicted of sexual offences, to guide how they are managed in the community.',
      },
    ],
  },
  {
    term: 'DTTO',
    senses: [
      {
        expansion: 'Drug Treatment and Testing Order',
        category: 'process',
        definition:
          'A community sentence introduced in 1998 that required drug treatment and regular testing. It was replaced by the drug rehabilitation requirement (DRR) under the Criminal Justice Act 2003.',
      },
    ],
  },
  {
    term: 'CDVP',
    senses: [
      {
        expansion: 'Community Domestic Violence Programme',
        category: 'process',
        definition: 'An earlier accredited community programme for men who had been violent to a partner, replaced by Building Better Relationships (BBR).',
      },
    ],
  },
  {
    term: 'HRP',
    senses: [
      {
        expansion: 'Healthy Relationships Programme',
        category: 'process',
        definition: 'An earlier accredited programme, delivered in prisons and the community, for men who had been violent in intimate relationships.',
      },
    ],
  },
  {
    term: 'TR',
    senses: [
      {
        expansion: 'Transforming Rehabilitation',
        category: 'process',
        definition:
          'The government’s 2014 to 2021 probation reforms, which split probation into the National Probation Service and 21 Community Rehabilitation Companies and extended supervision to people leaving short sentences.',
      },
    ],
  },
  {
    term: 'UPW',
    senses: [
      {
        expansion: 'Unpaid Work',
        category: 'process',
        definition:
          'Work in the community, such as cleaning or repair projects, that a court can order as part of a community order or suspended sentence order. It is delivered as Community Payback.',
      },
    ],
  },
  {
    term: 'ATR',
    senses: [
      {
        expansion: 'Alcohol Treatment Requirement',
        category: 'process',
        definition:
          'A requirement of a community order or suspended sentence order that the person undergoes treatment for alcohol dependency. The person must agree to it.',
      },
    ],
  },
  {
    term: 'CO',
    commonWord: true,
    senses: [
      {
        expansion: 'Community Order',
        category: 'process',
        definition:
          'A community sentence for adults, lasting up to three years, with one or more requirements such as unpaid work, a curfew or a rehabilitation activity requirement.',
      },
    ],
  },
  {
    term: 'EDS',
    senses: [
      {
        expansion: 'Extended Determinate Sentence',
        category: 'process',
        definition:
          'A sentence for offenders assessed as dangerous: a custodial term plus an extended licence of up to five years (eight for sexual offences). Release before the end of the custodial term needs the Parole Board.',
      },
    ],
  },
  {
    term: 'SDS',
    senses: [
      {
        expansion: 'Standard Determinate Sentence',
        category: 'process',
        definition:
          'A fixed-length prison sentence. The person is released automatically at a set point, often halfway, and serves the rest of the sentence on licence in the community.',
      },
    ],
  },
  {
    term: 'IPP',
    senses: [
      {
        expansion: 'Imprisonment (or Detention) for Public Protection',
        category: 'process',
        definition:
          'An indeterminate sentence given from 2005 until it was abolished for new cases in 2012. After a minimum term, release depends on the Parole Board, and the person is then on licence.',
      },
    ],
  },
  {
    term: 'EM',
    senses: [
      {
        expansion: 'Electronic Monitoring',
        category: 'process',
        definition:
          'The use of electronic tags to monitor a person’s curfew, location or alcohol use as a condition of a court order, licence or bail.',
      },
    ],
  },
  {
    term: 'AP',
    senses: [
      {
        expansion: 'Approved Premises',
        category: 'other',
        definition:
          'Staffed residential accommodation, once called probation or bail hostels, mainly for people released on licence who pose a high risk of serious harm and need close supervision.',
      },
      {
        expansion: 'Accredited Programme',
        category: 'process',
        definition:
          'A group programme, such as Building Better Relationships or the Thinking Skills Programme, accredited as effective in reducing reoffending and delivered in prisons or the community.',
      },
    ],
  },
  {
    term: 'TUSED',
    senses: [
      {
        expansion: 'Top Up Supervision Expiry Date',
        category: 'other',
        definition: 'The date post-sentence supervision ends, 12 months after release, for people who served a custodial sentence of under two years.',
      },
    ],
  },
  {
    term: 'AUR',
    senses: [
      {
        expansion: 'Automatic Unconditional Release',
        category: 'process',
        definition: 'Release at the halfway point without licence, which used to apply to sentences of under 12 months before the Offender Rehabilitation Act 2014.',
      },
    ],
  },
  {
    term: 'DTC',
    senses: [
      {
        expansion: 'Duty to Co-operate',
        category: 'process',
        definition:
          'The legal duty on agencies such as local authorities, health bodies, housing providers and Jobcentre Plus to co-operate with police, prisons and probation under MAPPA.',
      },
    ],
  },
  {
    term: 'CPPC',
    senses: [
      {
        expansion: 'Critical Public Protection Case',
        category: 'process',
        definition:
          'A MAPPA level 3 case registered for extra national oversight and support because of the serious risk it poses and likely public interest.',
      },
    ],
  },
  {
    term: 'ERCG',
    senses: [
      {
        expansion: 'Early Release on Compassionate Grounds',
        category: 'process',
        definition: 'Release of a prisoner by the Secretary of State for exceptional reasons, such as terminal illness or tragic family circumstances.',
      },
    ],
  },
  {
    term: 'EPP',
    senses: [
      {
        expansion: 'Extended Sentence for Public Protection',
        category: 'process',
        definition:
          'An extended sentence under the Criminal Justice Act 2003 for dangerous offenders, used until LASPO replaced it with the extended determinate sentence (EDS) in 2012.',
      },
    ],
  },

  // ---------------------------------------------------------------- dates and other terms
  {
    term: 'CRD',
    senses: [
      {
        expansion: 'Conditional Release Date',
        category: 'other',
        definition: 'The date a prisoner must be released automatically on licence, for example the halfway point of many standard determinate sentences.',
      },
      {
        expansion: 'Custodial Release Date',
        category: 'other',
        definition: 'A less formal name for the date a person is due to be released from custody.',
      },
    ],
  },
  { term: 'ARD', senses: [{ expansion: 'Automatic Release Date', category: 'other' }] },
  {
    term: 'PED',
    senses: [
      {
        expansion: 'Parole Eligibility Date',
        category: 'other',
        definition: 'The earliest date a prisoner can be released if the Parole Board directs it, for example the two-thirds point of an extended sentence.',
      },
    ],
  },
  {
    term: 'SED',
    senses: [
      {
        expansion: 'Sentence Expiry Date',
        category: 'other',
        definition: 'The date a sentence formally ends. For many sentences the licence ends on the same day.',
      },
    ],
  },
  {
    term: 'LED',
    commonWord: true,
    senses: [
      {
        expansion: 'Licence Expiry Date',
        category: 'other',
        definition: 'The date a person’s licence ends, after which licence conditions and recall no longer apply.',
      },
    ],
  },
  {
    term: 'SLED',
    commonWord: true,
    senses: [
      {
        expansion: 'Sentence and Licence Expiry Date',
        category: 'other',
        definition:
          'The single date on which both the sentence and the licence end, used where the two coincide. Post-sentence supervision may still follow for short sentences.',
      },
    ],
  },
  {
    term: 'HDCED',
    senses: [
      {
        expansion: 'Home Detention Curfew Eligibility Date',
        category: 'other',
        definition: 'The earliest date a prisoner could be released on home detention curfew (HDC), if approved.',
      },
    ],
  },
  { term: 'HDCAD', senses: [{ expansion: 'Home Detention Curfew Actual Date', category: 'other' }] },
  {
    term: 'THD',
    senses: [
      {
        expansion: 'Target Hearing Date',
        category: 'other',
        definition: 'The date by which a parole review for an indeterminate sentence prisoner should be heard, usually around the end of the tariff.',
      },
    ],
  },
  {
    term: 'RoH',
    senses: [
      {
        expansion: 'Risk of Harm',
        category: 'other',
        definition:
          'The likelihood that a person will cause harm to others, assessed alongside their likelihood of reoffending. The most serious level is risk of serious harm (RoSH).',
      },
    ],
  },
  {
    term: 'ROSH',
    variants: ['RoSH'],
    senses: [
      {
        expansion: 'Risk of Serious Harm',
        category: 'other',
        definition:
          'The likelihood that a person will cause harm that is life-threatening or traumatic and hard to recover from, graded low, medium, high or very high and recorded in OASys.',
      },
    ],
  },
  {
    term: 'SFO',
    senses: [
      {
        expansion: 'Serious Further Offence',
        category: 'other',
        definition:
          'A serious violent or sexual offence, such as murder or rape, allegedly committed by someone under probation supervision or shortly after it ended. It triggers a formal review of how the case was managed.',
      },
    ],
  },
  {
    term: 'ETE',
    senses: [
      {
        expansion: 'Education, Training and Employment',
        category: 'other',
        definition: 'One of the needs assessed and addressed in sentence planning, because work and learning help people stop offending.',
      },
    ],
  },
  {
    term: 'CJS',
    senses: [
      {
        expansion: 'Criminal Justice System',
        category: 'other',
        definition: 'The police, prosecutors, courts, prisons, probation and other bodies that together deal with crime and with people accused or convicted of it.',
      },
    ],
  },
  {
    term: 'CRN',
    senses: [
      {
        expansion: 'Case Reference Number',
        category: 'other',
        definition: 'The unique identifier given to a person’s record in nDelius, the probation case management system.',
      },
    ],
  },
  {
    term: 'CPA',
    senses: [
      {
        expansion: 'Contract Package Area',
        category: 'other',
        definition: 'One of the 21 geographical areas covered by a Community Rehabilitation Company contract under Transforming Rehabilitation.',
      },
    ],
  },
  {
    term: 'OPD',
    senses: [
      {
        expansion: 'Offender Personality Disorder',
        category: 'other',
        definition:
          'The joint HMPPS and NHS England pathway of psychologically informed services for high-risk offenders who are likely to have a personality disorder.',
      },
    ],
  },
  { term: 'NSMART', senses: [{ expansion: 'National Standards Monitoring and Reporting Tool', category: 'system' }] },
  {
    term: 'TED',
    commonWord: true,
    senses: [
      {
        expansion: 'Tariff Expiry Date',
        category: 'other',
        definition: 'The date the minimum term (tariff) of a life or IPP sentence ends, after which the Parole Board can consider release.',
      },
      {
        expansion: 'Tenders Electronic Daily',
        category: 'other',
        definition: 'The online journal where public contracts in the European Union are advertised. UK bodies stopped using it after Brexit.',
      },
    ],
  },
  {
    term: 'DV',
    senses: [
      {
        expansion: 'Domestic Violence',
        category: 'other',
        definition: 'An older term, still in use, for violence or abuse between partners, ex-partners or family members. Current policy usually says domestic abuse (DA).',
      },
      {
        expansion: 'Developed Vetting',
        category: 'other',
        definition: 'The most thorough level of UK government security vetting, needed for roles with frequent access to top secret information.',
      },
    ],
  },
  {
    term: 'DA',
    variants: ['D.A.'],
    senses: [
      {
        expansion: 'Domestic Abuse',
        category: 'other',
        definition:
          'Abusive behaviour, including physical, sexual, economic, emotional and controlling or coercive behaviour, between people aged 16 or over who are personally connected, as defined in the Domestic Abuse Act 2021.',
      },
    ],
  },
  {
    term: 'PQiP',
    variants: ['PQIP'],
    senses: [
      {
        expansion: 'Professional Qualification in Probation',
        category: 'other',
        definition:
          'The training route to becoming a qualified probation officer in England and Wales, combining degree-level study with supervised work as a trainee in the Probation Service.',
      },
    ],
  },
  { term: 'PQF', senses: [{ expansion: 'Probation Qualification Framework', category: 'other' }] },
  {
    term: 'NS',
    senses: [
      {
        expansion: 'National Standards',
        category: 'document',
        definition:
          'The minimum requirements HMPPS sets for supervising people on probation, such as contact and enforcement. Recent versions leave much of the detail to practitioners’ professional judgement.',
      },
    ],
  },
  {
    term: 'TOM',
    commonWord: true,
    senses: [
      {
        expansion: 'Target Operating Model',
        category: 'document',
        definition:
          'A plan for how an organisation will work after a reform. In probation it usually means the model for the unified Probation Service from 2021, or the earlier model for Transforming Rehabilitation.',
      },
    ],
  },
  {
    term: 'PSR',
    senses: [
      {
        expansion: 'Pre-Sentence Report',
        category: 'document',
        definition:
          'A report by probation that helps a court decide on a sentence, assessing the offence, the defendant’s circumstances, risks and needs, and proposing a suitable sentence.',
      },
    ],
  },
  {
    term: 'CJSWR',
    senses: [
      {
        expansion: 'Criminal Justice Social Work Report',
        category: 'document',
        definition: 'The Scottish equivalent of a pre-sentence report, prepared by criminal justice social work for a court.',
      },
    ],
  },
  {
    term: 'PSI',
    senses: [
      {
        expansion: 'Prison Service Instruction',
        category: 'document',
        definition: 'A mandatory instruction to prisons issued by NOMS or HMPPS. PSIs are being replaced by policy frameworks.',
      },
    ],
  },
  {
    term: 'PI',
    senses: [
      {
        expansion: 'Probation Instruction',
        category: 'document',
        definition: 'A mandatory instruction to probation services issued by NOMS or HMPPS. Like PSIs, PIs are being replaced by policy frameworks.',
      },
    ],
  },
  {
    term: 'RMP',
    senses: [
      {
        expansion: 'Risk Management Plan',
        category: 'document',
        definition:
          'The plan setting out how a person’s risk of serious harm will be managed, including supervision, controls, interventions, victim safety and contingency actions.',
      },
    ],
  },
  {
    term: 'FDR',
    senses: [
      {
        expansion: 'Fast Delivery Report',
        category: 'document',
        definition: 'A shorter pre-sentence report, often prepared on the day of the hearing, for less complex cases. It may be written or oral.',
      },
    ],
  },
  { term: 'IPPF', senses: [{ expansion: 'Integrated Probation Performance Framework', category: 'document' }] },

  // ---------------------------------------------------------------- systems and tools
  {
    term: 'OASys',
    variants: ['OASYS'],
    senses: [
      {
        expansion: 'Offender Assessment System',
        category: 'system',
        definition:
          'The national risk and needs assessment system used by prisons and probation in England and Wales, covering likelihood of reoffending, risk of serious harm and sentence planning.',
      },
    ],
  },
  {
    term: 'nDelius',
    variants: ['NDelius', 'Delius'],
    senses: [
      {
        expansion: 'National Delius',
        category: 'system',
        definition:
          'The national case management system used by the Probation Service in England and Wales to record people’s sentences, requirements, contacts and other case information.',
      },
    ],
  },
  {
    term: 'NOMIS',
    senses: [
      {
        expansion: 'National Offender Management Information System',
        category: 'system',
        definition: 'The main prison case management system in England and Wales, holding records of people in custody, their sentences and movements.',
      },
    ],
  },
  {
    term: 'DPS',
    senses: [
      {
        expansion: 'Digital Prison Services',
        category: 'system',
        definition: 'HMPPS web services used by prison staff alongside or in place of NOMIS screens.',
      },
    ],
  },
  {
    term: 'PPUD',
    senses: [
      {
        expansion: 'Public Protection Unit Database',
        category: 'system',
        definition: 'The database HMPPS public protection casework staff use to manage recalls, parole reviews and related decisions.',
      },
    ],
  },
  { term: 'ARNS', senses: [{ expansion: 'Assess, Risk, Needs and Strengths', category: 'system' }] },
  {
    term: 'CVL',
    senses: [
      {
        expansion: 'Create and Vary a Licence',
        category: 'system',
        definition: 'An HMPPS digital service that probation staff use to create licences for people leaving prison and to change them later.',
      },
    ],
  },
  {
    term: 'CRDS',
    senses: [
      {
        expansion: 'Calculate Release Dates Service',
        category: 'system',
        definition: 'An HMPPS digital service that calculates the release and licence dates of people in prison from their sentences.',
      },
    ],
  },
  { term: 'IAPS', senses: [{ expansion: 'Integrated Accredited Programmes System', category: 'system' }] },
  {
    term: 'Libra',
    variants: ['LIBRA'],
    commonWord: true,
    senses: [
      {
        expansion: 'Libra (the magistrates’ courts’ case management database)',
        category: 'system',
        definition: 'The national case management system used by the magistrates’ courts in England and Wales.',
      },
    ],
  },
  {
    term: 'ViSOR',
    variants: ['VISOR'],
    commonWord: true,
    senses: [
      {
        expansion: 'Violent and Sex Offender Register',
        category: 'system',
        definition:
          'A national database shared by police, probation and prisons to record and manage information on registered sex offenders and other people managed under MAPPA.',
      },
    ],
  },
  {
    term: 'PNC',
    senses: [
      {
        expansion: 'Police National Computer',
        category: 'system',
        definition: 'The national police database holding criminal records, including convictions, cautions and arrests, used across the criminal justice system.',
      },
    ],
  },
  {
    term: 'OGRS',
    senses: [
      {
        expansion: 'Offender Group Reconviction Scale',
        category: 'system',
        definition: 'An actuarial tool that estimates how likely a person is to be reconvicted within one and two years, based on static factors such as age, gender and criminal history.',
      },
    ],
  },
  {
    term: 'RSR',
    senses: [
      {
        expansion: 'Risk of Serious Recidivism',
        category: 'system',
        definition: 'A predictor of how likely a person is to commit a seriously harmful offence within two years. It informs risk assessment and case allocation.',
      },
    ],
  },
  {
    term: 'RM2000',
    senses: [
      {
        expansion: 'Risk Matrix 2000',
        category: 'system',
        definition: 'A static actuarial tool that estimates the risk of sexual and violent reconviction for men aged 18 or over convicted of a sexual offence.',
      },
    ],
  },
  {
    term: 'SARA',
    commonWord: true,
    senses: [
      {
        expansion: 'Spousal Assault Risk Assessment',
        category: 'system',
        definition: 'A structured professional judgement tool for assessing the risk of further violence by someone who has been violent to a partner.',
      },
    ],
  },
  { term: 'SARN', senses: [{ expansion: 'Structured Assessment of Risk and Need', category: 'system' }] },
  {
    term: 'EQuiP',
    variants: ['EQUIP'],
    commonWord: true,
    senses: [
      {
        expansion: 'Excellence and Quality in Probation Processes',
        category: 'system',
        definition: 'The online library where HMPPS publishes probation process maps and guidance for staff.',
      },
    ],
  },
  {
    term: 'MPC',
    senses: [
      {
        expansion: 'Manage POM Cases',
        category: 'system',
        definition: 'An HMPPS digital service used in prisons to allocate prison offender managers (POMs) and manage handover to the community under OMiC.',
      },
    ],
  },

  // ---------------------------------------------------------------- legislation
  {
    term: 'CJA',
    senses: [
      {
        expansion: 'Criminal Justice Act',
        category: 'legislation',
        definition:
          'In probation usually the Criminal Justice Act 2003, which set up community orders, suspended sentences, release on licence and sentences for dangerous offenders. There are several other Criminal Justice Acts.',
      },
    ],
  },
  {
    term: 'LASPO',
    senses: [
      {
        expansion: 'Legal Aid, Sentencing and Punishment of Offenders Act 2012',
        category: 'legislation',
        definition:
          'An Act that reformed legal aid and sentencing, including abolishing IPP sentences for new cases and creating the extended determinate sentence (EDS).',
      },
    ],
  },
  {
    term: 'ORA',
    senses: [
      {
        expansion: 'Offender Rehabilitation Act 2014',
        category: 'legislation',
        definition:
          'An Act that extended supervision after release to people serving custodial sentences of under two years and created post-sentence supervision and the rehabilitation activity requirement.',
      },
    ],
  },
  {
    term: 'PCSC',
    senses: [
      {
        expansion: 'Police, Crime, Sentencing and Courts Act 2022',
        category: 'legislation',
        definition: 'An Act that made wide changes to police powers, sentencing and release, including later release points for some serious violent and sexual offenders.',
      },
    ],
  },
  {
    term: 'SA2020',
    senses: [
      {
        expansion: 'Sentencing Act 2020',
        category: 'legislation',
        definition: 'The Act that brought most sentencing law for England and Wales together in one Sentencing Code.',
      },
    ],
  },
  {
    term: 'CTSA2021',
    senses: [
      {
        expansion: 'Counter-Terrorism and Sentencing Act 2021',
        category: 'legislation',
        definition: 'An Act that brought in longer sentences and stricter release and licence rules for people convicted of terrorist offences.',
      },
    ],
  },
  {
    term: 'TORERA',
    senses: [
      {
        expansion: 'Terrorist Offenders (Restriction of Early Release) Act 2020',
        category: 'legislation',
        definition:
          'An Act that ended automatic halfway release for terrorist prisoners. They cannot be released before the two-thirds point, and then only if the Parole Board agrees.',
      },
    ],
  },
  {
    term: 'PACE',
    commonWord: true,
    senses: [
      {
        expansion: 'Police and Criminal Evidence Act 1984',
        category: 'legislation',
        definition: 'The Act, with its codes of practice, that governs police powers of arrest, detention, search and questioning in England and Wales.',
      },
    ],
  },
  {
    term: 'ROPARPS',
    senses: [
      {
        expansion: 'The Release of Prisoners (Alteration of Relevant Proportion of Sentence) Order 2020',
        category: 'legislation',
        definition:
          'An order that moved automatic release from halfway to two-thirds for adults serving standard determinate sentences of seven years or more for certain serious violent or sexual offences.',
      },
    ],
  },
  {
    term: 'TACT',
    commonWord: true,
    senses: [
      {
        expansion: 'Terrorism Act',
        category: 'legislation',
        definition: 'Shorthand for the Terrorism Acts, usually the Terrorism Act 2000. A ‘TACT offender’ is someone convicted of a terrorism offence.',
      },
    ],
  },
  {
    term: 'CJCSA 2000',
    variants: ['CJCSA'],
    senses: [
      {
        expansion: 'Criminal Justice and Court Services Act 2000',
        category: 'legislation',
        definition: 'The Act that created the National Probation Service and Cafcass in 2001 and renamed several community sentences.',
      },
    ],
  },
  {
    term: 'CJIA 2008',
    variants: ['CJIA'],
    senses: [
      {
        expansion: 'Criminal Justice and Immigration Act 2008',
        category: 'legislation',
        definition: 'An Act that amended sentencing and release law, including IPP sentences and recall, and created the youth rehabilitation order.',
      },
    ],
  },
];

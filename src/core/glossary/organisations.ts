import type { GlossaryEntry } from '../../shared/types';

/** Organisations: services, bodies, units and unions. */
export const ORGANISATIONS: readonly GlossaryEntry[] = [
  {
    term: 'HMPPS',
    senses: [
      {
        expansion: 'His Majesty’s Prison and Probation Service', category: 'organisation',
        definition: 'The executive agency of the Ministry of Justice that runs prison and probation services in England and Wales. It replaced NOMS in April 2017.',
      },
    ],
  },
  {
    term: 'NOMS',
    senses: [
      {
        expansion: 'National Offender Management Service', category: 'organisation',
        definition: 'The agency that ran prison and probation services in England and Wales from 2004 until it was replaced by HMPPS in April 2017.',
      },
    ],
  },
  {
    term: 'NPS',
    renamed: { now: 'the Probation Service', note: 'NPS and the CRCs were unified in June 2021' },
    senses: [
      {
        expansion: 'National Probation Service', category: 'organisation',
        definition: 'The public probation service for England and Wales. From 2014 it managed higher-risk cases while CRCs managed the rest, and in June 2021 the two were unified as the Probation Service.',
      },
      {
        expansion: 'New (or Novel) Psychoactive Substances', category: 'other',
        definition: 'Synthetic drugs made to copy the effects of controlled drugs such as cannabis, once sold as ‘legal highs’ until the Psychoactive Substances Act 2016 banned their supply. Synthetic cannabinoids (‘spice’) are a known problem in prisons.',
      },
    ],
  },
  {
    term: 'CRC',
    renamed: { now: 'the Probation Service', note: 'NPS and the CRCs were unified in June 2021' },
    senses: [
      {
        expansion: 'Community Rehabilitation Company', category: 'organisation',
        definition: 'One of 21 companies that supervised low- and medium-risk offenders in England and Wales from 2014 under Transforming Rehabilitation. Their contracts ended in June 2021, when the work moved to the Probation Service.',
      },
    ],
  },
  {
    term: 'MoJ',
    variants: ['MOJ'],
    senses: [
      {
        expansion: 'Ministry of Justice', category: 'organisation',
        definition: 'The UK government department responsible for the justice system in England and Wales, including courts, prisons and probation. HMPPS is one of its executive agencies.',
      },
    ],
  },
  {
    term: 'HMIP',
    senses: [
      {
        expansion: 'His Majesty’s Inspectorate of Probation', category: 'organisation',
        definition: 'The independent inspectorate of probation and youth justice services in England and Wales. It usually calls itself HMI Probation.',
      },
      {
        expansion: 'His Majesty’s Inspectorate of Prisons', category: 'organisation',
        definition: 'The independent inspectorate of prisons, young offender institutions, immigration detention and other places of custody in England and Wales. It also calls itself HMI Prisons.',
      },
    ],
  },
  {
    term: 'HMI Probation',
    senses: [
      {
        expansion: 'His Majesty’s Inspectorate of Probation', category: 'organisation',
        definition: 'The independent inspectorate that reports on the quality of probation and youth justice services in England and Wales and on how well they protect the public.',
      },
    ],
  },
  {
    term: 'HMI Prisons',
    senses: [
      {
        expansion: 'His Majesty’s Inspectorate of Prisons for England and Wales', category: 'organisation',
        definition: 'The independent inspectorate that reports on conditions and treatment in prisons, young offender institutions, immigration detention and other places of custody.',
      },
    ],
  },
  {
    term: 'HMCTS',
    senses: [
      {
        expansion: 'His Majesty’s Courts and Tribunals Service', category: 'organisation',
        definition: 'The Ministry of Justice agency that runs the criminal, civil and family courts and tribunals in England and Wales, and some tribunals elsewhere in the UK.',
      },
    ],
  },
  {
    term: 'CPS',
    senses: [
      {
        expansion: 'Crown Prosecution Service', category: 'organisation',
        definition: 'The independent public prosecutor for England and Wales. It decides whether people should be charged and presents criminal cases in court.',
      },
    ],
  },
  {
    term: 'YJB',
    senses: [
      {
        expansion: 'Youth Justice Board', category: 'organisation',
        definition: 'The public body that oversees the youth justice system in England and Wales, monitoring youth offending services and advising ministers.',
      },
    ],
  },
  {
    term: 'YOT',
    senses: [
      {
        expansion: 'Youth Offending Team', category: 'organisation',
        definition: 'A local authority team, with staff from police, probation, health and education, that works with children aged 10 to 17 who get into trouble with the law. Many are now called youth justice services.',
      },
    ],
  },
  {
    term: 'YOS',
    senses: [
      {
        expansion: 'Youth Offending Service', category: 'organisation',
        definition: 'Another name for a youth offending team (YOT), used by many local authorities.',
      },
    ],
  },
  {
    term: 'YCS',
    senses: [
      {
        expansion: 'Youth Custody Service', category: 'organisation',
        definition: 'The part of HMPPS responsible for the secure estate for children, such as young offender institutions and secure training centres, in England and Wales.',
      },
    ],
  },
  {
    term: 'IMB',
    senses: [
      {
        expansion: 'Independent Monitoring Board', category: 'organisation',
        definition: 'A group of unpaid volunteers appointed to monitor day-to-day conditions and treatment in a particular prison or immigration detention centre.',
      },
    ],
  },
  {
    term: 'ACPO',
    senses: [
      {
        expansion: 'Association of Chief Police Officers', category: 'organisation',
        definition: 'The body that co-ordinated senior police leadership in England, Wales and Northern Ireland until 2015, when the National Police Chiefs’ Council replaced it.',
      },
    ],
  },
  {
    term: 'NACRO',
    variants: ['Nacro'],
    senses: [
      {
        expansion: 'National Association for the Care and Resettlement of Offenders', category: 'organisation',
        definition: 'A national charity, now styled Nacro, that provides housing, education and support for people in contact with the criminal justice system.',
      },
    ],
  },
  {
    term: 'CCRC',
    senses: [
      {
        expansion: 'Criminal Cases Review Commission', category: 'organisation',
        definition: 'The independent body that investigates possible miscarriages of justice in England, Wales and Northern Ireland and can refer convictions or sentences back to an appeal court.',
      },
    ],
  },
  {
    term: 'CICA',
    senses: [
      {
        expansion: 'Criminal Injuries Compensation Authority', category: 'organisation',
        definition: 'The government body that decides claims for compensation from people physically or mentally injured as a victim of violent crime in Great Britain.',
      },
    ],
  },
  { term: 'LCJB', senses: [{ expansion: 'Local Criminal Justice Board', category: 'organisation' }] },
  {
    term: 'NAO',
    senses: [
      {
        expansion: 'National Audit Office', category: 'organisation',
        definition: 'The independent body that audits central government spending for Parliament and reports on whether it gives value for money.',
      },
    ],
  },
  {
    term: 'PAC',
    senses: [
      {
        expansion: 'Public Accounts Committee', category: 'organisation',
        definition: 'The House of Commons committee that examines the value for money of government spending, often on the basis of National Audit Office reports.',
      },
      {
        expansion: 'Prepare a Case for Sentence', category: 'system',
        definition: 'An HMPPS digital service that helps probation court teams prepare for cases in the magistrates’ courts and record their outcomes.',
      },
    ],
  },
  {
    term: 'JSC',
    senses: [
      {
        expansion: 'Justice Select Committee', category: 'organisation',
        definition: 'The House of Commons committee, formally the Justice Committee, that scrutinises the Ministry of Justice and its agencies, including prisons and probation.',
      },
    ],
  },
  {
    term: 'CAFCASS',
    variants: ['Cafcass'],
    senses: [
      {
        expansion: 'Children and Family Court Advisory and Support Service', category: 'organisation',
        definition: 'The public body that represents the interests of children in family court cases in England, such as separation, care and adoption proceedings.',
      },
    ],
  },
  {
    term: 'PDU',
    senses: [
      {
        expansion: 'Probation Delivery Unit', category: 'organisation',
        definition: 'The local unit of the Probation Service, usually matching one or more local authority areas, that manages people on probation there. PDUs came in with the 2021 unification, taking over from local delivery units.',
      },
    ],
  },
  {
    term: 'LDU',
    senses: [
      {
        expansion: 'Local Delivery Unit', category: 'organisation',
        definition: 'A local operational unit of probation before 2021, usually covering a local authority or police area. Probation delivery units (PDUs) have replaced them.',
      },
    ],
  },
  {
    term: 'OMU',
    senses: [
      {
        expansion: 'Offender Management Unit', category: 'organisation',
        definition: 'The team in a prison that manages sentences, covering assessments, sentence planning, categorisation and release planning, and liaises with probation in the community.',
      },
    ],
  },
  {
    term: 'PPU',
    senses: [
      {
        expansion: 'Public Protection Unit', category: 'organisation',
        definition: 'A specialist unit handling public protection work, such as the police teams that manage registered sex offenders and other high-risk people alongside probation under MAPPA.',
      },
    ],
  },
  {
    term: 'PPCS',
    senses: [
      {
        expansion: 'Public Protection Casework Section', category: 'organisation',
        definition: 'The HMPPS casework team that makes public protection decisions for the Secretary of State, such as recalls to custody and referrals to the Parole Board.',
      },
    ],
  },
  { term: 'RSG', senses: [{ expansion: 'Rehabilitation Services Group', category: 'organisation' }] },
  {
    term: 'LPT',
    senses: [
      {
        expansion: 'London Probation Trust', category: 'organisation',
        definition: 'The probation trust for London until 2014, when probation trusts were replaced by the National Probation Service and Community Rehabilitation Companies.',
      },
    ],
  },
  {
    term: 'YOI',
    senses: [
      {
        expansion: 'Young Offender Institution', category: 'organisation',
        definition: 'A custodial establishment for young people. Some hold young adults aged 18 to 20, and others hold children aged 15 to 17.',
      },
    ],
  },
  {
    term: 'STC',
    senses: [
      {
        expansion: 'Secure Training Centre', category: 'organisation',
        definition: 'A custodial establishment for children aged 12 to 17, with a focus on education and rehabilitation.',
      },
    ],
  },
  {
    term: 'SCH',
    senses: [
      {
        expansion: 'Secure Children’s Home', category: 'organisation',
        definition: 'A small locked children’s home, usually run by a local authority, for children placed there for welfare reasons or on remand or sentence.',
      },
    ],
  },
  {
    term: 'IRC',
    senses: [
      {
        expansion: 'Immigration Removal Centre', category: 'organisation',
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
        expansion: 'Disclosure and Barring Service', category: 'organisation',
        definition: 'The public body that carries out criminal record checks and keeps the lists of people barred from working with children or vulnerable adults.',
      },
    ],
  },
  {
    term: 'CSC',
    senses: [
      {
        expansion: 'Close Supervision Centre', category: 'organisation',
        definition: 'A small, highly supervised unit in the high security prison estate for men who are among the most dangerous or disruptive prisoners.',
      },
    ],
  },
  {
    term: 'CFO',
    senses: [
      {
        expansion: 'HMPPS Co-Financing Organisation', category: 'organisation',
        definition: 'The HMPPS unit that uses external funding, originally from the European Social Fund, to commission extra support for people in prison and on probation who are hard to reach.',
      },
    ],
  },
  {
    term: 'Napo',
    variants: ['NAPO'],
    senses: [
      {
        expansion: 'National Association of Probation Officers (now styled Napo)', category: 'organisation',
        definition: 'The trade union and professional association for probation and family court (Cafcass) staff. It was founded as the National Association of Probation Officers and now uses the name Napo.',
      },
    ],
  },
  {
    term: 'CJSW',
    senses: [
      {
        expansion: 'Criminal Justice Social Work', category: 'organisation',
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
        expansion: 'Community Safety Partnership', category: 'organisation',
        definition: 'A statutory local partnership of police, councils, fire, health and probation services that works together to reduce crime and disorder in an area.',
      },
    ],
  },
  { term: 'BCU', senses: [{ expansion: 'Basic Command Unit (Police)', category: 'organisation' }] },

];

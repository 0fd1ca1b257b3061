import type { GlossaryEntry } from '../../shared/types';

/** Case management systems and assessment tools. */
export const SYSTEMS: readonly GlossaryEntry[] = [
  {
    term: 'OASys',
    variants: ['OASYS'],
    senses: [
      {
        expansion: 'Offender Assessment System', category: 'system',
        definition: 'The national risk and needs assessment system used by prisons and probation in England and Wales, covering likelihood of reoffending, risk of serious harm and sentence planning.',
      },
    ],
  },
  {
    term: 'nDelius',
    variants: ['NDelius', 'Delius'],
    senses: [
      {
        expansion: 'National Delius', category: 'system',
        definition: 'The national case management system used by the Probation Service in England and Wales to record people’s sentences, requirements, contacts and other case information.',
      },
    ],
  },
  {
    term: 'NOMIS',
    senses: [
      {
        expansion: 'National Offender Management Information System', category: 'system',
        definition: 'The main prison case management system in England and Wales, holding records of people in custody, their sentences and movements.',
      },
    ],
  },
  {
    term: 'DPS',
    senses: [
      {
        expansion: 'Digital Prison Services', category: 'system',
        definition: 'HMPPS web services used by prison staff alongside or in place of NOMIS screens.',
      },
    ],
  },
  {
    term: 'PPUD',
    senses: [
      {
        expansion: 'Public Protection Unit Database', category: 'system',
        definition: 'The database HMPPS public protection casework staff use to manage recalls, parole reviews and related decisions.',
      },
    ],
  },
  { term: 'ARNS', senses: [{ expansion: 'Assess, Risk, Needs and Strengths', category: 'system' }] },
  {
    term: 'CVL',
    senses: [
      {
        expansion: 'Create and Vary a Licence', category: 'system',
        definition: 'An HMPPS digital service that probation staff use to create licences for people leaving prison and to change them later.',
      },
    ],
  },
  {
    term: 'CRDS',
    senses: [
      {
        expansion: 'Calculate Release Dates Service', category: 'system',
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
        expansion: 'Libra (the magistrates’ courts’ case management database)', category: 'system',
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
        expansion: 'Violent and Sex Offender Register', category: 'system',
        definition: 'A national database shared by police, probation and prisons to record and manage information on registered sex offenders and other people managed under MAPPA.',
      },
    ],
  },
  {
    term: 'PNC',
    senses: [
      {
        expansion: 'Police National Computer', category: 'system',
        definition: 'The national police database holding criminal records, including convictions, cautions and arrests, used across the criminal justice system.',
      },
    ],
  },
  {
    term: 'OGRS',
    senses: [
      {
        expansion: 'Offender Group Reconviction Scale', category: 'system',
        definition: 'An actuarial tool that estimates how likely a person is to be reconvicted within one and two years, based on static factors such as age, gender and criminal history.',
      },
    ],
  },
  {
    term: 'RSR',
    senses: [
      {
        expansion: 'Risk of Serious Recidivism', category: 'system',
        definition: 'A predictor of how likely a person is to commit a seriously harmful offence within two years. It informs risk assessment and case allocation.',
      },
    ],
  },
  {
    term: 'RM2000',
    senses: [
      {
        expansion: 'Risk Matrix 2000', category: 'system',
        definition: 'A static actuarial tool that estimates the risk of sexual and violent reconviction for men aged 18 or over convicted of a sexual offence.',
      },
    ],
  },
  {
    term: 'SARA',
    commonWord: true,
    senses: [
      {
        expansion: 'Spousal Assault Risk Assessment', category: 'system',
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
        expansion: 'Excellence and Quality in Probation Processes', category: 'system',
        definition: 'The online library where HMPPS publishes probation process maps and guidance for staff.',
      },
    ],
  },
  {
    term: 'MPC',
    senses: [
      {
        expansion: 'Manage POM Cases', category: 'system',
        definition: 'An HMPPS digital service used in prisons to allocate prison offender managers (POMs) and manage handover to the community under OMiC.',
      },
    ],
  },

];

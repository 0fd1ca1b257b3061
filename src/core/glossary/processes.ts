import type { GlossaryEntry } from '../../shared/types';

/** Processes: multi-agency arrangements, release and licence, requirements. */
export const PROCESSES: readonly GlossaryEntry[] = [
  {
    term: 'MAPPA',
    senses: [
      {
        expansion: 'Multi-Agency Public Protection Arrangements', category: 'process',
        definition: 'The statutory arrangements under which police, probation and prisons, with other agencies that have a duty to co-operate, assess and manage the risks posed by sexual and violent offenders in the community.',
      },
    ],
  },
  {
    term: 'MARAC',
    senses: [
      {
        expansion: 'Multi-Agency Risk Assessment Conference', category: 'process',
        definition: 'A regular local meeting where police, probation, health, children’s services, housing and domestic abuse advisers share information and plan safety for victims of domestic abuse at high risk of serious harm.',
      },
    ],
  },
  {
    term: 'IOM',
    senses: [
      {
        expansion: 'Integrated Offender Management', category: 'process',
        definition: 'An approach in which police, probation and other local agencies jointly manage the people who commit the most crime in an area, often prolific neighbourhood offenders.',
      },
    ],
  },
  {
    term: 'HDC',
    senses: [
      {
        expansion: 'Home Detention Curfew', category: 'process',
        definition: 'A scheme that lets some prisoners serving shorter sentences leave prison before their automatic release date, on an electronically monitored curfew at an approved address.',
      },
    ],
  },
  {
    term: 'ROTL',
    variants: ['RoTL'],
    senses: [
      {
        expansion: 'Release on Temporary Licence', category: 'process',
        definition: 'Temporary release from prison with conditions, for example for work, training, family contact or resettlement, for prisoners risk-assessed as suitable.',
      },
    ],
  },
  {
    term: 'TTG',
    senses: [
      {
        expansion: 'Through the Gate', category: 'process',
        definition: 'Resettlement support that starts in prison and continues after release. Under Transforming Rehabilitation, CRCs provided it to prisoners in their last weeks before release.',
      },
    ],
  },
  {
    term: 'RAR',
    senses: [
      {
        expansion: 'Rehabilitation Activity Requirement', category: 'process',
        definition: 'A requirement of a community order or suspended sentence order, created by the Offender Rehabilitation Act 2014, setting a maximum number of days of rehabilitative activity directed by probation.',
      },
    ],
  },
  {
    term: 'DRR',
    senses: [
      {
        expansion: 'Drug Rehabilitation Requirement', category: 'process',
        definition: 'A requirement of a community order or suspended sentence order for drug treatment and regular testing. The person must agree to it, and the court may review progress.',
      },
    ],
  },
  {
    term: 'PSS',
    senses: [
      {
        expansion: 'Post Sentence Supervision', category: 'process',
        definition: 'Supervision after the licence period of a custodial sentence of under two years ends, so that supervision lasts 12 months from release in total. It was introduced by the Offender Rehabilitation Act 2014.',
      },
    ],
  },
  {
    term: 'SSO',
    senses: [
      {
        expansion: 'Suspended Sentence Order', category: 'process',
        definition: 'A prison sentence of up to two years that is suspended so that it is served in the community, usually with requirements. Breaching it or reoffending can lead to the prison term being activated.',
      },
    ],
  },
  {
    term: 'SOPC',
    senses: [
      {
        expansion: 'Special Custodial Sentence for Certain Offenders of Particular Concern', category: 'process',
        definition: 'A sentence for certain terrorist and child sex offences that adds a one-year licence period to the custodial term. Release before the end of the custodial term needs Parole Board approval.',
      },
    ],
  },
  {
    term: 'DTO',
    senses: [
      {
        expansion: 'Detention and Training Order', category: 'process',
        definition: 'A custodial sentence for children aged 12 to 17, half of which is usually served in custody and half under supervision in the community.',
      },
    ],
  },
  {
    term: 'ECSL',
    senses: [
      {
        expansion: 'End of Custody Supervised Licence', category: 'process',
        definition: 'A scheme introduced in 2023 to ease pressure on prison places, under which some prisoners are released on licence shortly before their automatic release date.',
      },
    ],
  },
  {
    term: 'FTR',
    senses: [
      {
        expansion: 'Fixed Term Recall', category: 'process',
        definition: 'A recall to prison for a fixed period, usually 14 or 28 days, after which the person is released automatically. It is used where re-release would not pose an unmanageable risk.',
      },
    ],
  },
  {
    term: 'ACR',
    senses: [
      {
        expansion: 'Automatic Conditional Release', category: 'process',
        definition: 'Automatic release on licence at the halfway point, which under the Criminal Justice Act 1991 applied to sentences of 12 months to under four years.',
      },
    ],
  },
  { term: 'NSI', senses: [{ expansion: 'Non-Statutory Intervention', category: 'process' }] },
];

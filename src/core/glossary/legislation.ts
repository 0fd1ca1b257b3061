import type { GlossaryEntry } from '../../shared/types';

/** Acts and orders. */
export const LEGISLATION: readonly GlossaryEntry[] = [
  {
    term: 'CJA',
    senses: [
      {
        expansion: 'Criminal Justice Act', category: 'legislation',
        definition: 'In probation usually the Criminal Justice Act 2003, which set up community orders, suspended sentences, release on licence and sentences for dangerous offenders. There are several other Criminal Justice Acts.',
      },
    ],
  },
  {
    term: 'LASPO',
    senses: [
      {
        expansion: 'Legal Aid, Sentencing and Punishment of Offenders Act 2012', category: 'legislation',
        definition: 'An Act that reformed legal aid and sentencing, including abolishing IPP sentences for new cases and creating the extended determinate sentence (EDS).',
      },
    ],
  },
  {
    term: 'ORA',
    senses: [
      {
        expansion: 'Offender Rehabilitation Act 2014', category: 'legislation',
        definition: 'An Act that extended supervision after release to people serving custodial sentences of under two years and created post-sentence supervision and the rehabilitation activity requirement.',
      },
    ],
  },
  {
    term: 'PCSC',
    senses: [
      {
        expansion: 'Police, Crime, Sentencing and Courts Act 2022', category: 'legislation',
        definition: 'An Act that made wide changes to police powers, sentencing and release, including later release points for some serious violent and sexual offenders.',
      },
    ],
  },
  {
    term: 'SA2020',
    senses: [
      {
        expansion: 'Sentencing Act 2020', category: 'legislation',
        definition: 'The Act that brought most sentencing law for England and Wales together in one Sentencing Code.',
      },
    ],
  },
  {
    term: 'CTSA2021',
    senses: [
      {
        expansion: 'Counter-Terrorism and Sentencing Act 2021', category: 'legislation',
        definition: 'An Act that brought in longer sentences and stricter release and licence rules for people convicted of terrorist offences.',
      },
    ],
  },
  {
    term: 'TORERA',
    senses: [
      {
        expansion: 'Terrorist Offenders (Restriction of Early Release) Act 2020', category: 'legislation',
        definition: 'An Act that ended automatic halfway release for terrorist prisoners. They cannot be released before the two-thirds point, and then only if the Parole Board agrees.',
      },
    ],
  },
  {
    term: 'PACE',
    commonWord: true,
    senses: [
      {
        expansion: 'Police and Criminal Evidence Act 1984', category: 'legislation',
        definition: 'The Act, with its codes of practice, that governs police powers of arrest, detention, search and questioning in England and Wales.',
      },
    ],
  },
  {
    term: 'ROPARPS',
    senses: [
      {
        expansion: 'The Release of Prisoners (Alteration of Relevant Proportion of Sentence) Order 2020', category: 'legislation',
        definition: 'An order that moved automatic release from halfway to two-thirds for adults serving standard determinate sentences of seven years or more for certain serious violent or sexual offences.',
      },
    ],
  },
  {
    term: 'TACT',
    commonWord: true,
    senses: [
      {
        expansion: 'Terrorism Act', category: 'legislation',
        definition: 'Shorthand for the Terrorism Acts, usually the Terrorism Act 2000. A ‘TACT offender’ is someone convicted of a terrorism offence.',
      },
    ],
  },
  {
    term: 'CJCSA 2000',
    variants: ['CJCSA'],
    senses: [
      {
        expansion: 'Criminal Justice and Court Services Act 2000', category: 'legislation',
        definition: 'The Act that created the National Probation Service and Cafcass in 2001 and renamed several community sentences.',
      },
    ],
  },
  {
    term: 'CJIA 2008',
    variants: ['CJIA'],
    senses: [
      {
        expansion: 'Criminal Justice and Immigration Act 2008', category: 'legislation',
        definition: 'An Act that amended sentencing and release law, including IPP sentences and recall, and created the youth rehabilitation order.',
      },
    ],
  },
];

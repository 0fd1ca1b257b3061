import type { GlossaryEntry } from '../../shared/types';

/** Release dates and other terms. */
export const DATES_AND_TERMS: readonly GlossaryEntry[] = [
  {
    term: 'CRD',
    senses: [
      {
        expansion: 'Conditional Release Date', category: 'other',
        definition: 'The date a prisoner must be released automatically on licence, for example the halfway point of many standard determinate sentences.',
      },
      {
        expansion: 'Custodial Release Date', category: 'other',
        definition: 'A less formal name for the date a person is due to be released from custody.',
      },
    ],
  },
  { term: 'ARD', senses: [{ expansion: 'Automatic Release Date', category: 'other' }] },
  {
    term: 'PED',
    senses: [
      {
        expansion: 'Parole Eligibility Date', category: 'other',
        definition: 'The earliest date a prisoner can be released if the Parole Board directs it, for example the two-thirds point of an extended sentence.',
      },
    ],
  },
  {
    term: 'SED',
    senses: [
      {
        expansion: 'Sentence Expiry Date', category: 'other',
        definition: 'The date a sentence formally ends. For many sentences the licence ends on the same day.',
      },
    ],
  },
  {
    term: 'LED',
    commonWord: true,
    senses: [
      {
        expansion: 'Licence Expiry Date', category: 'other',
        definition: 'The date a person’s licence ends, after which licence conditions and recall no longer apply.',
      },
    ],
  },
  {
    term: 'SLED',
    commonWord: true,
    senses: [
      {
        expansion: 'Sentence and Licence Expiry Date', category: 'other',
        definition: 'The single date on which both the sentence and the licence end, used where the two coincide. Post-sentence supervision may still follow for short sentences.',
      },
    ],
  },
  {
    term: 'HDCED',
    senses: [
      {
        expansion: 'Home Detention Curfew Eligibility Date', category: 'other',
        definition: 'The earliest date a prisoner could be released on home detention curfew (HDC), if approved.',
      },
    ],
  },
  { term: 'HDCAD', senses: [{ expansion: 'Home Detention Curfew Actual Date', category: 'other' }] },
  {
    term: 'THD',
    senses: [
      {
        expansion: 'Target Hearing Date', category: 'other',
        definition: 'The date by which a parole review for an indeterminate sentence prisoner should be heard, usually around the end of the tariff.',
      },
    ],
  },
  {
    term: 'RoH',
    senses: [
      {
        expansion: 'Risk of Harm', category: 'other',
        definition: 'The likelihood that a person will cause harm to others, assessed alongside their likelihood of reoffending. The most serious level is risk of serious harm (RoSH).',
      },
    ],
  },
  {
    term: 'ROSH',
    variants: ['RoSH'],
    senses: [
      {
        expansion: 'Risk of Serious Harm', category: 'other',
        definition: 'The likelihood that a person will cause harm that is life-threatening or traumatic and hard to recover from, graded low, medium, high or very high and recorded in OASys.',
      },
    ],
  },
  {
    term: 'SFO',
    senses: [
      {
        expansion: 'Serious Further Offence', category: 'other',
        definition: 'A serious violent or sexual offence, such as murder or rape, allegedly committed by someone under probation supervision or shortly after it ended. It triggers a formal review of how the case was managed.',
      },
    ],
  },
  {
    term: 'ETE',
    senses: [
      {
        expansion: 'Education, Training and Employment', category: 'other',
        definition: 'One of the needs assessed and addressed in sentence planning, because work and learning help people stop offending.',
      },
    ],
  },
  {
    term: 'CJS',
    senses: [
      {
        expansion: 'Criminal Justice System', category: 'other',
        definition: 'The police, prosecutors, courts, prisons, probation and other bodies that together deal with crime and with people accused or convicted of it.',
      },
    ],
  },
  {
    term: 'CRN',
    senses: [
      {
        expansion: 'Case Reference Number', category: 'other',
        definition: 'The unique identifier given to a person’s record in nDelius, the probation case management system.',
      },
    ],
  },
  {
    term: 'CPA',
    senses: [
      {
        expansion: 'Contract Package Area', category: 'other',
        definition: 'One of the 21 geographical areas covered by a Community Rehabilitation Company contract under Transforming Rehabilitation.',
      },
    ],
  },
  {
    term: 'OPD',
    senses: [
      {
        expansion: 'Offender Personality Disorder', category: 'other',
        definition: 'The joint HMPPS and NHS England pathway of psychologically informed services for high-risk offenders who are likely to have a personality disorder.',
      },
    ],
  },
  { term: 'NSMART', senses: [{ expansion: 'National Standards Monitoring and Reporting Tool', category: 'system' }] },
  {
    term: 'TED',
    commonWord: true,
    senses: [
      {
        expansion: 'Tariff Expiry Date', category: 'other',
        definition: 'The date the minimum term (tariff) of a life or IPP sentence ends, after which the Parole Board can consider release.',
      },
      {
        expansion: 'Tenders Electronic Daily', category: 'other',
        definition: 'The online journal where public contracts in the European Union are advertised. UK bodies stopped using it after Brexit.',
      },
    ],
  },
  {
    term: 'DV',
    senses: [
      {
        expansion: 'Domestic Violence', category: 'other',
        definition: 'An older term, still in use, for violence or abuse between partners, ex-partners or family members. Current policy usually says domestic abuse (DA).',
      },
      {
        expansion: 'Developed Vetting', category: 'other',
        definition: 'The most thorough level of UK government security vetting, needed for roles with frequent access to top secret information.',
      },
    ],
  },
  {
    term: 'DA',
    variants: ['D.A.'],
    senses: [
      {
        expansion: 'Domestic Abuse', category: 'other',
        definition: 'Abusive behaviour, including physical, sexual, economic, emotional and controlling or coercive behaviour, between people aged 16 or over who are personally connected, as defined in the Domestic Abuse Act 2021.',
      },
    ],
  },
  {
    term: 'PQiP',
    variants: ['PQIP'],
    senses: [
      {
        expansion: 'Professional Qualification in Probation', category: 'other',
        definition: 'The training route to becoming a qualified probation officer in England and Wales, combining degree-level study with supervised work as a trainee in the Probation Service.',
      },
    ],
  },
  { term: 'PQF', senses: [{ expansion: 'Probation Qualification Framework', category: 'other' }] },
  {
    term: 'NS',
    senses: [
      {
        expansion: 'National Standards', category: 'document',
        definition: 'The minimum requirements HMPPS sets for supervising people on probation, such as contact and enforcement. Recent versions leave much of the detail to practitioners’ professional judgement.',
      },
    ],
  },
  {
    term: 'TOM',
    commonWord: true,
    senses: [
      {
        expansion: 'Target Operating Model', category: 'document',
        definition: 'A plan for how an organisation will work after a reform. In probation it usually means the model for the unified Probation Service from 2021, or the earlier model for Transforming Rehabilitation.',
      },
    ],
  },
  {
    term: 'PSR',
    senses: [
      {
        expansion: 'Pre-Sentence Report', category: 'document',
        definition: 'A report by probation that helps a court decide on a sentence, assessing the offence, the defendant’s circumstances, risks and needs, and proposing a suitable sentence.',
      },
    ],
  },
  {
    term: 'CJSWR',
    senses: [
      {
        expansion: 'Criminal Justice Social Work Report', category: 'document',
        definition: 'The Scottish equivalent of a pre-sentence report, prepared by criminal justice social work for a court.',
      },
    ],
  },
  {
    term: 'PSI',
    senses: [
      {
        expansion: 'Prison Service Instruction', category: 'document',
        definition: 'A mandatory instruction to prisons issued by NOMS or HMPPS. PSIs are being replaced by policy frameworks.',
      },
    ],
  },
  {
    term: 'PI',
    senses: [
      {
        expansion: 'Probation Instruction', category: 'document',
        definition: 'A mandatory instruction to probation services issued by NOMS or HMPPS. Like PSIs, PIs are being replaced by policy frameworks.',
      },
    ],
  },
  {
    term: 'RMP',
    senses: [
      {
        expansion: 'Risk Management Plan', category: 'document',
        definition: 'The plan setting out how a person’s risk of serious harm will be managed, including supervision, controls, interventions, victim safety and contingency actions.',
      },
    ],
  },
  {
    term: 'FDR',
    senses: [
      {
        expansion: 'Fast Delivery Report', category: 'document',
        definition: 'A shorter pre-sentence report, often prepared on the day of the hearing, for less complex cases. It may be written or oral.',
      },
    ],
  },
  { term: 'IPPF', senses: [{ expansion: 'Integrated Probation Performance Framework', category: 'document' }] },

];

import type { GlossaryEntry } from '../../shared/types';

/** Programmes, interventions, sentences and release terms. */
export const PROGRAMMES_AND_SENTENCES: readonly GlossaryEntry[] = [
  {
    term: 'OBP',
    senses: [
      {
        expansion: 'Offender Behaviour Programme', category: 'process',
        definition: 'A structured group or one-to-one programme that addresses the thinking and behaviour linked to a person’s offending.',
      },
    ],
  },
  {
    term: 'MOSOVO',
    senses: [
      {
        expansion: 'Managing Sexual Offenders and Violent Offenders', category: 'process',
        definition: 'The police work, and the police units doing it, of managing registered sex offenders and certain violent offenders in the community.',
      },
    ],
  },
  {
    term: 'CRS',
    senses: [
      {
        expansion: 'Commissioned Rehabilitative Services', category: 'process',
        definition: 'Services such as accommodation, employment and personal wellbeing support that the Probation Service buys from other organisations for people on probation, in place since the 2021 unification.',
      },
    ],
  },
  {
    term: 'IDAP',
    senses: [
      {
        expansion: 'Integrated Domestic Abuse Programme', category: 'process',
        definition: 'An earlier accredited programme for men who had been abusive to a female partner, replaced by Building Better Relationships (BBR).',
      },
    ],
  },
  {
    term: 'BBR',
    senses: [
      {
        expansion: 'Building Better Relationships', category: 'process',
        definition: 'An accredited programme for men who have been violent towards a female partner, delivered in prisons and the community. It replaced earlier programmes such as IDAP and CDVP.',
      },
    ],
  },
  {
    term: 'TSP',
    senses: [
      {
        expansion: 'Thinking Skills Programme', category: 'process',
        definition: 'An accredited programme that helps people develop skills such as self-control, problem solving and considering others’ views, to reduce reoffending. It replaced Enhanced Thinking Skills.',
      },
    ],
  },
  {
    term: 'ETS',
    senses: [
      {
        expansion: 'Enhanced Thinking Skills', category: 'process',
        definition: 'An earlier accredited cognitive skills programme, replaced by the Thinking Skills Programme (TSP).',
      },
    ],
  },
  {
    term: 'SOTP',
    senses: [
      {
        expansion: 'Sex Offender Treatment Programme', category: 'process',
        definition: 'A former group of accredited programmes for men convicted of sexual offences, replaced from 2017 by newer programmes such as Horizon and Kaizen.',
      },
    ],
  },
  {
    term: 'ACCT',
    senses: [
      {
        expansion: 'Assessment, Care in Custody and Teamwork', category: 'process',
        definition: 'The case management process used in prisons for people at risk of suicide or self-harm, with an assessment, regular case reviews and a care plan.',
      },
    ],
  },
  {
    term: 'CSIP',
    senses: [
      {
        expansion: 'Challenge Support Intervention Plan', category: 'process',
        definition: 'The process prisons use to manage people who are violent or pose a serious risk of violence, combining challenge with support.',
      },
    ],
  },
  {
    term: 'CSRA',
    senses: [
      {
        expansion: 'Cell Share Risk Assessment', category: 'process',
        definition: 'An assessment made when someone arrives in prison of whether they can safely share a cell, and with whom.',
      },
    ],
  },
  {
    term: 'BASS',
    commonWord: true,
    senses: [
      {
        expansion: 'Bail Accommodation and Support Service', category: 'process',
        definition: 'A Ministry of Justice service providing accommodation and support for people on bail, or released on home detention curfew, who have no suitable address. It is now known as CAS-2.',
      },
    ],
  },
  {
    term: 'CAS-3',
    variants: ['CAS3'],
    senses: [
      {
        expansion: 'Community Accommodation Service Tier 3', category: 'process',
        definition: 'Temporary accommodation, for up to 84 nights, for people leaving prison or on probation who would otherwise be homeless. Tier 1 is approved premises and tier 2 is bail and HDC accommodation.',
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
        expansion: 'Offender Management in Custody', category: 'process',
        definition: 'The HMPPS model for managing people in prison: key workers support prisoners and prison offender managers (POMs) manage their sentences, with a handover to a community probation practitioner before release.',
      },
    ],
  },
  {
    term: 'ASRO',
    senses: [
      {
        expansion: 'Addressing Substance Related Offending', category: 'process',
        definition: 'An accredited programme for people whose offending is linked to drug or alcohol misuse.',
      },
    ],
  },
  {
    term: 'ARMS',
    commonWord: true,
    senses: [
      {
        expansion: 'Active Risk Management System', category: 'process',
        definition: 'A structured assessment, used by police and probation, of the risk factors and protective factors of adult men convicted of sexual offences, to guide how they are managed in the community.',
      },
    ],
  },
  {
    term: 'DTTO',
    senses: [
      {
        expansion: 'Drug Treatment and Testing Order', category: 'process',
        definition: 'A community sentence introduced in 1998 that required drug treatment and regular testing. It was replaced by the drug rehabilitation requirement (DRR) under the Criminal Justice Act 2003.',
      },
    ],
  },
  {
    term: 'CDVP',
    senses: [
      {
        expansion: 'Community Domestic Violence Programme', category: 'process',
        definition: 'An earlier accredited community programme for men who had been violent to a partner, replaced by Building Better Relationships (BBR).',
      },
    ],
  },
  {
    term: 'HRP',
    senses: [
      {
        expansion: 'Healthy Relationships Programme', category: 'process',
        definition: 'An earlier accredited programme, delivered in prisons and the community, for men who had been violent in intimate relationships.',
      },
    ],
  },
  {
    term: 'TR',
    senses: [
      {
        expansion: 'Transforming Rehabilitation', category: 'process',
        definition: 'The government’s 2014 to 2021 probation reforms, which split probation into the National Probation Service and 21 Community Rehabilitation Companies and extended supervision to people leaving short sentences.',
      },
    ],
  },
  {
    term: 'UPW',
    senses: [
      {
        expansion: 'Unpaid Work', category: 'process',
        definition: 'Work in the community, such as cleaning or repair projects, that a court can order as part of a community order or suspended sentence order. It is delivered as Community Payback.',
      },
    ],
  },
  {
    term: 'ATR',
    senses: [
      {
        expansion: 'Alcohol Treatment Requirement', category: 'process',
        definition: 'A requirement of a community order or suspended sentence order that the person undergoes treatment for alcohol dependency. The person must agree to it.',
      },
    ],
  },
  {
    term: 'CO',
    commonWord: true,
    senses: [
      {
        expansion: 'Community Order', category: 'process',
        definition: 'A community sentence for adults, lasting up to three years, with one or more requirements such as unpaid work, a curfew or a rehabilitation activity requirement.',
      },
    ],
  },
  {
    term: 'EDS',
    senses: [
      {
        expansion: 'Extended Determinate Sentence', category: 'process',
        definition: 'A sentence for offenders assessed as dangerous: a custodial term plus an extended licence of up to five years (eight for sexual offences). Release before the end of the custodial term needs the Parole Board.',
      },
    ],
  },
  {
    term: 'SDS',
    senses: [
      {
        expansion: 'Standard Determinate Sentence', category: 'process',
        definition: 'A fixed-length prison sentence. The person is released automatically at a set point, often halfway, and serves the rest of the sentence on licence in the community.',
      },
    ],
  },
  {
    term: 'IPP',
    senses: [
      {
        expansion: 'Imprisonment (or Detention) for Public Protection', category: 'process',
        definition: 'An indeterminate sentence given from 2005 until it was abolished for new cases in 2012. After a minimum term, release depends on the Parole Board, and the person is then on licence.',
      },
    ],
  },
  {
    term: 'EM',
    senses: [
      {
        expansion: 'Electronic Monitoring', category: 'process',
        definition: 'The use of electronic tags to monitor a person’s curfew, location or alcohol use as a condition of a court order, licence or bail.',
      },
    ],
  },
  {
    term: 'AP',
    senses: [
      {
        expansion: 'Approved Premises', category: 'other',
        definition: 'Staffed residential accommodation, once called probation or bail hostels, mainly for people released on licence who pose a high risk of serious harm and need close supervision.',
      },
      {
        expansion: 'Accredited Programme', category: 'process',
        definition: 'A group programme, such as Building Better Relationships or the Thinking Skills Programme, accredited as effective in reducing reoffending and delivered in prisons or the community.',
      },
    ],
  },
  {
    term: 'TUSED',
    senses: [
      {
        expansion: 'Top Up Supervision Expiry Date', category: 'other',
        definition: 'The date post-sentence supervision ends, 12 months after release, for people who served a custodial sentence of under two years.',
      },
    ],
  },
  {
    term: 'AUR',
    senses: [
      {
        expansion: 'Automatic Unconditional Release', category: 'process',
        definition: 'Release at the halfway point without licence, which used to apply to sentences of under 12 months before the Offender Rehabilitation Act 2014.',
      },
    ],
  },
  {
    term: 'DTC',
    senses: [
      {
        expansion: 'Duty to Co-operate', category: 'process',
        definition: 'The legal duty on agencies such as local authorities, health bodies, housing providers and Jobcentre Plus to co-operate with police, prisons and probation under MAPPA.',
      },
    ],
  },
  {
    term: 'CPPC',
    senses: [
      {
        expansion: 'Critical Public Protection Case', category: 'process',
        definition: 'A MAPPA level 3 case registered for extra national oversight and support because of the serious risk it poses and likely public interest.',
      },
    ],
  },
  {
    term: 'ERCG',
    senses: [
      {
        expansion: 'Early Release on Compassionate Grounds', category: 'process',
        definition: 'Release of a prisoner by the Secretary of State for exceptional reasons, such as terminal illness or tragic family circumstances.',
      },
    ],
  },
  {
    term: 'EPP',
    senses: [
      {
        expansion: 'Extended Sentence for Public Protection', category: 'process',
        definition: 'An extended sentence under the Criminal Justice Act 2003 for dangerous offenders, used until LASPO replaced it with the extended determinate sentence (EDS) in 2012.',
      },
    ],
  },

];

import type { GlossaryEntry } from '../shared/types';

/**
 * Multi-word terms practitioners ask about, and terms the 2021 reforms renamed. Phrases match in any
 * letter case, across line breaks and hyphen variants; definitions are ours.
 */
export const BUILTIN_PHRASES: readonly GlossaryEntry[] = [
  {
    term: 'Approved Premises', phrase: true,
    senses: [{ expansion: 'Approved Premises (AP)', category: 'other', definition: 'Staffed hostels, run or approved by HMPPS, that house people released from prison or on bail who pose a high risk of serious harm, with a curfew, supervision and a set regime.' }],
  },
  {
    term: 'Unpaid Work', phrase: true, variants: ['Community Payback'],
    senses: [{ expansion: 'Unpaid Work (UPW), also called Community Payback', category: 'process', definition: 'A requirement of a community or suspended sentence to do between 40 and 300 hours of supervised work that benefits the community.' }],
  },
  {
    term: 'Accredited Programme', phrase: true,
    senses: [{ expansion: 'Accredited Programme', category: 'process', definition: 'A group or one-to-one programme, such as Building Choices or Kaizen, whose design has been approved by an independent panel as likely to reduce reoffending.' }],
  },
  {
    term: 'Structured Intervention', phrase: true,
    senses: [{ expansion: 'Structured Intervention', category: 'process', definition: 'A short, non-accredited piece of work delivered by probation staff, on topics such as emotional management or attitudes, often as part of a Rehabilitation Activity Requirement.' }],
  },
  {
    term: 'Dynamic Framework', phrase: true,
    senses: [{ expansion: 'Probation Dynamic Framework', category: 'process', definition: 'The commercial framework through which the Probation Service buys rehabilitative services, such as accommodation or education support, from other providers.' }],
  },
  {
    term: 'Commissioned Rehabilitative Services', phrase: true,
    senses: [{ expansion: 'Commissioned Rehabilitative Services (CRS)', category: 'process', definition: 'Rehabilitative services bought from voluntary and private providers through the Dynamic Framework, such as help with accommodation, employment or finance.' }],
  },
  {
    term: 'Serious Further Offence', phrase: true,
    senses: [{ expansion: 'Serious Further Offence (SFO)', category: 'process', definition: 'A serious violent or sexual offence, such as murder or rape, allegedly committed by someone under probation supervision; it triggers a formal review of how the case was managed.' }],
  },
  {
    term: 'National Standards', phrase: true,
    senses: [{ expansion: 'National Standards (NS)', category: 'document', definition: 'The minimum expectations HMPPS sets for how people on probation are supervised, such as how often they are seen and how their risk is reviewed.' }],
  },
  {
    term: 'Target Operating Model', phrase: true,
    senses: [{ expansion: 'Target Operating Model (TOM)', category: 'document', definition: 'The document setting out how the unified Probation Service is organised and works from June 2021, from court to the end of supervision.' }],
  },
  {
    term: 'Sentence Management', phrase: true,
    senses: [{ expansion: 'Sentence Management', category: 'process', definition: 'The work of assessing, planning, supervising and reviewing a person’s sentence, done by the Probation Practitioner; the term replaced "offender management".' }],
  },
  {
    term: 'Management Oversight', phrase: true,
    senses: [{ expansion: 'Management Oversight (MO)', category: 'process', definition: 'A recorded check by a manager, usually a Senior Probation Officer, that a practitioner’s decisions on a case are sound, especially on risk.' }],
  },
  // Renamed by the reforms.
  {
    term: 'Offender Manager', phrase: true,
    renamed: { now: 'Probation Practitioner', note: 'the Target Operating Model’s name for the role since 2021' },
    senses: [{ expansion: 'Offender Manager (OM)', category: 'role', definition: 'The practitioner who manages a person’s sentence; the unified Probation Service calls this role the Probation Practitioner.' }],
  },
  {
    term: 'Responsible Officer', phrase: true,
    renamed: { now: 'Probation Practitioner', note: 'the Target Operating Model’s name for the role since 2021' },
    senses: [{ expansion: 'Responsible Officer (RO)', category: 'role', definition: 'The person legally responsible for supervising a community order or licence; in probation guidance this is now the Probation Practitioner.' }],
  },
  {
    term: 'Offender Management', phrase: true,
    renamed: { now: 'Sentence Management', note: 'renamed in the 2021 Target Operating Model' },
    senses: [{ expansion: 'Offender Management', category: 'process', definition: 'The older name for managing a person’s sentence from assessment to the end of supervision; guidance now calls it Sentence Management.' }],
  },
  {
    term: 'offender', phrase: true,
    renamed: { now: 'person on probation, or supervised individual', note: 'where appropriate: current guidance avoids labelling people by their offence' },
    senses: [{ expansion: 'offender', category: 'other', definition: 'A person convicted of an offence. Probation guidance now usually says "person on probation", "supervised individual" or "person in prison" instead.' }],
  },
];

/**
 * Names that contain a renamed word but are still current, or are proper names: they are consumed
 * whole so that "offender" or "Offender Manager" inside them is not flagged.
 */
export const PHRASE_FALSE_FRIENDS: readonly string[] = [
  'Prison Offender Manager', 'Community Offender Manager', 'Probation Offender Manager',
  'Offender Management Unit', 'Offender Management in Custody', 'Integrated Offender Management',
  'National Offender Management Service', 'Head of Offender Management Delivery', 'Director of Offender Management',
  'Young Offender Institution', 'Young Offenders Institution', 'Offender Behaviour Programme',
  'Offender Assessment System', 'Offender Group Reconviction Scale', 'Offender Personality Disorder',
  'Offender Rehabilitation Act', 'Sex Offender Register', 'Violent and Sex Offender Register',
  'Sex Offender Treatment Programme', 'Priority Prolific Offender', 'Prolific and other Priority Offender',
  'Managing Offenders in Custody', 'Rehabilitation of Offenders Act', 'Offender Health',
];

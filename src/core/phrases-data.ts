/** Matching configuration for the phrases of the built-in glossary (src/glossary-data/*.tsv). */

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

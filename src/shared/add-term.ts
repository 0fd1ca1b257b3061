/**
 * "Define it where you meet it": the card of an unexplained abbreviation and the popup's empty look-up open
 * the options page at its personal-glossary form with the term filled in, by the address options.html#add-term=XYZ.
 */

/** The longest term the personal glossary accepts (glossaryEntrySchema's term). */
export const MAX_ADD_TERM = 100;

const PREFIX = '#add-term=';

/** The options page's address fragment that asks for the form with `term` filled in. */
export function addTermHash(term: string): string {
  return `${PREFIX}${encodeURIComponent(term.trim())}`;
}

/**
 * The term an address fragment asks to add, or undefined when it asks for none or for one the form could
 * not take (empty, too long, badly encoded, or with control characters).
 */
export function termFromHash(hash: string): string | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  let term: string;
  try {
    term = decodeURIComponent(hash.slice(PREFIX.length)).trim();
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex
  if (term === '' || term.length > MAX_ADD_TERM || /[\u0000-\u001f\u007f]/u.test(term)) return undefined;
  return term;
}

/**
 * Why a document could not be shown, as a code the viewer words from messages.json. pdf.js's exceptions
 * are told apart by name (they cross from its worker as plain objects with a name and a status).
 */

/** What went wrong. */
export type Failure = 'not-found' | 'server' | 'not-pdf' | 'corrupt' | 'password' | 'network' | 'refused';

/** The failure for an error from pdf.js's getDocument(); `looksLikeHtml` is asked only for an invalid file. */
export async function failureOf(error: unknown, looksLikeHtml: () => Promise<boolean>): Promise<Failure> {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; status?: unknown };
  switch (e.name) {
    case 'PasswordException':
      return 'password';
    case 'ResponseException':
    case 'MissingPDFException':
    case 'UnexpectedResponseException':
      return e.status === 404 || e.status === 410 || e.name === 'MissingPDFException' ? 'not-found' : typeof e.status === 'number' && e.status > 0 ? 'server' : 'network';
    case 'InvalidPDFException':
      return (await looksLikeHtml().catch(() => false)) ? 'not-pdf' : 'corrupt';
    default:
      return 'corrupt';
  }
}

/** Whether a body's first bytes are markup rather than a PDF (an error page served at a .pdf address). */
export function isMarkup(firstBytes: string): boolean {
  return !/^\s*%PDF-/.test(firstBytes) && /^\s*(?:<!doctype|<html|<\?xml|<head|<body|<)/i.test(firstBytes);
}

/**
 * A PDF's fingerprint (pdf.js `fingerprints[0]`: the file identifier in its trailer, or a hash of its first
 * bytes) and its `urn:x-pdf:` name, as Hypothesis writes it: the name notes and exports give a PDF whatever
 * address it was read from. Pure.
 */

const FINGERPRINT = /^[0-9a-f]{16,64}$/;

/** A fingerprint as stored (lower case), or undefined for one that is not a pdf.js fingerprint. */
export function cleanFingerprint(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const f = value.toLowerCase();
  return FINGERPRINT.test(f) ? f : undefined;
}

/** The `urn:x-pdf:` name of a fingerprint. */
export const pdfUrn = (fingerprint: string): string => `urn:x-pdf:${fingerprint}`;

/** The fingerprint a `urn:x-pdf:` name gives, if it is one. */
export function fingerprintOfUrn(urn: unknown): string | undefined {
  const m = typeof urn === 'string' ? /^urn:x-pdf:(.+)$/i.exec(urn) : null;
  return m ? cleanFingerprint(m[1]) : undefined;
}

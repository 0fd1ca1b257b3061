import { describe, expect, it } from 'vitest';
import { cleanFingerprint, fingerprintOfUrn, pdfIdentity, pdfUrn, viewerDocument } from '../../../src/pdf/notes-identity';

const PDF = 'https://assets.publishing.service.gov.uk/media/5f1e2d3c4b5a69788796a5b4/Policy.pdf';
const FP = '6b4f5e3a2c1d0e9f8a7b6c5d4e3f2a1b';
const BASE = 'chrome-extension://abc/';

describe('a PDF’s note identity', () => {
  it('is its address without our marker or fragment, with its fingerprint', () => {
    expect(pdfIdentity(`${PDF}?probation-lens-original#page=3`, FP.toUpperCase())).toEqual({ source: PDF, fingerprint: FP });
  });

  it('is the fingerprint’s URN for a file from this computer, and nothing without a fingerprint', () => {
    expect(pdfIdentity(null, FP)).toEqual({ source: `urn:x-pdf:${FP}`, fingerprint: FP });
    expect(pdfIdentity(null, null)).toBeUndefined();
    expect(pdfIdentity(PDF, 'not a fingerprint')).toEqual({ source: PDF });
  });

  it('reads fingerprints and their URNs strictly', () => {
    expect(cleanFingerprint(42)).toBeUndefined();
    expect(cleanFingerprint('abc')).toBeUndefined();
    expect(fingerprintOfUrn(pdfUrn(FP))).toBe(FP);
    expect(fingerprintOfUrn(`urn:x-pdf:${FP}x`)).toBeUndefined();
    expect(fingerprintOfUrn(PDF)).toBeUndefined();
  });
});

describe('the document a viewer page shows', () => {
  it('is read from the viewer’s address', () => {
    expect(viewerDocument(`${BASE}pdf/viewer.html?file=${PDF}#page=2`, BASE)).toEqual({ url: PDF, source: PDF });
  });

  it('is nothing for another page, another extension, a local file or a refused address', () => {
    expect(viewerDocument(`${BASE}popup.html?file=${PDF}`, BASE)).toBeUndefined();
    expect(viewerDocument(`chrome-extension://other/pdf/viewer.html?file=${PDF}`, BASE)).toBeUndefined();
    expect(viewerDocument(`${BASE}pdf/viewer.htmlx?file=${PDF}`, BASE)).toBeUndefined();
    expect(viewerDocument(`${BASE}pdf/viewer.html`, BASE)).toBeUndefined();
    expect(viewerDocument(`${BASE}pdf/viewer.html?file=https://example.org/x.pdf`, BASE)).toBeUndefined();
  });
});

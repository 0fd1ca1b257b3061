import { describe, expect, it } from 'vitest';
import { connectSource, documentKey, fileNameOf, httpsOrigin, isFetchable, originalAddress, pageInFragment, readViewerRequest } from '../../../src/pdf/address';
import { PDF_PATTERNS } from '../../../src/pdf/redirect-rules';

const MEDIA = 'https://assets.publishing.service.gov.uk/media/5f1e2d3c4b5a69788796a5b4/Target_Operating_Model.pdf';
const OLD = 'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/959746/HMPPS_-_National_Standards_2021.pdf';

/** The redirect's patterns as the browser applies them (RE2, case-insensitive): JavaScript reads them the same. */
const redirected = (url: string) => PDF_PATTERNS.some((p) => new RegExp(p, 'i').test(url));

describe('the redirect patterns', () => {
  it.each([
    MEDIA, OLD, `${MEDIA}?utm_source=x`, `${MEDIA}#page=12`, `${OLD}?a=1&b=2#page=3`,
    'https://assets.publishing.service.gov.uk/media/ABCDEF0123/Upper.PDF',
    'https://www.justice.gov.uk/downloads/offenders/probation-instructions/pi-05-2014.pdf',
    'https://www.justiceinspectorates.gov.uk/hmiprobation/wp-content/uploads/sites/5/2023/report.pdf',
  ])('send %s to the viewer', (url) => expect(redirected(url)).toBe(true));

  it.each([
    'https://assets.publishing.service.gov.uk/media/5f1e2d3c/file.csv',
    'https://assets.publishing.service.gov.uk/other/file.pdf',
    'https://www.gov.uk/guidance/something.pdf-explained',
    'https://example.org/media/5f1e/report.pdf',
    'https://assets.publishing.service.gov.uk.evil.example/media/5f1e/x.pdf',
    'https://notjustice.gov.uk.example/x.pdf',
    'http://www.justice.gov.uk/downloads/x.pdf',
    'https://www.justice.gov.uk/downloads/x.pdf.html',
  ])('leave %s alone', (url) => expect(redirected(url)).toBe(false));
});

describe('the viewer address', () => {
  it('reads the document and page the redirect put there, query and all', () => {
    expect(readViewerRequest(`?file=${MEDIA}`, '')).toEqual({ kind: 'remote', url: MEDIA, page: null });
    expect(readViewerRequest(`?file=${OLD}?a=1&b=2`, '#page=3')).toEqual({ kind: 'remote', url: `${OLD}?a=1&b=2`, page: 3 });
    expect(readViewerRequest(`?file=${encodeURIComponent(MEDIA)}`, '#zoom=page-width&page=7')).toEqual({ kind: 'remote', url: MEDIA, page: 7 });
  });

  it('opens the file chooser without a document, and refuses an address it may never fetch', () => {
    expect(readViewerRequest('', '#page=2')).toEqual({ kind: 'none', page: 2 });
    for (const file of [
      'file:///home/me/x.pdf', 'http://example.org/x.pdf', 'https://user:pw@example.org/x.pdf', 'https://example.org:8443/x.pdf',
      'https://localhost/x.pdf', 'https://192.168.1.10/x.pdf', 'javascript:alert(1)//x.pdf', 'https%3A%2F%2F%E0%A4%A',
      // GOV.UK's own pages are no added site, and its PDFs come from the assets host.
      'https://www.gov.uk/government/x.pdf',
    ]) expect(readViewerRequest(`?file=${file}`, '').kind, file).toBe('refused');
  });

  it('asks about a PDF on any other https site: it may be a site the reader added', () => {
    expect(readViewerRequest('?file=https://www.probation-partners.example.net/papers/Approved Premises 2024.pdf?v=2', '#page=4')).toEqual({
      kind: 'added', url: 'https://www.probation-partners.example.net/papers/Approved Premises 2024.pdf?v=2', origin: 'https://www.probation-partners.example.net', page: 4,
    });
    expect(readViewerRequest(`?file=${encodeURIComponent('https://Example.ORG/x.pdf')}`, '')).toMatchObject({ kind: 'added', origin: 'https://example.org' });
  });

  it('lets the page connect to its document’s origin only, and to none without a document', () => {
    expect(connectSource(readViewerRequest(`?file=${OLD}?a=1`, ''))).toBe("'self' https://assets.publishing.service.gov.uk");
    expect(connectSource(readViewerRequest('?file=https://www.justice.gov.uk/downloads/x.pdf', ''))).toBe("'self' https://www.justice.gov.uk");
    expect(connectSource(readViewerRequest('?file=https://example.org/papers/x.pdf', ''))).toBe("'self' https://example.org");
    expect(connectSource(readViewerRequest('?file=file:///x.pdf', ''))).toBe("'self'");
    expect(connectSource(readViewerRequest('', ''))).toBe("'self'");
    // A refusal never names a host, whatever its address says.
    expect(connectSource({ kind: 'refused', url: 'https://example.org/x.pdf' })).toBe("'self'");
  });

  it('reads only a sane page number', () => {
    expect(pageInFragment('#page=0')).toBeNull();
    expect(pageInFragment('#page=abc')).toBeNull();
    expect(pageInFragment('#nameddest=x')).toBeNull();
    expect(pageInFragment('page=150')).toBe(150);
  });

  it('reads the origin of an https address without credentials or a port only', () => {
    expect(httpsOrigin('https://example.org/a/b.pdf?x#y')).toBe('https://example.org');
    for (const url of ['http://example.org/x.pdf', 'https://u@example.org/x.pdf', 'https://example.org:444/x.pdf', 'data:application/pdf,x', 'not a url']) {
      expect(httpsOrigin(url), url).toBeUndefined();
    }
  });

  it('fetches only https on the allowed hosts, without credentials or ports in the address', () => {
    expect(isFetchable(MEDIA)).toBe(true);
    expect(isFetchable('https://user:pw@assets.publishing.service.gov.uk/media/1/x.pdf')).toBe(false);
    expect(isFetchable('https://assets.publishing.service.gov.uk:8443/media/1/x.pdf')).toBe(false);
    expect(isFetchable('https://evil.example/?https://assets.publishing.service.gov.uk/')).toBe(false);
  });
});

describe('the original and the key', () => {
  it('marks the original so the redirect lets it through, keeping its own query', () => {
    expect(originalAddress(`${MEDIA}#page=2`)).toBe(`${MEDIA}?probation-lens-original`);
    expect(originalAddress(`${MEDIA}?a=1`)).toBe(`${MEDIA}?a=1&probation-lens-original`);
    expect(originalAddress(originalAddress(MEDIA))).toBe(`${MEDIA}?probation-lens-original`);
  });

  it('keys notes by the address without the marker and fragment', () => {
    expect(documentKey(`${MEDIA}?probation-lens-original#page=3`)).toBe(MEDIA);
  });

  it('names the saved file after the address', () => {
    expect(fileNameOf(`${MEDIA}?a=1`)).toBe('Target_Operating_Model.pdf');
    expect(fileNameOf('https://www.justice.gov.uk/downloads/report')).toBe('report.pdf');
  });
});

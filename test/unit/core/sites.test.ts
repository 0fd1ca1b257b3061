import { describe, expect, it } from 'vitest';
import { addableOrigin, isDefaultSite, originOfPattern, originPattern } from '../../../src/core/sites';

describe('the sites a reader may add', () => {
  it('accepts an https origin of a real host, made comparable', () => {
    expect(addableOrigin('https://example.org')).toBe('https://example.org');
    expect(addableOrigin(' https://Intranet.Example.co.uk/ ')).toBe('https://intranet.example.co.uk');
  });

  it.each([
    ['http, not https', 'http://example.org'],
    ['a path', 'https://example.org/page'],
    ['a query', 'https://example.org?x=1'],
    ['a port', 'https://example.org:8443'],
    ['a wildcard', 'https://*.example.org'],
    ['every site', 'https://*'],
    ['a bare host', 'example.org'],
    ['a single label', 'https://localhost'],
    ['an IP address', 'https://10.0.0.1'],
    ['user info', 'https://user@example.org'],
    ['GOV.UK, always on', 'https://www.gov.uk'],
    ['a justice subdomain, always on', 'https://www.justice.gov.uk'],
    ['another scheme', 'file:///etc/passwd'],
    ['not a string', 42],
    ['nothing', undefined],
  ])('refuses %s', (_, input) => {
    expect(addableOrigin(input)).toBeUndefined();
  });

  it('turns an origin into its match pattern and back', () => {
    expect(originPattern('https://example.org')).toBe('https://example.org/*');
    expect(originOfPattern('https://example.org/*')).toBe('https://example.org');
  });

  it('reads no added site from the default patterns, the PDF documents host or a wildcard grant', () => {
    for (const pattern of ['https://www.gov.uk/*', 'https://assets.publishing.service.gov.uk/*', 'https://*.justice.gov.uk/*', 'https://*/*', '<all_urls>', 'https://example.org/path/*']) {
      expect(originOfPattern(pattern)).toBeUndefined();
    }
  });

  it('keeps the defaults as they were', () => {
    expect(isDefaultSite('www.gov.uk')).toBe(true);
    expect(isDefaultSite('example.org')).toBe(false);
  });
});

// The redirect rules for the sites the reader added: one rule per site, its PDFs alone, ids in a range of their own.
import { describe, expect, it } from 'vitest';
import { addedSitePattern, MAX_ADDED_SITE_RULES, PDF_RULE_IDS, pdfRules } from '../../../src/pdf/redirect-rules';

const VIEWER = 'moz-extension://4b1e3c2a-9d8f-4e7a-b6c5-d4e3f2a1b0c9/pdf/viewer.html';
const SITE = 'https://www.probation-partners.example.net';

/** Whether a site's pattern sends an address to the viewer, as the browser matches it (RE2, case-insensitive). */
const redirected = (origin: string, url: string) => new RegExp(addedSitePattern(origin), 'i').test(url);

describe('an added site’s pattern', () => {
  it.each([
    `${SITE}/wp-content/uploads/2024/03/Approved-Premises-Handbook.pdf`,
    `${SITE}/documents/MAPPA%20guidance%202023.PDF`,
    `${SITE}/download/report.pdf?version=3&lang=en`,
    `${SITE}/download/report.pdf#page=12`,
    `${SITE}/a.pdf`,
  ])('sends %s to the viewer', (url) => expect(redirected(SITE, url)).toBe(true));

  it.each([
    `${SITE}/download/report.pdf.html`,
    `${SITE}/download?file=report.pdf`,
    `${SITE}/reports/`,
    `http://www.probation-partners.example.net/a.pdf`,
    'https://probation-partners.example.net/a.pdf',
    'https://www.probation-partners.example.net.evil.example/a.pdf',
    'https://evil.example/www.probation-partners.example.net/a.pdf',
    'https://wwwxprobation-partners.example.net/a.pdf',
    `${SITE}:8443/a.pdf`,
  ])('leaves %s alone', (url) => expect(redirected(SITE, url)).toBe(false));
});

describe('the rules', () => {
  it('add one redirect per added site after the default ones, to the viewer, in ids of their own', () => {
    const rules = pdfRules(VIEWER, ['https://example.org', SITE]);
    expect(rules.map((r) => r.id)).toEqual([1100, 1101, 1102, 1200, 1201]);
    expect(rules.slice(3).map((r) => [r.priority, r.action, r.condition])).toEqual([
      [1, { type: 'redirect', redirect: { regexSubstitution: `${VIEWER}?file=\\0` } }, { regexFilter: addedSitePattern('https://example.org'), isUrlFilterCaseSensitive: false, resourceTypes: ['main_frame'] }],
      [1, { type: 'redirect', redirect: { regexSubstitution: `${VIEWER}?file=\\0` } }, { regexFilter: addedSitePattern(SITE), isUrlFilterCaseSensitive: false, resourceTypes: ['main_frame'] }],
    ]);
    // "Open in the browser's viewer" stays above every redirect.
    expect(rules[0]).toMatchObject({ id: 1100, priority: 2, action: { type: 'allow' } });
    expect(pdfRules(VIEWER)).toHaveLength(3);
  });

  it('leave out anything that is not an added https site, and each site once', () => {
    const rules = pdfRules(VIEWER, ['https://example.org', 'https://example.org', 'https://www.gov.uk', 'https://assets.publishing.service.gov.uk',
      'https://*.example.com', 'http://example.net', 'https://example.net:8443', 'https://example.net/path', 'https://10.0.0.1', '.*']);
    expect(rules.slice(3).map((r) => r.condition.regexFilter)).toEqual([addedSitePattern('https://example.org')]);
  });

  it(`cap the added sites at ${MAX_ADDED_SITE_RULES}, in alphabetical order, inside the range every update removes`, () => {
    const many = Array.from({ length: MAX_ADDED_SITE_RULES + 20 }, (_, i) => `https://site-${String(i).padStart(3, '0')}.example.org`).reverse();
    const added = pdfRules(VIEWER, many).slice(3);
    expect(added).toHaveLength(MAX_ADDED_SITE_RULES);
    expect(added[0]?.condition.regexFilter).toBe(addedSitePattern('https://site-000.example.org'));
    const ids = pdfRules(VIEWER, many).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => PDF_RULE_IDS.includes(id))).toBe(true);
    // Well under the browsers' 1000 regex rules.
    expect(ids.length).toBeLessThan(200);
  });
});

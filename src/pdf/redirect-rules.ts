/**
 * The declarativeNetRequest rules that open PDFs in our viewer (registered by background/pdf-redirect.ts).
 * Pure data, so the patterns are tested against real addresses without a browser.
 */
import { addableOrigin } from '../core/sites';
import { ORIGINAL_MARKER } from './address';

// A path ending in .pdf, then perhaps a query or a fragment (#page=N).
const PDF_PATH = String.raw`[^?#]*\.pdf(?:[?#].*)?$`;

/** The addresses that open in the viewer, as RE2 patterns (matched without regard to case). */
export const PDF_PATTERNS: readonly string[] = [
  // GOV.UK's attachments: /media/<hash>/<name>.pdf and the older /government/uploads/.../<name>.pdf.
  String.raw`^https://assets\.publishing\.service\.gov\.uk/(?:media/[0-9a-f]+/|government/uploads/)` + PDF_PATH,
  String.raw`^https://(?:[a-z0-9-]+\.)*(?:justice|justiceinspectorates)\.gov\.uk/` + PDF_PATH,
];

const ALLOW_ORIGINAL = 1100;
const FIRST_REDIRECT = 1101;

/**
 * The most added sites whose PDFs open in the viewer. Each is one regex rule: browsers allow 1000 regex rules
 * in all (Chrome and Firefox), and Chrome caps each compiled pattern at 2 KB, which one combined pattern for
 * many sites would break. Past the cap, the first sites in alphabetical order are redirected; the others' PDFs
 * open in the browser's own viewer, as before they were added.
 */
export const MAX_ADDED_SITE_RULES = 100;
const FIRST_ADDED_SITE = 1200;

/** Every rule id we own, for removing them all before adding: the fixed rules and the added sites' range. */
export const PDF_RULE_IDS: readonly number[] = [
  ALLOW_ORIGINAL, ...PDF_PATTERNS.map((_, i) => FIRST_REDIRECT + i),
  ...Array.from({ length: MAX_ADDED_SITE_RULES }, (_, i) => FIRST_ADDED_SITE + i),
];

/** A declarativeNetRequest rule, as far as we use one. */
export interface PdfRule {
  id: number;
  priority: number;
  action: { type: 'allow' } | { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: { regexFilter: string; isUrlFilterCaseSensitive?: boolean; resourceTypes: ['main_frame'] };
}

const redirect = (viewer: string, id: number, regexFilter: string): PdfRule => ({
  id,
  priority: 1,
  action: { type: 'redirect', redirect: { regexSubstitution: `${viewer}?file=\\0` } },
  condition: { regexFilter, isUrlFilterCaseSensitive: false, resourceTypes: ['main_frame'] },
});

/** The pattern for the PDFs of one added site ("https://example.org"): any path ending in .pdf on that host alone. */
export function addedSitePattern(origin: string): string {
  return `^${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/${PDF_PATH}`;
}

/**
 * The rules for a viewer at `viewer` (its extension URL): the redirects for the default hosts and for the sites
 * the reader added (`addedOrigins`, as the browser lists their permissions: anything but an addable https origin
 * is left out, and at most MAX_ADDED_SITE_RULES of them), and the allow rule above them all.
 */
export function pdfRules(viewer: string, addedOrigins: readonly string[] = []): PdfRule[] {
  const added = [...new Set(addedOrigins.map(addableOrigin).filter((o): o is string => o !== undefined))].sort().slice(0, MAX_ADDED_SITE_RULES);
  return [
    {
      id: ALLOW_ORIGINAL,
      priority: 2,
      action: { type: 'allow' },
      condition: { regexFilter: String.raw`[?&]` + ORIGINAL_MARKER + String.raw`(?:[=&#]|$)`, resourceTypes: ['main_frame'] },
    },
    ...PDF_PATTERNS.map((regexFilter, i) => redirect(viewer, FIRST_REDIRECT + i, regexFilter)),
    ...added.map((origin, i) => redirect(viewer, FIRST_ADDED_SITE + i, addedSitePattern(origin))),
  ];
}

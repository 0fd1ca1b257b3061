/**
 * The declarativeNetRequest rules that open PDFs in our viewer (registered by background/pdf-redirect.ts).
 * Pure data, so the patterns are tested against real GOV.UK addresses without a browser.
 */
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

/** Every rule id we own, for removing them all before adding. */
export const PDF_RULE_IDS: readonly number[] = [ALLOW_ORIGINAL, ...PDF_PATTERNS.map((_, i) => FIRST_REDIRECT + i)];

/** A declarativeNetRequest rule, as far as we use one. */
export interface PdfRule {
  id: number;
  priority: number;
  action: { type: 'allow' } | { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: { regexFilter: string; isUrlFilterCaseSensitive?: boolean; resourceTypes: ['main_frame'] };
}

/** The rules for a viewer at `viewer` (its extension URL): the redirects, and the allow rule above them. */
export function pdfRules(viewer: string): PdfRule[] {
  return [
    {
      id: ALLOW_ORIGINAL,
      priority: 2,
      action: { type: 'allow' },
      condition: { regexFilter: String.raw`[?&]` + ORIGINAL_MARKER + String.raw`(?:[=&#]|$)`, resourceTypes: ['main_frame'] },
    },
    ...PDF_PATTERNS.map((regexFilter, i): PdfRule => ({
      id: FIRST_REDIRECT + i,
      priority: 1,
      action: { type: 'redirect', redirect: { regexSubstitution: `${viewer}?file=\\0` } },
      condition: { regexFilter, isUrlFilterCaseSensitive: false, resourceTypes: ['main_frame'] },
    })),
  ];
}

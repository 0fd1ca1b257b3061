/**
 * How highlights look: the style, the colour (from a small palette of GOV.UK colours) and the
 * categories not to show. Pure: storage and the options page share the defaults and the validation.
 */
import type { Category, DisplaySettings, HighlightStyle } from '../shared/types';

export type { DisplaySettings, HighlightStyle } from '../shared/types';

/** The colours offered, with their names. */
export const HIGHLIGHT_COLOURS: ReadonlyArray<{ readonly name: string; readonly hex: string }> = [
  { name: 'Blue', hex: '#1d70b8' },
  { name: 'Purple', hex: '#4c2c92' },
  { name: 'Green', hex: '#00703c' },
  { name: 'Orange', hex: '#f47738' },
  { name: 'Black', hex: '#0b0c0c' },
];

/** Every category, in the order the options page lists them. */
export const CATEGORIES: readonly Category[] = ['organisation', 'role', 'process', 'system', 'document', 'legislation', 'other'];

/** What a reader who changed nothing sees. */
export const DEFAULT_DISPLAY_SETTINGS: DisplaySettings = { highlightStyle: 'underline', highlightColour: '#1d70b8', hiddenCategories: [] };

const STYLES: readonly HighlightStyle[] = ['underline', 'background'];

/**
 * Reads stored or received settings, keeping each valid field and falling back to the default for the
 * rest, so one bad value never blanks the others.
 */
export function normaliseDisplaySettings(raw: unknown): DisplaySettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const style = STYLES.find((s) => s === r.highlightStyle) ?? DEFAULT_DISPLAY_SETTINGS.highlightStyle;
  const colour = typeof r.highlightColour === 'string' ? r.highlightColour.toLowerCase() : undefined;
  const known = HIGHLIGHT_COLOURS.find((c) => c.hex === colour)?.hex ?? DEFAULT_DISPLAY_SETTINGS.highlightColour;
  const hidden = Array.isArray(r.hiddenCategories) ? CATEGORIES.filter((c) => (r.hiddenCategories as unknown[]).includes(c)) : [];
  return { highlightStyle: style, highlightColour: known, hiddenCategories: hidden };
}

/** Why a change to the settings is refused: not an object, a value outside the allowed ones, or an unknown setting. */
export interface DisplaySettingsProblem {
  readonly code: 'not-an-object' | 'not-allowed' | 'unknown-setting';
  /** The setting at fault, when there is one. */
  readonly setting?: string;
}

/**
 * Checks a change sent by a page before it is saved: every field present must be valid, and unknown
 * fields are refused. Returns the problems; none means the change can be merged.
 */
export function displaySettingsProblems(change: unknown): DisplaySettingsProblem[] {
  if (typeof change !== 'object' || change === null || Array.isArray(change)) return [{ code: 'not-an-object' }];
  const problems: DisplaySettingsProblem[] = [];
  for (const [key, value] of Object.entries(change)) {
    const allowed = key === 'highlightStyle' ? STYLES.includes(value as HighlightStyle)
      : key === 'highlightColour' ? typeof value === 'string' && HIGHLIGHT_COLOURS.some((c) => c.hex === value.toLowerCase())
        : key === 'hiddenCategories' ? Array.isArray(value) && value.every((c) => CATEGORIES.includes(c as Category))
          : undefined;
    if (allowed === undefined) problems.push({ code: 'unknown-setting', setting: key });
    else if (!allowed) problems.push({ code: 'not-allowed', setting: key });
  }
  return problems;
}

/**
 * Reads the start state the background keeps in storage.local (src/shared/start-state.ts): whether
 * this site is on (highlighting, notes), the display settings and the personal terms, without a message to a service worker
 * that may be asleep. What is read is validated like any other input; anything unusable gives null,
 * and the page asks the background instead.
 */
import { normaliseDisplaySettings, type DisplaySettings } from '../core/display-settings';
import { validateGlossary } from '../core/glossary';
import browser from '../shared/browser';
import { START_STATE_KEY } from '../shared/start-state';
import type { GlossaryEntry } from '../shared/types';

/** What the lifecycle needs to start the lens on this page. */
export interface PageStart {
  /** Whether jargon is highlighted on this site. */
  readonly enabled: boolean;
  /** Whether the reader's notes are shown on this site (with highlighting off, unless they hid them too). */
  readonly notes: boolean;
  readonly display: DisplaySettings;
  readonly personal: readonly GlossaryEntry[];
  /** The organisation's terms (built-in < team < personal). */
  readonly team: readonly GlossaryEntry[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function isEntry(v: unknown): v is GlossaryEntry {
  return isObject(v) && typeof v.term === 'string' && (v.variants === undefined || isStrings(v.variants))
    && Array.isArray(v.senses) && v.senses.every((s) => isObject(s) && typeof s.expansion === 'string' && typeof s.category === 'string'
      && (s.definition === undefined || typeof s.definition === 'string'));
}

/** The start state for `host` from what storage held, or null when it is missing or not valid. */
export function parseStartState(raw: unknown, host: string): PageStart | null {
  if (!isObject(raw) || raw.version !== 1 || !isStrings(raw.disabledSites) || !Array.isArray(raw.personal)) return null;
  const personal = raw.personal;
  if (!personal.every(isEntry) || validateGlossary(personal).length > 0) return null;
  const team: unknown = raw.team ?? [];
  if (!Array.isArray(team) || !team.every(isEntry) || validateGlossary(team).length > 0) return null;
  const hidden: unknown = raw.notesHiddenSites ?? [];
  if (!isStrings(hidden)) return null;
  const enabled = !raw.disabledSites.includes(host);
  return { enabled, notes: enabled || !hidden.includes(host), display: normaliseDisplaySettings(raw.display), personal, team };
}

/** Reads the start state for `host` from storage.local; null when there is none usable. */
export async function readStartState(host: string): Promise<PageStart | null> {
  const stored = await browser.storage.local.get(START_STATE_KEY);
  return parseStartState(stored[START_STATE_KEY], host);
}

/** Resolves once the document has been parsed (at once if it already has). */
export function documentParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

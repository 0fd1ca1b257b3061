/**
 * Every message between the extension's contexts, declared once per direction.
 * Both ends are type-checked against these maps; messaging.ts carries them.
 */

/** What the site toggle reports for one host. */
export interface SiteState {
  readonly host: string;
  readonly enabled: boolean;
}

/** Calls handled by the background (from content scripts and extension pages). */
export interface BackgroundCalls {
  /** Whether highlighting is on for a host (on unless the user switched it off). */
  getSiteState(args: { host: string }): SiteState;
  /** Switches highlighting on or off for a host, remembers it, and tells that host's open tabs. */
  setSiteEnabled(args: { host: string; enabled: boolean }): SiteState;
}

/** What the content script found on its page, for the popup. */
export interface PageSummary {
  readonly enabled: boolean;
  /** Occurrences per glossary term, in order of first appearance. */
  readonly terms: ReadonlyArray<{ readonly term: string; readonly count: number }>;
}

/** Calls handled by the content script of one tab (from the background and extension pages). */
export interface ContentCalls {
  /** Highlighting was switched for this page's site: clear or scan. */
  siteStateChanged(args: SiteState): void;
  /** Moves to the next (1) or previous (-1) term on the page, selects it and shows its card. */
  stepTerm(args: { direction: 1 | -1 }): void;
  /** Counts of the terms on this page. */
  pageSummary(args: Record<string, never>): PageSummary;
}

/** The envelope every message travels in. */
export interface Envelope<Calls, K extends keyof Calls = keyof Calls> {
  readonly probationLens: K;
  readonly args: Calls[K] extends (args: infer A) => unknown ? A : never;
}

/** A reply: a value, or an error that crossed contexts. */
export type Reply<T> = { readonly ok: T } | { readonly error: string };

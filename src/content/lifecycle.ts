/**
 * The lens's life on one page: started when the page is parsed and the site is on, restarted when the
 * display settings or the personal terms change, stopped when the site is switched off. What it knows
 * (site on, display, personal terms) is kept apart from the lens it runs; every change bumps a
 * generation, and every step after an await checks it, so the latest message always wins, however the
 * answers to earlier ones interleave.
 */
import { DEFAULT_DISPLAY_SETTINGS, type DisplaySettings } from '../core/display-settings';
import type { GlossaryEntry } from '../shared/types';
import type { Lens } from './lens';
import type { PageStart } from './start-state';

/**
 * Where the lifecycle gets what it needs (test seams: content/index.ts passes the real ones). `L` is what it
 * runs: the page lens here, the PDF lens in our viewer (src/pdf/viewer-lens.ts).
 */
export interface LifecycleDeps<L extends { stop(): void } = Lens> {
  /** The start state the background keeps in storage (no message); null when none is usable. */
  readStart(): Promise<PageStart | null>;
  /** The same three by message, when the start state is missing. */
  siteEnabled(): Promise<boolean>;
  displaySettings(): Promise<DisplaySettings>;
  personalTerms(): Promise<readonly GlossaryEntry[]>;
  /** The organisation's terms (managed policy), by message. */
  teamTerms(): Promise<readonly GlossaryEntry[]>;
  /** Resolves when the document has been parsed. */
  parsed(): Promise<void>;
  /** Prepares a lens with these settings (what needs no document); the returned function starts it. */
  prepare(personal: readonly GlossaryEntry[], display: DisplaySettings, team: readonly GlossaryEntry[]): () => L;
}

/** Runs at most one lens on the page, always the one the latest messages ask for. */
export class Lifecycle<L extends { stop(): void } = Lens> {
  private running: L | undefined;
  private generation = 0;
  private stopped = false;
  // What is known; undefined until read (from the start state, a message, or the background).
  private enabled: boolean | undefined;
  private display: DisplaySettings | undefined;
  private personal: readonly GlossaryEntry[] | undefined;
  private team: readonly GlossaryEntry[] | undefined;

  constructor(private readonly deps: LifecycleDeps<L>) {}

  /** The running lens, if any. */
  get lens(): L | undefined {
    return this.running;
  }

  /** Whether the site is on (unknown counts as on until the page has heard). */
  get wanted(): boolean {
    return this.enabled === true;
  }

  /** Reads the start state (or asks the background) and starts the lens once the page is parsed. */
  async begin(): Promise<void> {
    const start = await this.deps.readStart().catch(() => null);
    if (this.stopped) return;
    // A message that arrived meanwhile is newer than the stored state: it keeps its value.
    if (start !== null) {
      this.enabled ??= start.enabled;
      this.display ??= start.display;
      this.personal ??= start.personal;
      this.team ??= start.team;
    } else if (this.enabled === undefined) {
      const enabled = await this.deps.siteEnabled().catch(() => true);
      if (this.stopped) return;
      this.enabled ??= enabled;
    }
    return this.reconcile(false);
  }

  /** The site was switched on or off. */
  siteStateChanged(enabled: boolean): Promise<void> {
    this.enabled = enabled;
    return this.reconcile(false);
  }

  /** The display settings changed: the lens starts again with them. */
  displaySettingsChanged(display: DisplaySettings): Promise<void> {
    this.display = display;
    return this.reconcile(true);
  }

  /** The personal glossary or the organisation's changed: their terms are read again and the lens starts again. */
  glossaryChanged(): Promise<void> {
    this.personal = undefined;
    this.team = undefined;
    return this.reconcile(true);
  }

  /** Stops the lens for good: nothing starts after, whatever arrives. */
  stop(): void {
    this.stopped = true;
    this.generation++;
    this.running?.stop();
    this.running = undefined;
  }

  /** Brings the running lens in line with what is known; `restart` when what it was built from changed. */
  private async reconcile(restart: boolean): Promise<void> {
    const mine = ++this.generation;
    const current = (): boolean => mine === this.generation && !this.stopped;
    if (this.running !== undefined && (restart || this.enabled !== true)) {
      this.running.stop();
      this.running = undefined;
    }
    if (this.stopped || this.enabled !== true || this.running !== undefined) return;
    const [personal, display, team] = await Promise.all([
      this.personal ?? this.deps.personalTerms().catch(() => []),
      this.display ?? this.deps.displaySettings().catch(() => DEFAULT_DISPLAY_SETTINGS),
      this.team ?? this.deps.teamTerms().catch(() => []),
    ]);
    if (!current()) return;
    this.personal = personal;
    this.display = display;
    this.team = team;
    // Compiling the matcher needs no document: it is done while the page is still being parsed.
    const start = this.deps.prepare(personal, display, team);
    await this.deps.parsed();
    if (!current() || this.running !== undefined) return;
    this.running = start();
  }
}

/**
 * The lens's life on one page: started when the page is parsed and the site is on, restarted when the
 * display settings or the personal terms change or the site's switches change what runs (highlighting
 * off leaves a lens of notes alone, unless the reader hid the notes too), stopped when nothing runs.
 * What it knows (the site's switches, display, personal terms) is kept apart from the lens it runs; every change bumps a
 * generation, and every step after an await checks it, so the latest message always wins, however the
 * answers to earlier ones interleave.
 */
import { DEFAULT_DISPLAY_SETTINGS, type DisplaySettings } from '../core/display-settings';
import type { GlossaryEntry } from '../shared/types';
import type { Lens, LensParts } from './lens';
import type { PageStart } from './start-state';

/** What a lifecycle runs: the page lens here, the PDF lens in our viewer (src/pdf/viewer-lens.ts). */
export interface RunningLens {
  /** What runs. */
  readonly parts: LensParts;
  stop(): void;
}

/** Where the lifecycle gets what it needs (test seams: content/index.ts passes the real ones). */
export interface LifecycleDeps<L extends RunningLens = Lens> {
  /** The start state the background keeps in storage (no message); null when none is usable. */
  readStart(): Promise<PageStart | null>;
  /** The same by message, when the start state is missing: whether jargon is highlighted and notes shown here. */
  siteState(): Promise<LensParts>;
  displaySettings(): Promise<DisplaySettings>;
  personalTerms(): Promise<readonly GlossaryEntry[]>;
  /** The organisation's terms (managed policy), by message. */
  teamTerms(): Promise<readonly GlossaryEntry[]>;
  /** Resolves when the document has been parsed. */
  parsed(): Promise<void>;
  /** Prepares a lens with these settings (what needs no document); the returned function starts it with those parts. */
  prepare(personal: readonly GlossaryEntry[], display: DisplaySettings, team: readonly GlossaryEntry[]): (parts: LensParts) => L;
}

/** Runs at most one lens on the page, always the one the latest messages ask for. */
export class Lifecycle<L extends RunningLens = Lens> {
  private running: L | undefined;
  private generation = 0;
  // The latest step (begin, or bringing the lens in line after a change): settled() waits for it.
  private latest: Promise<void> = Promise.resolve();
  private stopped = false;
  // What is known; undefined until read (from the start state, a message, or the background).
  private site: LensParts | undefined;
  private display: DisplaySettings | undefined;
  private personal: readonly GlossaryEntry[] | undefined;
  private team: readonly GlossaryEntry[] | undefined;

  constructor(private readonly deps: LifecycleDeps<L>) {}

  /** The running lens, if any. */
  get lens(): L | undefined {
    return this.running;
  }

  /** The site's switches as last known (undefined until read): what the lens runs once settled. */
  get siteParts(): LensParts | undefined {
    return this.site;
  }

  /**
   * Resolves once the lens is what the latest news asks for (started, or decided against), so an answer
   * about the page (its terms, its notes) is never given by a page that has not yet decided.
   */
  async settled(): Promise<void> {
    for (let step = this.latest; ; step = this.latest) {
      await step.catch(() => undefined);
      if (step === this.latest) return;
    }
  }

  /** Reads the start state (or asks the background) and starts the lens once the page is parsed. */
  begin(): Promise<void> {
    return (this.latest = this.beginning());
  }

  private async beginning(): Promise<void> {
    const start = await this.deps.readStart().catch(() => null);
    if (this.stopped) return;
    // A message that arrived meanwhile is newer than the stored state: it keeps its value.
    if (start !== null) {
      this.site ??= { jargon: start.enabled, notes: start.notes };
      this.display ??= start.display;
      this.personal ??= start.personal;
      this.team ??= start.team;
    } else if (this.site === undefined) {
      const site = await this.deps.siteState().catch(() => ({ jargon: true, notes: true }));
      if (this.stopped) return;
      this.site ??= site;
    }
    return this.reconcileNow(false);
  }

  /** The site's switches changed: highlighting (`jargon`) and the notes. */
  siteStateChanged(site: LensParts): Promise<void> {
    this.site = { jargon: site.jargon, notes: site.notes };
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

  /** Brings the running lens in line with what is known, as the latest step (settled() waits for it). */
  private reconcile(restart: boolean): Promise<void> {
    const step = this.reconcileNow(restart);
    // A change that arrives while the start state is read waits for the beginning too: begin() reconciles after it.
    const before = this.latest;
    this.latest = Promise.all([before.catch(() => undefined), step]).then(() => undefined);
    return step;
  }

  /** Brings the running lens in line with what is known; `restart` when what it was built from changed. */
  private async reconcileNow(restart: boolean): Promise<void> {
    const mine = ++this.generation;
    const current = (): boolean => mine === this.generation && !this.stopped;
    const parts = this.site;
    const wanted = parts !== undefined && (parts.jargon || parts.notes);
    if (this.running !== undefined && (restart || !wanted || !sameParts(this.running.parts, parts))) {
      this.running.stop();
      this.running = undefined;
    }
    if (this.stopped || !wanted || this.running !== undefined) return;
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
    this.running = start(parts);
  }
}

function sameParts(a: LensParts, b: LensParts | undefined): boolean {
  return a.jargon === b?.jargon && a.notes === b.notes;
}

import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_DISPLAY_SETTINGS, type DisplaySettings } from '../../../src/core/display-settings';
import type { Lens, LensParts } from '../../../src/content/lens';
import { Lifecycle, type LifecycleDeps } from '../../../src/content/lifecycle';
import type { PageStart } from '../../../src/content/start-state';
import type { GlossaryEntry } from '../../../src/shared/types';

/** A promise to resolve by hand, so a test decides in which order answers arrive. */
function later<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

const settings = (colour: string): DisplaySettings => ({ ...DEFAULT_DISPLAY_SETTINGS, highlightColour: colour });
const ALL: LensParts = { jargon: true, notes: true };
const NOTES_ONLY: LensParts = { jargon: false, notes: true };
const NOTHING: LensParts = { jargon: false, notes: false };
const entry = (term: string): GlossaryEntry => ({ term, senses: [{ expansion: term, category: 'other' }] });

/** A lifecycle whose lenses are records of what they were started with, and whether they were stopped. */
function setUp(over: Partial<LifecycleDeps> = {}) {
  const lenses: Array<{ personal: readonly GlossaryEntry[]; display: DisplaySettings; parts: LensParts; stopped: boolean }> = [];
  const deps: LifecycleDeps = {
    readStart: () => Promise.resolve(null),
    siteState: () => Promise.resolve(ALL),
    displaySettings: () => Promise.resolve(DEFAULT_DISPLAY_SETTINGS),
    personalTerms: () => Promise.resolve([]),
    teamTerms: () => Promise.resolve([]),
    parsed: () => Promise.resolve(),
    prepare: (personal, display) => (parts) => {
      const record = { personal, display, parts, stopped: false };
      lenses.push(record);
      return { parts, stop: () => { record.stopped = true; } } as unknown as Lens;
    },
    ...over,
  };
  const life = new Lifecycle(deps);
  const running = () => lenses.filter((l) => !l.stopped);
  return { life, lenses, running };
}

describe('content lifecycle', () => {
  it('starts from the start state in storage without asking the background, once the page is parsed', async () => {
    const parsed = later<void>();
    const asked = vi.fn(() => Promise.resolve(true));
    const start: PageStart = { enabled: true, notes: true, display: settings('#00703c'), personal: [entry('QXZ')], team: [] };
    const { life, lenses } = setUp({ readStart: () => Promise.resolve(start), parsed: () => parsed.promise, siteState: asked as never, personalTerms: asked as never, teamTerms: asked as never, displaySettings: asked as never });
    const begun = life.begin();
    await Promise.resolve();
    expect(lenses).toHaveLength(0);
    parsed.resolve();
    await begun;
    expect(lenses).toHaveLength(1);
    expect(lenses[0]?.display.highlightColour).toBe('#00703c');
    expect(lenses[0]?.personal.map((e) => e.term)).toEqual(['QXZ']);
    expect(asked).not.toHaveBeenCalled();
  });

  it('asks the background when there is no start state, and stays off on a site switched off', async () => {
    const on = setUp();
    await on.life.begin();
    expect(on.running()).toHaveLength(1);
    const off = setUp({ siteState: () => Promise.resolve(NOTHING) });
    await off.life.begin();
    expect(off.lenses).toHaveLength(0);
  });

  it('ends on the latest of two display changes in a row, whatever order the answers come in', async () => {
    const parsed = later<void>();
    const { life, running } = setUp({ parsed: () => parsed.promise });
    const begun = life.begin();
    const first = life.displaySettingsChanged(settings('#d4351c'));
    const second = life.displaySettingsChanged(settings('#00703c'));
    parsed.resolve();
    await Promise.all([begun, first, second]);
    expect(running()).toHaveLength(1);
    expect(running()[0]?.display.highlightColour).toBe('#00703c');
  });

  it('ends on the latest glossary when two glossary changes arrive and the first answer comes last', async () => {
    const answers = [later<readonly GlossaryEntry[]>(), later<readonly GlossaryEntry[]>(), later<readonly GlossaryEntry[]>()];
    let call = 0;
    const { life, running } = setUp({ personalTerms: () => (answers[call++] as ReturnType<typeof later<readonly GlossaryEntry[]>>).promise });
    const begun = life.begin();
    answers[0]?.resolve([entry('AAA')]);
    await begun;
    const first = life.glossaryChanged();
    const second = life.glossaryChanged();
    answers[2]?.resolve([entry('NEW')]);
    await second;
    answers[1]?.resolve([entry('OLD')]);
    await first;
    expect(running()).toHaveLength(1);
    expect(running()[0]?.personal.map((e) => e.term)).toEqual(['NEW']);
  });

  it('a message that arrives while the start state is read wins over the stored state', async () => {
    const stored = later<PageStart | null>();
    const { life, running, lenses } = setUp({ readStart: () => stored.promise });
    const begun = life.begin();
    void life.siteStateChanged(NOTHING);
    void life.displaySettingsChanged(settings('#00703c'));
    stored.resolve({ enabled: true, notes: true, display: settings('#d4351c'), personal: [], team: [] });
    await begun;
    expect(lenses).toHaveLength(0);
    await life.siteStateChanged(ALL);
    expect(running()[0]?.display.highlightColour).toBe('#00703c');
  });

  it('switching the site off stops the lens, and one waiting to start never starts', async () => {
    const parsed = later<void>();
    const { life, lenses } = setUp({ parsed: () => parsed.promise });
    const begun = life.begin();
    await Promise.resolve();
    await life.siteStateChanged(NOTHING);
    parsed.resolve();
    await begun;
    expect(lenses).toHaveLength(0);
  });

  it('after stop nothing starts, whatever arrives', async () => {
    const parsed = later<void>();
    const { life, lenses } = setUp({ parsed: () => parsed.promise });
    const begun = life.begin();
    life.stop();
    await life.displaySettingsChanged(settings('#00703c'));
    await life.siteStateChanged(ALL);
    parsed.resolve();
    await begun;
    expect(lenses).toHaveLength(0);
    expect(life.lens).toBeUndefined();
  });

  it('stops the running lens when stopped', async () => {
    const { life, lenses } = setUp();
    await life.begin();
    life.stop();
    expect(lenses[0]?.stopped).toBe(true);
  });

  it('with highlighting off keeps a lens of notes alone; hiding the notes too stops it; on again, all of it', async () => {
    const { life, lenses, running } = setUp();
    await life.begin();
    expect(running().map((l) => l.parts)).toEqual([ALL]);
    await life.siteStateChanged(NOTES_ONLY);
    expect(running().map((l) => l.parts)).toEqual([NOTES_ONLY]);
    await life.siteStateChanged(NOTHING);
    expect(running()).toEqual([]);
    await life.siteStateChanged(ALL);
    expect(running().map((l) => l.parts)).toEqual([ALL]);
    expect(lenses.map((l) => l.parts)).toEqual([ALL, NOTES_ONLY, ALL]);
  });

  it('says the site switches it settled on (the PDF viewer\'s notes follow them), the newest message winning over a slower answer', async () => {
    const answer = later<LensParts>();
    const { life } = setUp({ siteState: () => answer.promise });
    expect(life.siteParts).toBeUndefined();
    const begun = life.begin();
    void life.siteStateChanged(NOTHING);
    answer.resolve(ALL);
    await begun;
    await life.settled();
    expect(life.siteParts).toEqual(NOTHING);
    await life.siteStateChanged(NOTES_ONLY);
    expect(life.siteParts).toEqual(NOTES_ONLY);
  });

  it('starts notes alone from a start state with highlighting off, and restarts nothing when told the same again', async () => {
    const { life, lenses, running } = setUp({ readStart: () => Promise.resolve({ enabled: false, notes: true, display: DEFAULT_DISPLAY_SETTINGS, personal: [], team: [] }) });
    await life.begin();
    expect(running().map((l) => l.parts)).toEqual([NOTES_ONLY]);
    await life.siteStateChanged(NOTES_ONLY);
    expect(lenses).toHaveLength(1);
  });

  it('asks the background for both switches when there is no start state', async () => {
    const { life, running } = setUp({ siteState: () => Promise.resolve(NOTES_ONLY) });
    await life.begin();
    expect(running().map((l) => l.parts)).toEqual([NOTES_ONLY]);
  });
});

describe('content lifecycle: settled', () => {
  it('resolves only once the lens the latest news asks for has started, or been decided against', async () => {
    const parsed = later<void>();
    const { life, running } = setUp({ parsed: () => parsed.promise });
    void life.begin();
    let settled = false;
    const waiting = life.settled().then(() => { settled = true; });
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(false);
    // A change while the first lens waits for the page: settled waits for the last of them.
    void life.siteStateChanged(NOTES_ONLY);
    parsed.resolve();
    await waiting;
    expect(running().map((l) => l.parts)).toEqual([NOTES_ONLY]);
    void life.siteStateChanged(NOTHING);
    await life.settled();
    expect(running()).toEqual([]);
  });
});

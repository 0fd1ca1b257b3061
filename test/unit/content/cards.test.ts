// @vitest-environment jsdom
/** When cards show and hide (cards.ts), and that a stopped part shows nothing. Timers are vitest's fake ones. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCards, type HoverTarget } from '../../../src/content/cards';
import type { LensUi } from '../../../src/content/ui/host';

function fakeUi() {
  const host = document.createElement('probation-lens-ui');
  let open = false;
  return {
    ui: { host, get cardOpen() { return open; }, hideCard: vi.fn(() => { open = false; }), place: vi.fn() } as unknown as LensUi,
    opened: () => { open = true; },
  };
}

function target(name: string, opened: () => void): HoverTarget & { shows: boolean[]; refreshes: number } {
  const t = {
    key: { name }, shows: [] as boolean[], refreshes: 0,
    rect: () => new DOMRect(10, 10, 40, 16),
    show(byKeyboard: boolean) { t.shows.push(byKeyboard); opened(); },
    refresh() { t.refreshes++; },
  };
  return t;
}

const move = (x: number, y: number) => document.dispatchEvent(new MouseEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));

let at: HoverTarget | undefined;
beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(0), 16));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  // jsdom has no PointerEvent: the cards listen for pointermove, which a MouseEvent of that type stands in for.
  at = undefined;
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('cards', () => {
  it('shows a card after the pointer rests on a term, and hides it after the pointer leaves', () => {
    const { ui, opened } = fakeUi();
    const term = target('SFO', opened);
    const cards = startCards(document, ui, () => at);
    at = term;
    move(20, 20);
    vi.advanceTimersByTime(100);
    expect(term.shows).toEqual([]);
    vi.advanceTimersByTime(400);
    expect(term.shows).toEqual([false]);
    at = undefined;
    move(300, 300);
    vi.advanceTimersByTime(500);
    expect(ui.hideCard).toHaveBeenCalled();
    cards.stop();
  });

  it('shows at once from the keyboard, and Escape closes it', () => {
    const { ui, opened } = fakeUi();
    const term = target('SFO', opened);
    const cards = startCards(document, ui, () => at);
    cards.show(term, true);
    expect(term.shows).toEqual([true]);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(ui.hideCard).toHaveBeenCalled();
    cards.stop();
  });

  it('says the shown card again when the page has been read further, and looks again under a resting pointer', () => {
    const { ui, opened } = fakeUi();
    const term = target('MAPPA', opened);
    const cards = startCards(document, ui, () => at);
    // The pointer rests on text the first pass has not read yet: no card.
    move(20, 20);
    vi.advanceTimersByTime(1000);
    expect(term.shows).toEqual([]);
    // The pass ends: the term is known now, and the card comes without another move.
    at = term;
    cards.refresh();
    vi.advanceTimersByTime(400);
    expect(term.shows).toEqual([false]);
    cards.refresh();
    expect(term.refreshes).toBe(1);
    cards.stop();
  });

  it('after stop, nothing runs and nothing renders: no pending card, no listener, no refresh', () => {
    const { ui, opened } = fakeUi();
    const term = target('SFO', opened);
    const lookups = vi.fn(() => at);
    const cards = startCards(document, ui, lookups);
    at = term;
    move(20, 20);
    vi.advanceTimersByTime(20);
    expect(lookups).toHaveBeenCalledTimes(1);
    // The card is due in 330 ms; the lens stops first.
    cards.stop();
    vi.advanceTimersByTime(1000);
    move(25, 25);
    window.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(1000);
    cards.refresh();
    cards.show(term, true);
    vi.advanceTimersByTime(1000);
    expect(term.shows).toEqual([]);
    expect(lookups).toHaveBeenCalledTimes(1);
    expect(ui.place).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});

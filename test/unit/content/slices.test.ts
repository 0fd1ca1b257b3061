import { afterEach, describe, expect, it, vi } from 'vitest';
import { inputPendingTest, LONG_SLICE_MS, SLICE_MS, Slices } from '../../../src/content/slices';

let now = 0;
afterEach(() => vi.restoreAllMocks());

/** A Slices on a clock the test moves. */
function slicesAt(pending?: () => boolean): Slices {
  now = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  return new Slices(pending);
}

/** How long the slice ran before it said it was over, moving the clock 1 ms at a time. */
function sliceLength(slices: Slices): number {
  const from = now;
  while (!slices.over) now += 1;
  return now - from;
}

describe('slices', () => {
  it('end after SLICE_MS where the browser cannot tell whether input waits', () => {
    const slices = slicesAt(undefined);
    expect(sliceLength(slices)).toBe(SLICE_MS + 1);
    slices.pause();
    expect(slices.busy).toBe(SLICE_MS + 1);
  });

  it('run on while no input waits, up to LONG_SLICE_MS, and end at once when input arrives', () => {
    let waiting = false;
    const slices = slicesAt(() => waiting);
    const length = sliceLength(slices);
    expect(length).toBeGreaterThan(2 * SLICE_MS);
    expect(length).toBeLessThanOrEqual(LONG_SLICE_MS + 1);
    expect(LONG_SLICE_MS).toBeLessThan(50);
    slices.pause();
    slices.resume();
    // Input arrives 3 ms into the next slice: it ends at its first check after SLICE_MS.
    let checks = 0;
    const from = now;
    while (!slices.over) {
      now += 1;
      if (++checks === 3) waiting = true;
    }
    expect(now - from).toBe(SLICE_MS + 1);
  });

  it("use the browser's isInputPending with continuous events where it exists", () => {
    expect(inputPendingTest({} as Navigator)).toBeUndefined();
    const isInputPending = vi.fn(() => true);
    const test = inputPendingTest({ scheduling: { isInputPending } } as unknown as Navigator);
    expect(test?.()).toBe(true);
    expect(isInputPending).toHaveBeenCalledWith({ includeContinuous: true });
  });
});

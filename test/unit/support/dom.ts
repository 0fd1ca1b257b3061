/** Stand-ins for the browser APIs jsdom lacks: the CSS Custom Highlight API and animation frames. */
import { vi } from 'vitest';

class FakeHighlight extends Set<Range> {
  priority = 0;
}

/** Installs the stand-ins; returns the highlight registry. */
export function installHighlightApi(): Map<string, Set<Range>> {
  const registry = new Map<string, Set<Range>>();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 16));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  return registry;
}

/** Waits `ms` (announcements.test.tsx yields to the next task with settle(0)); scanner tests wait for the scanner's idle() instead. */
export const settle = (ms = 40): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Waits for the next animation frame (after any callback requested before it). */
export const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

const SCAN = 'probation-jargon:scan';

/** How many scan passes have been recorded so far; pass it to scanned() before starting work. */
export const scanCount = (): number => performance.getEntriesByName(SCAN).length;

/**
 * Waits until a scan pass recorded after `since` has finished (its measure is written last), however
 * slow the machine: fixed waits made the tests fail on a loaded machine.
 */
export async function scanned(since: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (scanCount() <= since) {
    if (Date.now() > deadline) throw new Error(`no ${SCAN} measure within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

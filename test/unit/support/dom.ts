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
  return registry;
}

/** Waits long enough for a scan pass or a mutation batch to finish. */
export const settle = (ms = 40): Promise<void> => new Promise((r) => setTimeout(r, ms));

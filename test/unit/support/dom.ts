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

/**
 * Sets up the in-page UI's test page: jsdom's missing layout calls (nothing scrolls, every rectangle is
 * empty), a paragraph in <main>, and a hold on the UI's closed shadow root as it is attached (as the e2e
 * drivers reach it through the browser), handed to `onRoot`. Call in beforeEach; returns the highlight registry.
 */
export function openUiPage(onRoot: (root: ShadowRoot) => void): Map<string, Set<Range>> {
  const registry = installHighlightApi();
  Element.prototype.scrollIntoView ??= () => {};
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    onRoot(root);
    return root;
  });
  document.body.innerHTML = '<main><p id="p">Senior probation officers countersign every assessment.</p></main>';
  return registry;
}

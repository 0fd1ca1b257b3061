/** Painting placed notes as `probation-note` highlights; the highlights go with the stop. */
import type { Placed } from './notes-placing';

/** The highlight names of noted passages: found as written, and found in changed text. */
export const NOTE_HIGHLIGHTS = { exact: 'probation-note', changed: 'probation-note-changed' } as const;

/** Registers the note highlights; returns the painter. After `signal` aborts they are cleared and unregistered. */
export function startPainting(signal: AbortSignal): (placed: readonly Placed[]) => void {
  const highlights = { exact: new Highlight(), changed: new Highlight() };
  CSS.highlights.set(NOTE_HIGHLIGHTS.exact, highlights.exact);
  CSS.highlights.set(NOTE_HIGHLIGHTS.changed, highlights.changed);
  signal.addEventListener('abort', () => {
    for (const [state, name] of Object.entries(NOTE_HIGHLIGHTS) as [keyof typeof highlights, string][]) {
      highlights[state].clear();
      if (CSS.highlights.get(name) === highlights[state]) CSS.highlights.delete(name);
    }
  }, { once: true });
  return (placed) => {
    if (signal.aborted) return;
    highlights.exact.clear();
    highlights.changed.clear();
    for (const p of placed) if (p.range) highlights[p.state === 'changed' ? 'changed' : 'exact'].add(p.range);
  };
}

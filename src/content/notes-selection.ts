/**
 * The "Add note" button beside the reader's selection: it appears when a selection in the main
 * content settles, follows it as the page scrolls and goes as soon as the selection goes.
 */
import { h } from 'preact';
import { contentRoot } from './skip';
import type { LensUi } from './ui/host';
import { AddNoteButton } from './ui/notes-ui';

const SETTLE_MS = 250;

/**
 * Starts the button; everything it started (listeners, timers, the button) goes when `signal` aborts.
 * `accepts` says whether a selection is where notes go (by default: in the page's main content).
 */
export function startSelectionButton(
  doc: Document, ui: LensUi, onAdd: () => void, signal: AbortSignal,
  accepts: (range: Range) => boolean = (r) => contentRoot(doc)?.contains(r.commonAncestorContainer) === true,
): { hide(): void } {
  const win = doc.defaultView as Window;
  let timer = 0;
  let frame = 0;
  let range: Range | null = null;

  const hide = (): void => {
    range = null;
    if (ui.isOpen('button')) ui.show('button', null);
  };
  const selected = (): Range | null => {
    const selection = doc.getSelection();
    return selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  };
  const check = (): void => {
    const r = selected();
    // A cheap test on every selection change; the exact offsets are worked out when the note is added.
    const inside = r !== null && r.toString().trim() !== '' && accepts(r);
    if (!inside) return hide();
    range = r;
    ui.show('button', h(AddNoteButton, { onAdd }), r.getBoundingClientRect());
  };
  const follow = (): void => {
    frame = 0;
    if (range !== null) ui.place(range.getBoundingClientRect(), 'button');
  };
  const onMove = (): void => {
    if (range !== null && frame === 0) frame = win.requestAnimationFrame(follow);
  };

  doc.addEventListener('selectionchange', () => {
    win.clearTimeout(timer);
    // The button goes with its selection at once; it comes back only once a new selection settles.
    if (selected() === null) return hide();
    timer = win.setTimeout(check, SETTLE_MS);
  }, { signal });
  // Scrolling any scroller (capture sees them all) moves the passage under a fixed-position button.
  win.addEventListener('scroll', onMove, { capture: true, passive: true, signal });
  win.addEventListener('resize', onMove, { passive: true, signal });
  signal.addEventListener('abort', () => {
    win.clearTimeout(timer);
    if (frame !== 0) win.cancelAnimationFrame(frame);
    hide();
  }, { once: true });
  return { hide };
}

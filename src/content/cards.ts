/**
 * When a card shows and hides: after a short hover on a term or a noted passage, at once for keyboard
 * navigation; it stays while the pointer is on the target or the card (WCAG 2.2 SC 1.4.13), and
 * Escape dismisses it.
 */
import type { LensUi } from './ui/host';

const SHOW_DELAY_MS = 350;
const HIDE_DELAY_MS = 400;

/** Something on the page that shows a card: a term or a noted passage. */
export interface HoverTarget {
  /** Stable identity across pointer moves (the occurrence or note it stands for). */
  readonly key: object;
  /** Where it is now. */
  rect(): DOMRect;
  /** Renders its card into the UI's card slot. */
  show(byKeyboard: boolean): void;
  /** Renders its card again, unannounced, when what it says may have changed (page definitions read later). */
  refresh?(): void;
}

/** Connects pointer, keyboard and scroll to the card. */
export function startCards(
  doc: Document, ui: LensUi, targetAt: (x: number, y: number) => HoverTarget | undefined,
): { show(t: HoverTarget, byKeyboard: boolean): void; hide(): void; refresh(): void; stop(): void } {
  const win = doc.defaultView as Window;
  let shown: HoverTarget | undefined;
  let shownByKeyboard = false;
  let pending: object | undefined;
  let showTimer = 0;
  let hideTimer = 0;
  let frame = 0;
  let pointX = 0;
  let pointY = 0;
  let overUi = false;

  const show = (t: HoverTarget, byKeyboard: boolean): void => {
    // A stopped lens shows nothing, whatever was waiting to (a keyboard move that waited for the first pass).
    if (controller.signal.aborted) return;
    win.clearTimeout(hideTimer);
    shown = t;
    shownByKeyboard = byKeyboard;
    t.show(byKeyboard);
    performance.mark('probation-card:show', { detail: { byKeyboard } }); // the card is in the DOM (bench/README.md)
  };

  const hide = (): void => {
    win.clearTimeout(hideTimer);
    win.clearTimeout(showTimer);
    shown = undefined;
    pending = undefined;
    ui.hideCard();
  };

  const check = (): void => {
    frame = 0;
    if (overUi) { win.clearTimeout(hideTimer); return; }
    const t = targetAt(pointX, pointY);
    if (t !== undefined && t.key === shown?.key) { win.clearTimeout(hideTimer); return; }
    if (t?.key !== pending) {
      win.clearTimeout(showTimer);
      pending = t?.key;
      if (t !== undefined) showTimer = win.setTimeout(() => { if (pending === t.key) show(t, false); }, SHOW_DELAY_MS);
    }
    if (t === undefined && shown !== undefined && !shownByKeyboard) {
      win.clearTimeout(hideTimer);
      hideTimer = win.setTimeout(hide, HIDE_DELAY_MS);
    }
  };

  const onPointerMove = (e: PointerEvent): void => {
    overUi = e.target === ui.host;
    pointX = e.clientX;
    pointY = e.clientY;
    if (frame === 0) frame = win.requestAnimationFrame(check);
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && ui.cardOpen) hide();
  };
  const onPointerDown = (e: PointerEvent): void => {
    if (shown !== undefined && e.target !== ui.host) hide();
  };
  const onScroll = (): void => {
    if (shown !== undefined) ui.place(shown.rect());
  };

  const controller = new AbortController();
  const opts = { capture: true, passive: true, signal: controller.signal };
  doc.addEventListener('pointermove', onPointerMove, opts);
  doc.addEventListener('pointerdown', onPointerDown, opts);
  doc.addEventListener('keydown', onKeyDown, { capture: true, signal: controller.signal });
  win.addEventListener('scroll', onScroll, opts);
  win.addEventListener('resize', onScroll, opts);

  return {
    show,
    hide,
    /**
     * The page has been read further: the card shown says it again with what is known now, and the
     * pointer's target is looked up again (it may rest on a term that had not been read yet).
     */
    refresh() {
      if (controller.signal.aborted) return;
      shown?.refresh?.();
      if (frame === 0 && (pointX !== 0 || pointY !== 0)) frame = win.requestAnimationFrame(check);
    },
    stop() {
      controller.abort();
      win.cancelAnimationFrame(frame);
      hide();
    },
  };
}

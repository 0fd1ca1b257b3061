/**
 * When the card shows and hides: after a short hover on a term, at once for keyboard
 * navigation; it stays while the pointer is on the term or the card (WCAG 2.2 SC 1.4.13),
 * and Escape dismisses it.
 */
import type { CardModel } from '../core/card-model';
import { occurrenceAt } from './hit-test';
import type { Occurrence, OccurrenceIndex } from './occurrences';
import type { LensUi } from './ui/host';

const SHOW_DELAY_MS = 350;
const HIDE_DELAY_MS = 400;

/** Connects pointer, keyboard and scroll to the card; returns a function that disconnects them. */
export function startCards(
  doc: Document, index: OccurrenceIndex, ui: LensUi, describe: (o: Occurrence) => CardModel,
): { show(o: Occurrence, byKeyboard: boolean): void; stop(): void } {
  const win = doc.defaultView as Window;
  let shown: Occurrence | undefined;
  let shownByKeyboard = false;
  let pending: Occurrence | undefined;
  let showTimer = 0;
  let hideTimer = 0;
  let frame = 0;
  let pointX = 0;
  let pointY = 0;
  let overUi = false;

  const show = (o: Occurrence, byKeyboard: boolean): void => {
    win.clearTimeout(hideTimer);
    shown = o;
    shownByKeyboard = byKeyboard;
    ui.showCard(describe(o), o.range.getBoundingClientRect(), byKeyboard);
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
    if (overUi) return void win.clearTimeout(hideTimer);
    const o = occurrenceAt(doc, index, pointX, pointY);
    if (o !== undefined && o === shown) return void win.clearTimeout(hideTimer);
    if (o !== pending) {
      win.clearTimeout(showTimer);
      pending = o;
      if (o !== undefined) showTimer = win.setTimeout(() => { if (pending === o) show(o, false); }, SHOW_DELAY_MS);
    }
    if (o === undefined && shown !== undefined && !shownByKeyboard) {
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
    if (shown !== undefined) ui.place(shown.range.getBoundingClientRect());
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
    stop() {
      controller.abort();
      win.cancelAnimationFrame(frame);
      hide();
    },
  };
}

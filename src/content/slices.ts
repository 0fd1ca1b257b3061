/**
 * How a long pass shares the main thread: it works in short slices and yields between them, and
 * can wait for the frame that shows what it has just painted.
 */

/** Work in slices of this many milliseconds, then yield to the page. */
export const SLICE_MS = 8;

/**
 * Yields to the page: a message to ourselves comes back as the next task, without the 4 ms that
 * nested timers wait. One channel per scanner, closed (and every waiter released) when it stops.
 */
export class Yielder {
  private readonly channel = new MessageChannel();
  private readonly waiting: Array<() => void> = [];
  private closed = false;

  constructor() {
    this.channel.port1.onmessage = () => this.waiting.shift()?.();
  }

  /** Resolves in a later task (at once once closed). */
  next(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.channel.port2.postMessage(null);
    });
  }

  /** Closes the channel and releases every waiter. */
  close(): void {
    this.closed = true;
    this.channel.port1.onmessage = null;
    this.channel.port1.close();
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}

/**
 * While the browser says no input is waiting, a slice runs on, asking again every SLICE_MS, up to this
 * long: each yield costs the pass a task switch and often a frame, and a reader who moves, types or
 * scrolls is still answered within SLICE_MS. Well under the 50 ms of a long task: a slice can overrun by
 * what cannot be cut (the walk's setup on a 5 MB page), and on a busy machine it is held off the CPU
 * (with 30 ms slices the 5 MB pass had one 61 ms task under load).
 */
export const LONG_SLICE_MS = 20;

/** Whether input is waiting for the main thread; undefined where the browser cannot tell (Firefox). */
export type InputPending = (() => boolean) | undefined;

interface Scheduling {
  isInputPending?(options?: { includeContinuous?: boolean }): boolean;
}

/** The browser's own test for waiting input (navigator.scheduling.isInputPending, Chromium), or undefined. */
export function inputPendingTest(nav: Navigator | undefined = globalThis.navigator): InputPending {
  const scheduling = (nav as (Navigator & { scheduling?: Scheduling }) | undefined)?.scheduling;
  if (typeof scheduling?.isInputPending !== 'function') return undefined;
  const options = { includeContinuous: true };
  return () => scheduling.isInputPending?.(options) === true;
}

/** Time kept by a pass that works in slices: when the current slice ends, and our own time in all of them. */
export class Slices {
  busy = 0;
  private start = performance.now();
  end = this.start + SLICE_MS;

  /** `pending` says whether input waits; without it every slice is SLICE_MS long. */
  constructor(private readonly pending: InputPending = inputPendingTest()) {}

  /** Whether the current slice has used its time (a long slice goes on while no input is waiting). */
  get over(): boolean {
    const now = performance.now();
    if (now <= this.end) return false;
    if (this.pending === undefined || now - this.start >= LONG_SLICE_MS - SLICE_MS || this.pending()) return true;
    this.end = now + SLICE_MS;
    return false;
  }

  /** Ends a slice: its time counts as busy. */
  pause(): void {
    this.busy += performance.now() - this.start;
  }

  /** Begins the next slice. */
  resume(): void {
    this.start = performance.now();
    this.end = this.start + SLICE_MS;
  }
}

/**
 * Resolves after the next frame has been rendered (a task after its animation frame callbacks), or
 * after 100 ms where no frame comes (a tab in the background). The returned `cancel` resolves it at once.
 */
export function afterNextFrame(doc: Document, yielder: Yielder): { done: Promise<void>; cancel: () => void } {
  const win = doc.defaultView;
  if (win === null || doc.visibilityState === 'hidden') return { done: yielder.next(), cancel: () => undefined };
  let cancel = (): void => undefined;
  const done = new Promise<void>((resolve) => {
    let over = false;
    const end = (): void => {
      if (over) return;
      over = true;
      win.clearTimeout(timer);
      resolve();
    };
    cancel = end;
    const timer = win.setTimeout(end, 100);
    win.requestAnimationFrame(() => void yielder.next().then(end));
  });
  return { done, cancel };
}

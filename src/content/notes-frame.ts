/**
 * The note editor where the page cannot listen: an extension page (note-frame.html) in an iframe inside
 * the UI's closed shadow root. The content script hands it one MessagePort, with a token in the frame's
 * URL fragment so that no page script can claim the frame first; the reader types in the frame's own
 * document, cross-origin to the page. The frame is made on first use and kept, hidden, for the next.
 */
import browser from '../shared/browser';
import { fromNoteFrame, type NoteFrameHandshake, type ToNoteFrame } from '../shared/note-frame';
import type { EditorSurface, EditorView } from './notes-editing';
import type { LensUi } from './ui/host';

const FRAME_PAGE = 'note-frame.html';

/** The editor surface in the note frame; the frame goes when `signal` aborts. */
export function frameEditorSurface(ui: LensUi, signal: AbortSignal): EditorSurface {
  let iframe: HTMLIFrameElement | undefined;
  let port: MessagePort | undefined;
  let view: EditorView | null = null;
  let pending: ToNoteFrame | undefined;

  const send = (message: ToNoteFrame): void => {
    if (port) port.postMessage(message);
    else pending = message;
  };
  const focus = (): void => {
    if (!iframe || view === null) return;
    iframe.focus();
    iframe.contentWindow?.focus();
  };

  const make = (): HTMLIFrameElement => {
    const url = browser.runtime.getURL(FRAME_PAGE);
    const token = `${crypto.randomUUID()}${crypto.randomUUID()}`.replace(/-/g, '');
    const frame = ui.ownerDocument.createElement('iframe');
    frame.className = 'note-frame';
    frame.title = ''; // named by the dialog inside it
    frame.setAttribute('allow', '');
    frame.addEventListener('load', () => {
      if (port !== undefined || signal.aborted) return;
      const channel = new MessageChannel();
      port = channel.port1;
      port.onmessage = (event: MessageEvent<unknown>) => {
        const message = fromNoteFrame(event.data);
        if (message === undefined || view === null) return;
        if (message.kind === 'ready') {
          if (pending) send(pending);
          pending = undefined;
          focus();
        } else if (message.kind === 'size') {
          frame.style.height = `${message.height}px`;
        } else if (message.kind === 'save') {
          view.onSave(message.body);
        } else {
          view.onCancel();
        }
      };
      const hello: NoteFrameHandshake = { probationLensNoteFrame: token };
      // Only to our own origin: were the page to navigate the frame elsewhere, the port would not be handed over.
      // (Chrome's dynamic URL for a web-accessible page is not its origin; getURL('') gives the origin itself.)
      frame.contentWindow?.postMessage(hello, new URL(browser.runtime.getURL('')).origin, [channel.port2]);
    }, { once: true, signal });
    frame.src = `${url}#${token}`;
    ui.mountElement('editor', frame);
    return frame;
  };

  signal.addEventListener('abort', () => {
    port?.close();
    iframe?.remove();
    iframe = undefined;
    port = undefined;
    view = null;
  }, { once: true });

  return (next) => {
    if (signal.aborted) return;
    const wasOpen = view !== null;
    view = next;
    if (next === null) {
      send({ kind: 'close' });
      if (iframe) iframe.hidden = true;
      return;
    }
    iframe ??= make();
    iframe.hidden = false;
    send({
      kind: 'editor', quote: next.quote, initial: next.initial, editing: next.editing,
      ...(next.error !== undefined ? { error: next.error } : {}), ...(next.guard !== undefined ? { guard: next.guard } : {}),
    });
    if (!wasOpen || next.error !== undefined) focus();
  };
}

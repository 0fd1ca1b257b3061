/**
 * The note frame: the note editor as an extension page, shown in an iframe inside the UI's closed
 * shadow root. What the reader types here (keys, input, composition, clipboard) is dispatched in this
 * document only, cross-origin to the page, so no page listener hears it. It takes calls only over the
 * MessagePort the content script hands it with the token in its URL fragment.
 */
import { h, render } from 'preact';
import { NoteEditor } from '../content/ui/notes-ui';
import { UI_CSS } from '../content/ui/styles';
import { fromNoteFrame, toNoteFrame, type FromNoteFrame, type NoteFrameHandshake } from '../shared/note-frame';

const FRAME_CSS = `
html, body { margin: 0; padding: 0; background: transparent; }
.panel.editor { position: static; width: auto; max-width: none; box-shadow: none; border: 0; }
`;

const root = document.getElementById('app') as HTMLElement;
const style = document.createElement('style');
style.textContent = UI_CSS.replace(':host { all: initial; }', '') + FRAME_CSS;
document.head.append(style);

const token = location.hash.slice(1);
history.replaceState(null, '', location.pathname); // the token has done its work once read; no history entry
let port: MessagePort | undefined;
let opened = 0;

/**
 * Puts the focus in the text box when nothing in the frame has it. A frame shown again after being
 * hidden may not take the editor's own focus call at once: the window's focus event and the next
 * frame try again.
 */
const focusBox = (): void => {
  const box = document.querySelector('textarea');
  if (box && (document.activeElement === document.body || document.activeElement === null)) box.focus();
};
addEventListener('focus', focusBox);

const send = (message: FromNoteFrame): void => {
  // Checked on the way out as on the way in: one shape on both sides.
  if (fromNoteFrame(message)) port?.postMessage(message);
};

addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data as Partial<NoteFrameHandshake> | null;
  // The first message from the embedding window with the right token and a port; nothing else, ever.
  if (port !== undefined || token.length < 32 || event.source !== parent || data?.probationLensNoteFrame !== token || !event.ports[0]) return;
  port = event.ports[0];
  port.onmessage = (m: MessageEvent<unknown>) => {
    const call = toNoteFrame(m.data);
    if (call === undefined) return;
    if (call.kind === 'close') {
      render(null, root);
      return;
    }
    opened++;
    render(h(NoteEditor, {
      key: `${opened}-${call.error ?? ''}`, quote: call.quote, initial: call.initial, editing: call.editing, ...(call.error !== undefined ? { error: call.error } : {}),
      ...(call.guard !== undefined ? { guard: call.guard } : {}),
      onSave: (body: string) => send({ kind: 'save', body }),
      onCancel: () => send({ kind: 'cancel' }),
    }), root);
    requestAnimationFrame(focusBox);
  };
  new ResizeObserver(() => send({ kind: 'size', height: Math.ceil(root.getBoundingClientRect().height) })).observe(root);
  send({ kind: 'ready' });
});

/**
 * The note frame's channel: the content script and the note frame (note-frame.html, an extension page
 * in an iframe inside the UI's closed shadow root) talk over one MessagePort, handed over once with a
 * token the page never sees. The page cannot hear a MessagePort, and the reader's keystrokes, input and
 * clipboard events stay in the frame's own document, which is cross-origin to the page.
 */

/** The first message to the frame, carrying the port: its token must match the frame's URL fragment. */
export interface NoteFrameHandshake {
  readonly probationLensNoteFrame: string;
}

/** What the content script asks of the frame. */
export type ToNoteFrame =
  | { readonly kind: 'editor'; readonly quote: string; readonly initial: string; readonly editing: boolean; readonly error?: string; readonly guard?: CaseDataMode }
  | { readonly kind: 'close' };

/** What the frame tells the content script. */
export type FromNoteFrame =
  | { readonly kind: 'ready' }
  | { readonly kind: 'save'; readonly body: string }
  | { readonly kind: 'cancel' }
  | { readonly kind: 'size'; readonly height: number };

import type { CaseDataMode } from './policy';

const GUARD_MODES: readonly unknown[] = ['off', 'warn', 'block'] satisfies CaseDataMode[];
const MAX_TEXT = 1024 * 1024;
const text = (x: unknown, max = MAX_TEXT): x is string => typeof x === 'string' && x.length <= max;

/** A message to the frame, checked where it arrives; undefined when it is not one. */
export function toNoteFrame(data: unknown): ToNoteFrame | undefined {
  const d = data as Record<string, unknown> | null;
  if (typeof d !== 'object' || d === null) return undefined;
  if (d.kind === 'close') return { kind: 'close' };
  if (d.kind !== 'editor' || !text(d.quote) || !text(d.initial) || typeof d.editing !== 'boolean') return undefined;
  if (d.error !== undefined && !text(d.error, 4096)) return undefined;
  if (d.guard !== undefined && !GUARD_MODES.includes(d.guard)) return undefined;
  return {
    kind: 'editor', quote: d.quote, initial: d.initial, editing: d.editing,
    ...(d.error !== undefined ? { error: d.error } : {}), ...(d.guard !== undefined ? { guard: d.guard as CaseDataMode } : {}),
  };
}

/** A message from the frame, checked where it arrives; undefined when it is not one. */
export function fromNoteFrame(data: unknown): FromNoteFrame | undefined {
  const d = data as Record<string, unknown> | null;
  if (typeof d !== 'object' || d === null) return undefined;
  if (d.kind === 'ready' || d.kind === 'cancel') return { kind: d.kind };
  if (d.kind === 'save' && text(d.body)) return { kind: 'save', body: d.body };
  if (d.kind === 'size' && typeof d.height === 'number' && Number.isFinite(d.height) && d.height >= 0) return { kind: 'size', height: Math.min(d.height, 4000) };
  return undefined;
}

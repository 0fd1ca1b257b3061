/** The note frame's channel checks every message where it arrives: anything else is dropped. */
import { describe, expect, it } from 'vitest';
import { fromNoteFrame, toNoteFrame } from '../../../src/shared/note-frame';

describe('the note frame channel', () => {
  it('takes the editor and close calls, as they are, and nothing else', () => {
    expect(toNoteFrame({ kind: 'editor', quote: 'SFO', initial: '', editing: false })).toEqual({ kind: 'editor', quote: 'SFO', initial: '', editing: false });
    expect(toNoteFrame({ kind: 'editor', quote: 'SFO', initial: 'x', editing: true, error: 'Full', extra: '<b>' })).toEqual({ kind: 'editor', quote: 'SFO', initial: 'x', editing: true, error: 'Full' });
    expect(toNoteFrame({ kind: 'close', quote: 1 })).toEqual({ kind: 'close' });
    expect(toNoteFrame({ kind: 'editor', quote: 'SFO', initial: '', editing: false, guard: 'block' })).toEqual({ kind: 'editor', quote: 'SFO', initial: '', editing: false, guard: 'block' });
    for (const bad of [null, 'editor', [], { kind: 'editor', quote: 1, initial: '', editing: false }, { kind: 'editor', quote: '', initial: '', editing: 'yes' },
      { kind: 'editor', quote: 'x'.repeat(2 * 1024 * 1024), initial: '', editing: false }, { kind: 'save', body: 'x' },
      { kind: 'editor', quote: 'SFO', initial: '', editing: false, guard: 'sometimes' }]) {
      expect(toNoteFrame(bad), JSON.stringify(bad)?.slice(0, 80)).toBeUndefined();
    }
  });

  it('takes ready, save, cancel and size from the frame, and nothing else', () => {
    expect(fromNoteFrame({ kind: 'save', body: 'Ask the SPO' })).toEqual({ kind: 'save', body: 'Ask the SPO' });
    expect(fromNoteFrame({ kind: 'size', height: 1e9 })).toEqual({ kind: 'size', height: 4000 });
    expect(fromNoteFrame({ kind: 'ready' })).toEqual({ kind: 'ready' });
    for (const bad of [undefined, { kind: 'save' }, { kind: 'save', body: 7 }, { kind: 'size', height: -1 }, { kind: 'size', height: Number.NaN }, { kind: 'editor', quote: '' }]) {
      expect(fromNoteFrame(bad)).toBeUndefined();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { t } from '../../../src/shared/i18n';
import { CodedError } from '../../../src/shared/protocol';
import { NoteConflictError } from '../../../src/storage/notes';
import { errorText } from '../../../src/ui/error-text';

describe('errorText', () => {
  it('words a coded error from messages.json, whatever its class', () => {
    expect(errorText(new NoteConflictError(undefined))).toBe(t('errorNoteConflict'));
    expect(errorText(new CodedError('storage-full'))).toBe(t('errorStorageFull'));
    expect(errorText(Object.assign(new Error('x'), { code: 'bad-request' }))).toBe(t('errorBadRequest'));
  });

  it('passes on the browser\'s own errors as they came, and ignores unknown codes', () => {
    expect(errorText(new Error('Database closed'))).toBe('Database closed');
    expect(errorText(Object.assign(new Error('odd'), { code: 'made-up' }))).toBe('odd');
    expect(errorText('plain')).toBe('plain');
  });
});

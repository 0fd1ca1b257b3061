/** Words for a failed call, on any extension page: its error code becomes a sentence of messages.json. */
import { t, type MessageKey } from '../shared/i18n';
import { CallError } from '../shared/messaging';
import type { ErrorCode } from '../shared/protocol';

const ERROR_WORDS: Record<ErrorCode, MessageKey> = {
  'storage-full': 'errorStorageFull',
  'term-invalid': 'errorTermInvalid',
  'not-granted': 'errorNotGranted',
  'not-confirmed': 'optionsDeleteTypeToConfirm',
  'bad-request': 'errorBadRequest',
};

/**
 * A failed call as the reader reads it: the sentence for its code, or, for a failure without one (the
 * browser's own, such as a closed database), its message as it came.
 */
export function errorText(error: unknown): string {
  if (error instanceof CallError && error.code !== undefined) {
    return error.code === 'not-confirmed' ? t('optionsDeleteTypeToConfirm', t('deleteConfirmationWords')) : t(ERROR_WORDS[error.code]);
  }
  return error instanceof Error ? error.message : String(error);
}

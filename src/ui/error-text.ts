/** Words for a failed call, on the extension's pages and in the note UI on web pages: its error code becomes a sentence of messages.json. */
import { t, type MessageKey } from '../shared/i18n';
import { errorCodeOf, type ErrorCode } from '../shared/protocol';

const ERROR_WORDS: Record<ErrorCode, MessageKey> = {
  'storage-full': 'errorStorageFull',
  'term-invalid': 'errorTermInvalid',
  'not-granted': 'errorNotGranted',
  'not-confirmed': 'optionsDeleteTypeToConfirm',
  'bad-request': 'errorBadRequest',
  'note-conflict': 'errorNoteConflict',
  'not-allowed': 'errorNotAllowed',
  'set-by-organisation': 'errorSetByOrganisation',
  'case-data': 'errorCaseData',
};

/**
 * A failed call as the reader reads it: the sentence for its code, or, for a failure without one (the
 * browser's own, such as a closed database or a tab that cannot answer), its message as it came.
 */
export function errorText(error: unknown): string {
  // By its code, not by class: a CallError from another context, and our own errors thrown here (CodedError,
  // StorageFullError, NoteConflictError), all carry one, and a class does not survive crossing contexts.
  const code = errorCodeOf(error);
  if (error instanceof Error && code !== undefined) {
    return code === 'not-confirmed' ? t('optionsDeleteTypeToConfirm', t('deleteConfirmationWords')) : t(ERROR_WORDS[code]);
  }
  return error instanceof Error ? error.message : String(error);
}

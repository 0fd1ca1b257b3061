/**
 * Storage failures the reader can act on, as typed errors with a code (the pages word it from messages.json). The browser reports
 * a full disk or quota as a QuotaExceededError on the request, or only on the transaction it aborts (the
 * requests then fail with a plain AbortError), so both are looked at.
 */
import type { ErrorCode } from '../shared/protocol';

/** A write was refused because the device or the browser's quota for the extension is full; nothing was written. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  readonly code: ErrorCode = 'storage-full';
  constructor(cause?: unknown) {
    super('storage-full', { cause });
  }
}

/** Whether an error (or a transaction's error) says the storage is full. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null | undefined)?.name;
  // Older Firefox builds named the same failure after their internal code.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * Waits for a write transaction's work and its commit. A failure aborts the transaction, so the stored data
 * is as it was; a full storage is reported as StorageFullError, anything else as it came.
 */
export async function committed<T>(tx: { readonly done: Promise<void>; readonly error: DOMException | null; abort(): void }, work: Promise<T>): Promise<T> {
  // Marked handled at once: when the work fails first, the commit's rejection is not awaited below.
  tx.done.catch(() => undefined);
  try {
    const result = await work;
    await tx.done;
    return result;
  } catch (error) {
    const txError = tx.error;
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the browser: nothing to undo.
    }
    if (isQuotaError(error) || isQuotaError(txError)) throw new StorageFullError(error);
    throw error;
  }
}

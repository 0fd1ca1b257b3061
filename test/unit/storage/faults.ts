/**
 * Storage faults for fake-indexeddb: a full disk and a worker that dies in the middle of a transaction.
 * They patch the object store's put and add, so the code under test runs unchanged. fake-indexeddb has
 * no public way to make one request fail, so its request queue (_execRequestAsync) and its abort with
 * an error name (_abort, what a browser does when a commit fails) are used: both are the spec's steps.
 */
interface FakeTx extends IDBTransaction {
  _execRequestAsync(request: { operation: () => unknown; source: unknown }): IDBRequest;
  _abort(errorName: string | null): void;
}
type Write = (this: IDBObjectStore, value: unknown, key?: IDBValidKey) => IDBRequest;

/** Where the full disk shows: on the write request itself, or only on the transaction, as Chromium reports it. */
export type QuotaMode = 'request' | 'transaction';

/**
 * Runs `fault` in place of a write to `store` once `after` writes to it have gone through, and restores the
 * store's methods when the returned function is called.
 */
function patchWrites(store: string, after: number, fault: (target: IDBObjectStore, original: () => IDBRequest) => IDBRequest): () => void {
  const proto = IDBObjectStore.prototype as unknown as Record<'put' | 'add', Write>;
  const originals = { put: proto.put, add: proto.add };
  let seen = 0;
  for (const method of ['put', 'add'] as const) {
    proto[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      const original = () => originals[method].apply(this, args);
      if (this.name !== store || seen++ < after) return original();
      return fault(this, original);
    };
  }
  return () => Object.assign(proto, originals);
}

/** The error a browser gives when the disk or the origin's quota is full. */
export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Every write to `store` after the first `after` fails as a full disk does; returns the undo. */
export function fullDisk(store: string, after = 0, mode: QuotaMode = 'request'): () => void {
  return patchWrites(store, after, (target, original) => {
    const tx = target.transaction as FakeTx;
    if (mode === 'request') return tx._execRequestAsync({ operation: () => { throw quotaError(); }, source: target });
    // Chromium: the write goes through, then the backing store refuses it and aborts the transaction with
    // the quota error; the requests still waiting fail with a plain AbortError.
    const request = original();
    request.addEventListener('success', () => tx._abort('QuotaExceededError'));
    return request;
  });
}

/**
 * The transaction is abandoned as soon as the write numbered `after` to `store` has been applied, as when the
 * browser stops the service worker in the middle of an import: the writes after it never run and nothing is
 * committed. `applied` is told how many writes had succeeded inside the transaction when it died.
 */
export function dieAfter(store: string, after: number, applied: (writes: number) => void): () => void {
  let succeeded = 0;
  return patchWrites(store, 0, (target, original) => {
    const request = original();
    request.addEventListener('success', () => {
      if (++succeeded !== after) return;
      applied(succeeded);
      target.transaction.abort();
    });
    return request;
  });
}

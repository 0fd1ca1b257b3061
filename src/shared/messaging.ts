/**
 * A small typed messenger over runtime messaging. Errors thrown by a handler reach the caller
 * as rejected promises with the same message, instead of vanishing in the other context.
 */
import browser from './browser';
import { errorCodeOf, type BackgroundCalls, type ContentCalls, type Envelope, type ErrorCode, type Reply } from './protocol';

type Args<F> = F extends (args: infer A) => unknown ? A : never;
type Result<F> = F extends (...a: never[]) => infer R ? Awaited<R> : never;

/** Handlers for every call of a protocol map. Each may answer synchronously or with a promise. */
export type Handlers<Calls> = {
  [K in keyof Calls]: (args: Args<Calls[K]>, sender: browser.Runtime.MessageSender) =>
    Result<Calls[K]> | Promise<Result<Calls[K]>>;
};

/** An error thrown by the other context; `code` says what kind when the thrower gave one. */
export class CallError extends Error {
  override readonly name = 'CallError';
  readonly code: ErrorCode | undefined;
  /** For bad-request: the field the other side refused. */
  readonly field: string | undefined;
  constructor(message: string, code?: ErrorCode, field?: string) {
    super(message);
    this.code = code;
    this.field = field;
  }
}

function unwrap<T>(reply: Reply<T> | undefined): T {
  if (reply === undefined) throw new Error('No handler answered the message');
  if ('error' in reply) throw new CallError(reply.error, errorCodeOf(reply), typeof reply.field === 'string' ? reply.field : undefined);
  return reply.ok;
}

/** Calls the background. */
export async function callBackground<K extends keyof BackgroundCalls>(
  name: K, args: Args<BackgroundCalls[K]>,
): Promise<Result<BackgroundCalls[K]>> {
  const envelope = { probationLens: name, args };
  return unwrap<Result<BackgroundCalls[K]>>(await browser.runtime.sendMessage(envelope));
}

/** Calls the content script of one tab (top frame only). */
export async function callTab<K extends keyof ContentCalls>(
  tabId: number, name: K, args: Args<ContentCalls[K]>,
): Promise<Result<ContentCalls[K]>> {
  const envelope = { probationLens: name, args };
  const reply = await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 });
  return unwrap(reply as Reply<Result<ContentCalls[K]>> | undefined);
}

function isEnvelope(message: unknown): message is Envelope<Record<string, (args: never) => unknown>> {
  return typeof message === 'object' && message !== null && typeof (message as { probationLens?: unknown }).probationLens === 'string';
}

/**
 * Decides a call before its handler runs: returns the arguments the handler gets (as checked), or throws
 * a CodedError (not-allowed, bad-request) so that nothing runs and the caller learns why.
 */
export type CallGuard = (name: string, args: unknown, sender: browser.Runtime.MessageSender) => unknown;

/**
 * Answers the calls of one protocol map. Messages from other extensions, and names the map
 * does not know, are ignored, so several listeners can share the channel. With a guard, every
 * call passes it first.
 */
export function handleCalls<Calls>(handlers: Handlers<Calls>, guard?: CallGuard): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isEnvelope(message) || sender.id !== browser.runtime.id) return undefined;
    const handler = (handlers as Record<string, ((args: unknown, s: typeof sender) => unknown) | undefined>)[message.probationLens];
    if (!Object.hasOwn(handlers, message.probationLens) || handler === undefined) return undefined;
    return (async (): Promise<Reply<unknown>> => {
      try {
        const args = guard ? guard(message.probationLens, message.args, sender) : message.args;
        return { ok: (await handler(args, sender)) ?? null };
      } catch (error) {
        const code = errorCodeOf(error);
        const field = (error as { field?: unknown } | null)?.field;
        return { error: error instanceof Error ? error.message : String(error), ...(code ? { code } : {}), ...(typeof field === 'string' ? { field } : {}) };
      }
    })();
  });
}

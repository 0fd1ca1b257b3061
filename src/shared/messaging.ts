/**
 * A small typed messenger over runtime messaging. Errors thrown by a handler reach the caller
 * as rejected promises with the same message, instead of vanishing in the other context.
 */
import browser from './browser';
import { errorCodeOf, validated, VIEWER_RULES, type BackgroundCalls, type ContentCalls, type Envelope, type ErrorCode, type Reply, type ViewerCalls, type ViewerEnvelope } from './protocol';

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

/**
 * Calls the content script of one tab (top frame only). When no content script answers and the call is one
 * our PDF viewer answers too, it is carried to the viewer, should the tab be one (see ViewerCalls).
 */
export async function callTab<K extends keyof ContentCalls>(
  tabId: number, name: K, args: Args<ContentCalls[K]>,
): Promise<Result<ContentCalls[K]>> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, { probationLens: name, args }, { frameId: 0 });
  } catch (error) {
    if (!isViewerCall(name)) throw error;
    return callViewer(tabId, name, args as never).catch(() => { throw error; }) as Promise<Result<ContentCalls[K]>>;
  }
  if (reply === undefined && isViewerCall(name)) return callViewer(tabId, name, args as never) as Promise<Result<ContentCalls[K]>>;
  return unwrap(reply as Reply<Result<ContentCalls[K]>> | undefined);
}

/** Calls the content script of one tab (top frame only), and nothing else. */
export async function callContentScript<K extends keyof ContentCalls>(tabId: number, name: K, args: Args<ContentCalls[K]>): Promise<Result<ContentCalls[K]>> {
  const reply = await browser.tabs.sendMessage(tabId, { probationLens: name, args }, { frameId: 0 });
  return unwrap(reply as Reply<Result<ContentCalls[K]>> | undefined);
}

/** Whether our PDF viewer answers a content call too. */
export const isViewerCall = (name: string): name is keyof ViewerCalls => Object.hasOwn(VIEWER_RULES, name);

/**
 * Calls our PDF viewer in one tab, or (tab null) every open viewer, which each decide whether the change is
 * theirs; then the first answer is returned, and the call fails when no viewer is open.
 */
export async function callViewer<K extends keyof ViewerCalls>(tab: number | null, name: K, args: Args<ViewerCalls[K]>): Promise<Result<ViewerCalls[K]>> {
  const envelope: ViewerEnvelope = { probationLensViewer: name, tab, args };
  return unwrap<Result<ViewerCalls[K]>>(await browser.runtime.sendMessage(envelope));
}

function isViewerEnvelope(message: unknown): message is ViewerEnvelope {
  const m = message as Partial<ViewerEnvelope> | null;
  return typeof m === 'object' && m !== null && typeof m.probationLensViewer === 'string' && (m.tab === null || typeof m.tab === 'number');
}

// The extension's pages that may call a viewer from a tab of their own (the popup opened as a page, the options page).
const VIEWER_CALLERS_IN_TABS = ['popup.html', 'options.html'];

/**
 * Answers viewer calls addressed to this viewer's tab (`tab()`, undefined while not known) or to every
 * viewer, until `signal` aborts. Only the extension's own pages and its background may call: a content
 * script's message (sent from a web page's tab) and one from another extension are ignored; each call's
 * arguments must pass its rule in VIEWER_RULES before its handler runs.
 */
export function handleViewerCalls(tab: () => number | undefined, handlers: Partial<Handlers<ViewerCalls>>, signal: AbortSignal): void {
  const base = browser.runtime.getURL('');
  const listener = (message: unknown, sender: browser.Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isViewerEnvelope(message) || sender.id !== browser.runtime.id) return undefined;
    const url = sender.url ?? '';
    if (!url.startsWith(base)) return undefined;
    if (sender.tab !== undefined && !VIEWER_CALLERS_IN_TABS.includes(url.slice(base.length).replace(/[?#].*$/s, ''))) return undefined;
    if (message.tab !== null && message.tab !== tab()) return undefined;
    const name = message.probationLensViewer;
    if (!isViewerCall(name) || !Object.hasOwn(handlers, name)) return undefined;
    const handler = handlers[name] as ((args: unknown, s: typeof sender) => unknown) | undefined;
    if (handler === undefined) return undefined;
    return (async (): Promise<Reply<unknown>> => {
      try {
        const args = validated(VIEWER_RULES[name] as Parameters<typeof validated>[0], message.args);
        return { ok: (await handler(args, sender)) ?? null };
      } catch (error) {
        const code = errorCodeOf(error);
        return { error: error instanceof Error ? error.message : String(error), ...(code ? { code } : {}) };
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
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

/**
 * Who may call what, decided in one place. A sender is one of:
 * - an extension page listed in EXTENSION_PAGES (the popup and the options page): it acts for the reader
 *   over all their data, so it may make every call ('extension');
 * - any other of our pages (one that acts for a single document, such as the PDF viewer, or a note frame
 *   inside a web page, which that page can embed and load with any address) and every content script:
 *   it may make only the calls a page needs ('page'), as BACKGROUND_RULES in src/shared/protocol.ts says.
 * Then the call's arguments must pass its schema. A refusal is a CodedError, so nothing runs.
 */
import type browser from '../shared/browser';
import type { CallGuard } from '../shared/messaging';
import { BACKGROUND_RULES, CodedError, validated, type CallerKind, type CallRule } from '../shared/protocol';
import { pdfUrn, VIEWER_PAGE, viewerDocument } from '../pdf/notes-identity';

/**
 * The extension's own pages that may make every call, by path in the built extension. A new page is a
 * 'page' caller until it is added here: add only a page that no web page can embed or open with its own
 * address (not in web_accessible_resources).
 */
export const EXTENSION_PAGES: readonly string[] = ['popup.html', 'options.html'];

/**
 * What a sender may do: 'extension' for the pages in EXTENSION_PAGES, 'page' for everything else of ours.
 * `base` is the extension's own address (runtime.getURL('')); a sender without an address is a 'page'.
 */
export function callerOf(sender: Pick<browser.Runtime.MessageSender, 'url'>, base: string): CallerKind {
  const url = sender.url ?? '';
  if (!url.startsWith(base)) return 'page';
  const path = url.slice(base.length).replace(/[?#].*$/s, '');
  return EXTENSION_PAGES.includes(path) ? 'extension' : 'page';
}

/** Whether a caller of this kind may make a call with this rule. */
export function mayCall(caller: CallerKind, rule: CallerKind): boolean {
  return rule === 'page' || caller === 'extension';
}

/** The guard every background call passes: the sender may make it, and its arguments pass its schema. */
export function backgroundGuard(base: string): CallGuard {
  return (name, args, sender) => {
    const rule = (BACKGROUND_RULES as Record<string, CallRule<unknown> | undefined>)[name];
    // handleCalls answers only names with a handler; a handler without a rule is refused, never let through.
    if (rule === undefined || !Object.hasOwn(BACKGROUND_RULES, name)) throw new CodedError('not-allowed', name);
    if (!mayCall(callerOf(sender, base), rule.from)) throw new CodedError('not-allowed', name);
    return validated(rule.args, args);
  };
}

/**
 * Whether a sender may read the notes of this document (least privilege for the PDF viewer). The
 * extension's own pages may read any. Our PDF viewer reads only the document it shows: the address in
 * its own ?file=, or, for a file from this computer (no address), the fingerprint's URN; it alone may
 * ask by fingerprint. A content script may not ask by fingerprint (it never shows a PDF).
 */
export function mayReadNotes(sender: Pick<browser.Runtime.MessageSender, 'url'>, base: string, args: { source: string; fingerprint?: string }): boolean {
  if (callerOf(sender, base) === 'extension') return true;
  const url = sender.url ?? '';
  const path = url.startsWith(base) ? url.slice(base.length).replace(/[?#].*$/s, '') : undefined;
  if (path !== VIEWER_PAGE) return args.fingerprint === undefined;
  const shown = viewerDocument(url, base);
  return shown !== undefined ? args.source === shown.source : args.fingerprint !== undefined && args.source === pdfUrn(args.fingerprint);
}

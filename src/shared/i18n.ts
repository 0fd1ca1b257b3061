/**
 * User-visible strings. Every string a user reads comes from `_locales/<lang>/messages.json`
 * through `t()`, so a Welsh `_locales/cy` needs no code change.
 *
 * The browser's own `i18n.getMessage` picks the language. It is synchronous in every context
 * (content script, popup, options, background), so it is read from the global directly rather
 * than through the promise-based polyfill. The bundled en_GB file is the fallback: in unit tests,
 * where no extension API exists, and for a key a translation has not reached yet.
 */
import english from '../_locales/en_GB/messages.json';

/** A key of the en_GB messages file: a typo is a type error. */
export type MessageKey = keyof typeof english;

type GetMessage = (key: string, substitutions?: string | string[]) => string;
interface I18nGlobal {
  i18n?: { getMessage?: GetMessage };
}

const fromBrowser: GetMessage | undefined = (() => {
  const g = globalThis as { browser?: I18nGlobal; chrome?: I18nGlobal };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  return typeof api?.getMessage === 'function' ? api.getMessage.bind(api) : undefined;
})();

/** Fills `$1`…`$9` the way the browser does for positional substitutions. */
export function fill(message: string, subs: readonly string[]): string {
  // One pass, so a value holding "$$" or "$1" is inserted as it is.
  return message.replace(/\$(\d|\$)/g, (whole, what: string) => (what === '$' ? '$' : subs[Number(what) - 1] ?? whole));
}

/** The message for `key` in the reader's language, with `subs` in place of `$1`, `$2` … */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const strings = subs.map(String);
  const localised = fromBrowser?.(key, strings);
  if (localised) return localised;
  return fill(english[key].message, strings);
}

/**
 * Messages with markup inside, such as "Now called $1." with the new name in bold. The message is
 * filled with placeholder characters, never parsed as HTML, and the elements are put where the
 * placeholders land, so a translation can move them anywhere in its sentence.
 */
import { Fragment, h, type ComponentChild } from 'preact';
import { t, type MessageKey } from '../shared/i18n';

// Private-use characters: never in a message, so they mark only where a part goes.
const mark = (i: number) => String.fromCharCode(0xe000 + i);

/** The message for `key` with each `$n` replaced by the n-th part (text or an element). */
export function tRich(key: MessageKey, ...parts: ComponentChild[]): ComponentChild {
  const text = t(key, ...parts.map((_, i) => mark(i)));
  const out: ComponentChild[] = [];
  let rest = '';
  for (const ch of text) {
    const index = ch.charCodeAt(0) - 0xe000;
    if (index >= 0 && index < parts.length) {
      if (rest) out.push(rest);
      rest = '';
      out.push(parts[index]);
    } else rest += ch;
  }
  if (rest) out.push(rest);
  return h(Fragment, null, ...out);
}

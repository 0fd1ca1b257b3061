/** Pure helpers for the popup's note list: matching a query and shortening quotes. */
import type { Note } from '../shared/types';

/** The notes whose body, quote, page title or tags contain every word of the query, newest first. */
export function filterNotes(notes: readonly Note[], query: string): Note[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = notes.filter((n) => {
    const text = [n.body, n.target.quote.exact, n.pageTitle, ...n.tags].join('\n').toLowerCase();
    return words.every((w) => text.includes(w));
  });
  return matching.sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : 0));
}

/** A quote cut at a word boundary near `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

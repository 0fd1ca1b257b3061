/** The built-in glossary as the extension uses it, from the data files in src/glossary-data/. */
import type { GlossaryEntry } from '../shared/types';
import entries from 'virtual:builtin-glossary';

/** Every built-in entry; an occurrence's `entry` indexes this list. */
export const BUILTIN: readonly GlossaryEntry[] = entries;

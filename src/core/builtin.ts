/** The built-in glossary as the extension uses it: abbreviations, then phrases and renamed terms. */
import type { GlossaryEntry } from '../shared/types';
import { BUILTIN_GLOSSARY } from './glossary-data';
import { BUILTIN_PHRASES } from './phrases-data';

/** Every built-in entry; an occurrence's `entry` indexes this list. */
export const BUILTIN: readonly GlossaryEntry[] = [...BUILTIN_GLOSSARY, ...BUILTIN_PHRASES];

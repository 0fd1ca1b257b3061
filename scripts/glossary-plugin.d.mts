// Types for scripts/glossary-plugin.mjs, which vitest.config.ts and the unit tests import.
import type { Plugin } from 'vite';
import type { LoadedGlossary } from '../src/core/glossary-tsv';
/** Vite (vitest) plugin that serves 'virtual:builtin-glossary'. */
export function viteGlossary(): Plugin;
/** Reads and checks every data file of src/glossary-data. */
export function loadBuiltinGlossary(): Promise<LoadedGlossary>;

/** The built-in glossary, parsed and checked from this folder's .tsv files at build time (scripts/glossary-plugin.mjs). */
declare module 'virtual:builtin-glossary' {
  const entries: readonly import('../shared/types').GlossaryEntry[];
  export default entries;
}

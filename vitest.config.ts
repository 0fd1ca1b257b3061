import { defineConfig } from 'vitest/config';
import { viteGlossary } from './scripts/glossary-plugin.mjs';

export default defineConfig({
  // The built-in glossary is data (src/glossary-data/*.tsv), read by the same loader as the build.
  plugins: [viteGlossary()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
  },
});

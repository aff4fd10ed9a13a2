/** Builds the baseline page (plain Cytoscape.js) on its own, outside the app's build. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: { emptyOutDir: true, sourcemap: false },
});

/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/** Where the app finds the graph at run time; DIPLOGRAPH_GRAPH points the build at another file. */
const GRAPH_URL_PATH = 'data/graph.json';
const graphFile = resolve(process.env.DIPLOGRAPH_GRAPH ?? 'data/graph.json');

/** Serves data/graph.json in development and ships it beside the build, fetched at run time. */
function graphData(): Plugin {
  return {
    name: 'diplograph-graph-data',
    configureServer(server) {
      server.middlewares.use(`/${GRAPH_URL_PATH}`, (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(graphFile));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: GRAPH_URL_PATH, source: readFileSync(graphFile) });
    },
  };
}

/** Only our own scripts run; source text can never become code. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
  plugins: [react(), tailwindcss(), graphData()],
  build: { outDir: 'dist', sourcemap: false },
  server: { port, strictPort: true },
  preview: {
    port,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});

/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import type { Graph } from './src/shared/graph/schema';
import { firstViewOf } from './src/app/graph-data/first-view';
import { FIRST_VIEW_PATH, splitGraph, splitGraphFiles, VIEW_PATH } from './src/shared/graph/split';

/** The contract file the app is built from; DIPLOGRAPH_GRAPH points the build at another file. */
const GRAPH_URL_PATH = 'data/graph.json';
const graphFile = resolve(process.env.DIPLOGRAPH_GRAPH ?? 'data/graph.json');

/**
 * graph.json split into the view file and its chunks (src/shared/graph/split.ts), keyed by path,
 * and the first view (only the default view's rows) when the graph is large enough to need one.
 */
function splitFiles(bytes: Buffer): Map<string, string> {
  const version = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  let graph: Graph;
  try {
    graph = JSON.parse(bytes.toString('utf8')) as Graph;
  } catch (error) {
    throw new Error(`${graphFile} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const split = splitGraph(graph, version);
  const files = splitGraphFiles(split);
  const first = firstViewOf(split.view);
  if (first) files.set(FIRST_VIEW_PATH, JSON.stringify(first));
  return files;
}

/**
 * Ships the graph to the browser as a slim first-view file plus chunks fetched on demand, in
 * development (computed again when the file changes) and in the build (static files in dist).
 * graph.json itself is shipped too, unchanged, for anyone who wants the whole contract file.
 */
function graphData(): Plugin {
  let cached: { mtimeMs: number; files: Map<string, string> } | null = null;
  const current = () => {
    const { mtimeMs } = statSync(graphFile);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, files: splitFiles(readFileSync(graphFile)) };
    return cached.files;
  };
  let base = '/';
  return {
    name: 'diplograph-graph-data',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/^\//, '');
        if (path === GRAPH_URL_PATH) {
          res.setHeader('Content-Type', 'application/json');
          res.end(readFileSync(graphFile));
          return;
        }
        const body = path.startsWith('data/') ? current().get(path) : undefined;
        if (body === undefined) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(body);
      });
    },
    // The view the first frame needs starts downloading with the HTML, beside the scripts: the
    // first view when there is one (view.json then follows the first frame, so its bytes and its
    // on-the-fly compression do not compete with it), else the full view.
    transformIndexHtml: {
      order: 'pre',
      handler: () => {
        const preload = (path: string) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `${base}${path}`, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        });
        if (!current().has(FIRST_VIEW_PATH)) return [preload(VIEW_PATH)];
        // A deep link needs view.json at once: public/preload-view.js preloads it for such links.
        return [
          preload(FIRST_VIEW_PATH),
          {
            tag: 'script',
            attrs: { src: `${base}preload-view.js`, async: true, 'data-view': `${base}${VIEW_PATH}` },
            injectTo: 'head' as const,
          },
        ];
      },
    },
    generateBundle() {
      for (const [fileName, source] of current()) this.emitFile({ type: 'asset', fileName, source });
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

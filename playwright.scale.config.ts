/**
 * The end-to-end test at scale (issue 6): e2e/scale.spec.ts against a build of a generated
 * 10,000-article graph. Run it with `npm run test:e2e:scale` (scripts/e2e-scale.ts builds the
 * app into dist-scale/ first); the default run (playwright.config.ts) leaves this spec out.
 */
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import base, { SCALE_SPEC } from './playwright.config';

// The graph the build in dist-scale/ was made from; the spec reads its expectations from it.
process.env.DIPLOGRAPH_GRAPH ??= resolve('bench/.work/e2e-10000/data/graph.json');

const port = Number(process.env.E2E_PORT ?? 4181);

export default defineConfig({
  ...base,
  testIgnore: [],
  testMatch: SCALE_SPEC,
  // One page at a time: each holds a 15,000-node graph, drawn in software on a small machine.
  workers: 1,
  fullyParallel: false,
  timeout: 300_000,
  expect: { timeout: 30_000 },
  use: { ...base.use, baseURL: `http://localhost:${port}` },
  webServer: {
    command: `npx vite preview --outDir dist-scale --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});

import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium';

const port = Number(process.env.E2E_PORT ?? 4180);

/** The journeys at scale need a generated graph and their own build: `npm run test:e2e:scale`. */
export const SCALE_SPEC = '**/scale.spec.ts';

export default defineConfig({
  testDir: 'e2e',
  testIgnore: [SCALE_SPEC],
  // Generous: the machine renders in software and may be shared with other work.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The production build, served as `npm start` serves it.
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});

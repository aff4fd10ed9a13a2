/**
 * npx tsx bench/first-frame.ts --dist DIR[,DIR…] [--runs 5] [--port 4313] [--query '?lang=uk']
 * Loads each built app (vite build --outDir DIR) several times in fresh pages, alternating between
 * the folders, and prints the median first frame with main-thread and script time beside it: an
 * A/B comparison of load changes that the full `npm run bench` takes minutes for.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { launchBrowser } from './browser-bench';
import { startServer, stopServer } from './processes';

const VITE = join('node_modules', '.bin', 'vite');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      runs: { type: 'string', default: '5' },
      port: { type: 'string', default: '4313' },
      query: { type: 'string', default: '' },
    },
  });
  if (!values.dist) throw new Error('--dist DIR[,DIR…] is required');
  const dists = values.dist.split(',');
  const browser = await launchBrowser();
  const results = new Map<string, { frame: number; task: number; script: number; kB: number }[]>();
  const servers = [];
  try {
    for (const [i, dist] of dists.entries()) {
      const port = Number(values.port) + i;
      servers.push(
        await startServer(
          VITE,
          ['preview', '--outDir', dist, '--port', String(port), '--strictPort'],
          `http://localhost:${port}/`,
        ),
      );
      results.set(dist, []);
    }
    for (let run = 0; run < Number(values.runs); run += 1) {
      for (const [i, dist] of dists.entries()) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await page.goto(`http://localhost:${Number(values.port) + i}/${values.query}`, { waitUntil: 'commit' });
        const handle = await page.waitForFunction(
          () => performance.getEntriesByName('diplograph:first-frame', 'mark').at(-1)?.startTime,
          undefined,
          { timeout: 60_000, polling: 20 },
        );
        const frame = (await handle.jsonValue()) as number;
        const { metrics } = (await cdp.send('Performance.getMetrics')) as {
          metrics: { name: string; value: number }[];
        };
        const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
        const bytes = await page.evaluate(
          (limit) =>
            (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
              .filter((entry) => entry.responseEnd <= limit)
              .reduce((sum, entry) => sum + entry.transferSize, 0),
          frame,
        );
        results
          .get(dist)!
          .push({ frame, task: metric('TaskDuration'), script: metric('ScriptDuration'), kB: bytes / 1e3 });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) stopServer(server);
  }
  for (const [dist, runs] of results) {
    const pick = (key: 'frame' | 'task' | 'script' | 'kB') => median(runs.map((run) => run[key])).toFixed(0);
    process.stdout.write(
      `${dist}: first frame ${pick('frame')} ms (runs ${runs.map((r) => r.frame.toFixed(0)).join(' ')}), main thread ${pick('task')} ms, script ${pick('script')} ms, ${pick('kB')} kB\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`first-frame: ${(error as Error).message}\n`);
  process.exit(1);
});

/**
 * npx tsx bench/profile.ts --graph FILE [--articles-label 10000]
 * Where Diplograph's time goes at scale: builds the app unminified (function names kept) against
 * a graph, then records CPU profiles of the load to the first frame, of one date-range change
 * and of one node click, and prints the self time of the hottest functions in each.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './browser-bench';
import { busyMs, hotSpots, type CpuProfile } from './cpu-profile';
import { runTimed, startServer, stopServer } from './processes';
import { mainThreadSelfTimes, type TraceEvent } from './trace-summary';

const VITE = join('node_modules', '.bin', 'vite');
const CY = `(document.querySelector('[data-testid="graph-canvas"]')?._cyreg?.cy)`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { graph: { type: 'string' }, port: { type: 'string', default: '4208' } } });
  if (!values.graph) throw new Error('--graph FILE is required');
  const dist = resolve('bench', '.work', 'dist-profile');
  const build = await runTimed(
    VITE,
    ['build', '--minify', 'false', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
    {
      env: { DIPLOGRAPH_GRAPH: resolve(values.graph) },
      timeoutS: 300,
    },
  );
  if (build.code !== 0) throw new Error(`build failed: ${build.output.slice(-400)}`);
  const url = `http://localhost:${values.port}/`;
  const server = await startServer(VITE, ['preview', '--outDir', dist, '--port', values.port, '--strictPort'], url);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.addInitScript('window.__name = (fn) => fn;');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    const profileOf = async (label: string, action: () => Promise<void>) => {
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'],
      });
      await cdp.send('Profiler.start');
      const started = Date.now();
      await action();
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      process.stdout.write(
        `\n## ${label}: ${Date.now() - started} ms wall, ${busyMs(profile).toFixed(0)} ms busy on the main thread\n`,
      );
      process.stdout.write('main thread by trace event (self time):\n');
      for (const slice of mainThreadSelfTimes(trace.traceEvents, 12)) {
        process.stdout.write(`${slice.selfMs.toFixed(0).padStart(7)} ms  ${slice.name}\n`);
      }
      process.stdout.write('JavaScript by function (self time):\n');
      for (const spot of hotSpots(profile, 25))
        process.stdout.write(`${spot.selfMs.toFixed(0).padStart(7)} ms  ${spot.name}\n`);
    };
    const waitMark = (name: string) =>
      page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, {
        timeout: 120_000,
        polling: 20,
      });

    await profileOf('load to first frame', async () => {
      await page.goto(url, { waitUntil: 'commit' });
      await waitMark('diplograph:first-frame');
    });
    const timeline = await page.evaluate(() => [
      ...performance.getEntriesByType('mark').map((m) => `${m.startTime.toFixed(0)} ms mark ${m.name}`),
      ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
        (r) =>
          `${r.responseEnd.toFixed(0)} ms fetched ${r.name.split('/').pop()} (${(r.encodedBodySize / 1e6).toFixed(2)} MB)`,
      ),
    ]);
    process.stdout.write(`\n## timeline\n${timeline.sort((a, b) => parseFloat(a) - parseFloat(b)).join('\n')}\n`);

    const from = page.getByLabel('From', { exact: true }).first();
    if ((await from.count()) > 0) {
      const type = await from.getAttribute('type');
      await profileOf('one date-range change', async () => {
        await page.evaluate(() => performance.clearMarks('diplograph:range-settled'));
        await from.fill(type === 'date' ? '2015-01-01' : '2015');
        await waitMark('diplograph:range-settled');
      });
    }
    const point = (await page.evaluate(`(() => {
      const cy = ${CY};
      if (!cy) return undefined;
      const box = cy.container().getBoundingClientRect();
      const node = cy.nodes(':visible').filter((n) => {
        const p = n.renderedPosition();
        const hit = document.elementFromPoint(box.left + p.x, box.top + p.y);
        return hit !== null && cy.container().contains(hit);
      }).max((n) => n.degree()).ele;
      if (!node) return undefined;
      const p = node.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    })()`)) as { x: number; y: number } | undefined;
    if (point) {
      await profileOf('one node click', async () => {
        await page.mouse.click(point.x, point.y);
        await waitMark('diplograph:panel-ready');
      });
    }
    await profileOf('a 2-second mouse drag (pan)', async () => {
      await page.mouse.move(340, 380);
      await page.mouse.down();
      const start = Date.now();
      while (Date.now() - start < 2000) {
        const t = (Date.now() - start) / 2000;
        await page.mouse.move(340 + Math.sin(t * Math.PI * 2) * 200, 380 + t * 150);
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
    });
  } finally {
    await browser.close();
    stopServer(server);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`profile: ${(error as Error).message}\n`);
  process.exit(1);
});

/**
 * Drives one page (Diplograph or the baseline) in headless Chromium and measures what issue 6
 * asks for, with real input: navigation to the first complete frame, date-range changes typed
 * into the page's own date fields, clicks on nodes at their drawn position, a 3-second mouse
 * drag and a wheel zoom, long tasks, the JS heap and the bytes fetched before the first frame.
 */
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium';
import { intervals, percentile, summarize, type Summary } from './stats';

export interface PageSpec {
  name: string;
  url: string;
  /** The folder served at `url`, to size each response gzip-compressed. */
  servedDir: string;
  marks: { firstFrame: string; rangeSettled: string; panelReady: string };
  /** Where the range fields are: accessible labels, in the page's language. */
  rangeLabels: { from: string; to: string };
  /** Years to draw range starts from. */
  years: [number, number];
  samples: number;
  /** Cold loads, each in a fresh browser context, whose median is the first-frame figure (one load is noisy). */
  loads: number;
  /** Stops sampling a measure after this many seconds (slow pages), reporting how many it got. */
  measureBudgetS: number;
}

export interface PageFigures {
  /** The median first frame over the cold loads; the samples are beside it. */
  firstFrameMs?: number;
  firstFrameSamples?: number[];
  range?: Summary;
  click?: Summary;
  pan?: Summary;
  zoom?: Summary;
  heapMB?: number;
  bytesBeforeFirstFrame?: { transferredMB: number; gzipMB: number; requests: number };
  longTasks?: { duringLoad: number; total: number; totalMs: number };
  /** Main-thread task and script time up to the first frame (CDP Performance metrics), less moved by other load than wall time. */
  firstFrameCpu?: { taskMs: number; scriptMs: number };
  /**
   * Main-thread task time per range change and per click (CDP TaskDuration over the whole
   * series, divided by its count): it includes the harness's own evaluate calls, but is less
   * moved than wall time by what else runs on the machine.
   */
  interactionCpu?: { rangeTaskMs?: number; clickTaskMs?: number };
  /** Long tasks that started during the pan gesture: a real stall shows here, load from outside does not. */
  panLongTasks?: { count: number; longestMs: number };
  /** The machine's 1-minute load average when the page was opened and when it was done. */
  loadAverage?: [number, number];
  /** Nodes and edges on the canvas after load. */
  canvas?: { nodes: number; edges: number };
  notes: string[];
}

// tsx compiles this file with esbuild's keepNames, which wraps functions handed to
// page.evaluate in a __name() helper the page does not have; the probe defines it.
const PROBES = `
  window.__name = (fn) => fn;
  window.__bench = { longTasks: [], lastInput: 0, lastPointer: 0, frames: null };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  addEventListener('input', (event) => { window.__bench.lastInput = event.timeStamp; }, true);
  addEventListener('pointerdown', (event) => { window.__bench.lastPointer = event.timeStamp; }, true);
`;

/** The page's Cytoscape instance: Diplograph's through its container, the baseline's on window. */
const CY = `(window.__cy || document.querySelector('[data-testid="graph-canvas"]')?._cyreg?.cy)`;

async function markTime(page: Page, mark: string, timeoutMs: number): Promise<number | undefined> {
  try {
    const handle = await page.waitForFunction(
      (name) => performance.getEntriesByName(name, 'mark').at(-1)?.startTime,
      mark,
      { timeout: timeoutMs, polling: 20 },
    );
    return (await handle.jsonValue()) as number;
  } catch {
    return undefined;
  }
}

function gzipSizeOf(servedDir: string, url: string): number | undefined {
  const path = new URL(url).pathname;
  const file = join(servedDir, path.endsWith('/') ? `${path}index.html` : decodeURIComponent(path));
  return existsSync(file) ? gzipSync(readFileSync(file)).length : undefined;
}

async function frameIntervalsDuring(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const bench = (window as unknown as { __bench: { frames: number[] | null } }).__bench;
    bench.frames = [];
    const tick = (time: number) => {
      if (bench.frames === null) return;
      bench.frames.push(time);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await gesture();
  const frames = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: { frames: number[] | null } }).__bench;
    const out = bench.frames ?? [];
    bench.frames = null;
    return out;
  });
  return intervals(frames);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
}

/** One cold load in a fresh context (empty cache): navigation start to the first-frame mark. */
async function coldFirstFrame(browser: Browser, spec: PageSpec): Promise<number | undefined> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(spec.url, { waitUntil: 'commit', timeout: 60_000 });
    return await markTime(page, spec.marks.firstFrame, 120_000);
  } finally {
    await context.close();
  }
}

export async function measurePage(browser: Browser, spec: PageSpec, log: (line: string) => void): Promise<PageFigures> {
  const figures: PageFigures = { notes: [] };
  const loadAtStart = loadavg()[0]!;
  // The extra cold loads come first; the last one, below, stays open for every other measure.
  const samples: number[] = [];
  for (let load = 1; load < spec.loads; load += 1) {
    const sample = await coldFirstFrame(browser, spec);
    if (sample !== undefined) samples.push(sample);
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(PROBES);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    await page.goto(spec.url, { waitUntil: 'commit', timeout: 60_000 });
    const firstFrame = await markTime(page, spec.marks.firstFrame, 120_000);
    if (firstFrame === undefined) {
      figures.notes.push(`no ${spec.marks.firstFrame} mark within 120 s`);
      return figures;
    }
    samples.push(firstFrame);
    figures.firstFrameSamples = samples;
    figures.firstFrameMs = percentile(samples, 50);
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
    figures.firstFrameCpu = { taskMs: metric('TaskDuration'), scriptMs: metric('ScriptDuration') };
    log(
      `${spec.name}: first frame ${figures.firstFrameMs.toFixed(0)} ms, median of ${samples.map((ms) => ms.toFixed(0)).join(' ')}`,
    );

    const resources = await page.evaluate((limit) => {
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ] as PerformanceResourceTiming[];
      return entries
        .filter((entry) => entry.responseEnd <= limit)
        .map((entry) => ({ url: entry.name, transfer: entry.transferSize }));
    }, firstFrame);
    let gzip = 0;
    for (const resource of resources) gzip += gzipSizeOf(spec.servedDir, resource.url) ?? resource.transfer;
    figures.bytesBeforeFirstFrame = {
      transferredMB: resources.reduce((sum, r) => sum + r.transfer, 0) / 1e6,
      gzipMB: gzip / 1e6,
      requests: resources.length,
    };

    await page.waitForTimeout(500);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    figures.heapMB = heap.usedSize / 1e6;
    // Diplograph draws its edges on a layer of its own (data-edges says how many); the baseline's are Cytoscape's.
    figures.canvas = await page.evaluate(
      `(() => { const cy = ${CY}; const layer = document.querySelector('[data-edges]'); return cy ? { nodes: cy.nodes(':visible').length, edges: layer ? Number(layer.getAttribute('data-edges')) : cy.edges(':visible').length } : undefined; })()`,
    );

    const taskSeconds = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    };
    const before = await taskSeconds();
    figures.range = await measureRange(page, spec, log, figures.notes);
    const rangeTask = await taskSeconds();
    figures.click = await measureClicks(page, spec, log, figures.notes);
    const clickTask = await taskSeconds();
    figures.interactionCpu = {
      rangeTaskMs: figures.range ? ((rangeTask - before) * 1000) / figures.range.n : undefined,
      clickTaskMs: figures.click ? ((clickTask - rangeTask) * 1000) / figures.click.n : undefined,
    };
    log(
      `${spec.name}: main thread ${figures.interactionCpu.rangeTaskMs?.toFixed(0)} ms per range change, ${figures.interactionCpu.clickTaskMs?.toFixed(0)} ms per click`,
    );
    const panStart = (await page.evaluate('performance.now()')) as number;
    const box = { x: 40, y: 80, width: 880, height: 680 };
    const pan = await frameIntervalsDuring(page, async () => {
      const start = Date.now();
      await page.mouse.move(box.x + 300, box.y + 300);
      await page.mouse.down();
      while (Date.now() - start < 3000) {
        const t = (Date.now() - start) / 3000;
        await page.mouse.move(box.x + 300 + Math.sin(t * Math.PI * 2) * 200, box.y + 300 + t * 150, { steps: 1 });
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
    });
    figures.pan = summarize(pan);
    const panEnd = (await page.evaluate('performance.now()')) as number;
    const panTasks = (
      (await page.evaluate('window.__bench.longTasks')) as { start: number; duration: number }[]
    ).filter((task) => task.start >= panStart && task.start <= panEnd);
    figures.panLongTasks = {
      count: panTasks.length,
      longestMs: panTasks.reduce((longest, task) => Math.max(longest, task.duration), 0),
    };
    log(
      `${spec.name}: pan p95 ${figures.pan.p95.toFixed(0)} ms over ${pan.length} frames; ${figures.panLongTasks.count} long tasks during it (longest ${figures.panLongTasks.longestMs.toFixed(0)} ms)`,
    );
    const zoom = await frameIntervalsDuring(page, async () => {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const start = Date.now();
      let step = 0;
      while (Date.now() - start < 3000) {
        await page.mouse.wheel(0, step < 15 ? -120 : 120);
        step += 1;
        await page.waitForTimeout(60);
      }
    });
    figures.zoom = summarize(zoom);
    log(`${spec.name}: zoom p95 ${figures.zoom.p95.toFixed(0)} ms over ${zoom.length} frames`);

    const longTasks = (await page.evaluate('window.__bench.longTasks')) as { start: number; duration: number }[];
    figures.longTasks = {
      duringLoad: longTasks.filter((task) => task.start < firstFrame).length,
      total: longTasks.length,
      totalMs: longTasks.reduce((sum, task) => sum + task.duration, 0),
    };
  } catch (error) {
    figures.notes.push(`stopped early: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    figures.loadAverage = [loadAtStart, loadavg()[0]!];
    await context.close();
  }
  return figures;
}

async function measureRange(page: Page, spec: PageSpec, log: (line: string) => void, notes: string[]) {
  const from = page.getByLabel(spec.rangeLabels.from, { exact: true }).first();
  if ((await from.count()) === 0) {
    notes.push(`no field labelled "${spec.rangeLabels.from}": range changes not measured`);
    return undefined;
  }
  const type = await from.getAttribute('type');
  const samples: number[] = [];
  const started = Date.now();
  const [first, last] = spec.years;
  for (let i = 0; i < spec.samples; i += 1) {
    if ((Date.now() - started) / 1000 > spec.measureBudgetS) {
      notes.push(`range: stopped after ${samples.length} changes (${spec.measureBudgetS} s budget)`);
      break;
    }
    const year = first + ((i * 7) % Math.max(1, last - first + 1));
    const month = String(1 + ((i * 5) % 12)).padStart(2, '0');
    const value = type === 'date' ? `${year}-${month}-01` : type === 'month' ? `${year}-${month}` : `${year}`;
    await page.evaluate((name) => performance.clearMarks(name), spec.marks.rangeSettled);
    await from.fill(value);
    const settled = await markTime(page, spec.marks.rangeSettled, 60_000);
    const input = (await page.evaluate('window.__bench.lastInput')) as number;
    if (settled === undefined) {
      notes.push(`range: no ${spec.marks.rangeSettled} mark after setting ${value}`);
      break;
    }
    samples.push(settled - input);
  }
  const summary = summarize(samples);
  log(
    `${spec.name}: range p50 ${summary.p50.toFixed(0)} / p95 ${summary.p95.toFixed(0)} ms (n=${summary.n}): ${samples.map((s) => s.toFixed(0)).join(' ')}`,
  );
  await from.fill('');
  await page.waitForTimeout(300);
  return summary;
}

async function measureClicks(page: Page, spec: PageSpec, log: (line: string) => void, notes: string[]) {
  // Nodes drawn inside the canvas, busiest first, of which a spread of the ranks is clicked.
  const ranked = (await page.evaluate(`(() => {
    const cy = ${CY};
    if (!cy) return [];
    const box = cy.container().getBoundingClientRect();
    return cy.nodes(':visible').filter((n) => {
      const p = n.renderedPosition();
      return p.x > 10 && p.y > 10 && p.x < box.width - 10 && p.y < box.height - 10;
    }).sort((a, b) => b.degree() - a.degree()).map((n) => n.id());
  })()`)) as string[];
  if (ranked.length === 0) {
    notes.push('click: no node found on the canvas (no Cytoscape instance reachable)');
    return undefined;
  }
  const step = Math.max(1, Math.floor(ranked.length / spec.samples));
  const samples: number[] = [];
  const started = Date.now();
  for (let pick = 0; pick < ranked.length && samples.length < spec.samples; pick += step) {
    if ((Date.now() - started) / 1000 > spec.measureBudgetS) {
      notes.push(`click: stopped after ${samples.length} clicks (${spec.measureBudgetS} s budget)`);
      break;
    }
    // Only a node a user can reach now: where the panel opened by the last click lies over
    // the canvas, the next node in the ranking that is not under it.
    let id = '';
    let point: { x: number; y: number } | undefined;
    for (let i = pick; i < Math.min(ranked.length, pick + step) && !point; i += 1) {
      id = ranked[i]!;
      point = (await page.evaluate(`(() => {
        const cy = ${CY};
        const node = cy.getElementById(${JSON.stringify(id)});
        if (node.empty() || !node.visible()) return undefined;
        const p = node.renderedPosition();
        const container = cy.container();
        const box = container.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + p.x, box.top + p.y);
        if (hit === null || !container.contains(hit)) return undefined;
        return { x: box.left + p.x, y: box.top + p.y };
      })()`)) as { x: number; y: number } | undefined;
    }
    if (!point) continue;
    await page.evaluate((name) => performance.clearMarks(name), spec.marks.panelReady);
    await page.mouse.click(point.x, point.y);
    const ready = await markTime(page, spec.marks.panelReady, 10_000);
    const pointer = (await page.evaluate('window.__bench.lastPointer')) as number;
    if (ready === undefined) {
      notes.push(`click: no ${spec.marks.panelReady} mark after clicking ${id}`);
      continue;
    }
    samples.push(ready - pointer);
  }
  const summary = summarize(samples);
  log(
    `${spec.name}: click p50 ${summary.p50.toFixed(0)} / p95 ${summary.p95.toFixed(0)} ms (n=${summary.n}): ${samples.map((s) => s.toFixed(0)).join(' ')}`,
  );
  return summary;
}

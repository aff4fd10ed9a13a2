/**
 * npm run bench [-- --json] [--sizes 1000,10000] [--seed 1] [--samples 20] [--loads 5] [--rebuild-budget 240] [--graph FILE] [--no-baseline] [--no-results] [--report-from JSON]
 * The scale benchmark of issue 6 in one run: for each corpus size, the real pipeline on a
 * generated corpus, then Diplograph's production build and a plain Cytoscape.js page on the
 * same graph, measured in headless Chromium. Prints every figure beside its target and the
 * Diplograph/baseline ratio, and writes bench/RESULTS.md.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Graph } from '../src/shared/graph/schema';
import { launchBrowser, measurePage, type PageSpec } from './browser-bench';
import { benchPipeline, type PipelineFigures } from './pipeline-bench';
import { presetPositions } from './preset-positions';
import { runTimed, startServer, stopServer } from './processes';
import { toMarkdown, toText, type BenchResult, type SizeResult } from './report';

const WORK = resolve('bench', '.work');
const VITE = join('node_modules', '.bin', 'vite');

function yearsOf(graph: Graph): [number, number] {
  const years = graph.nodes.flatMap((node) =>
    node.type === 'meeting' && node.date ? [Number(node.date.start.slice(0, 4))] : [],
  );
  return years.length === 0 ? [2000, 2025] : [Math.min(...years), Math.max(...years)];
}

function givenGraph(file: string): PipelineFigures {
  const graph = JSON.parse(readFileSync(file, 'utf8')) as Graph;
  return {
    articles: graph.articles.length,
    graph: { source: 'pipeline', file, MB: statSync(file).size / 1e6 },
    notes: [`graph given with --graph ${file}; pipeline not run`],
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      sizes: { type: 'string', default: '1000,10000' },
      seed: { type: 'string', default: '1' },
      samples: { type: 'string', default: '20' },
      /** Cold page loads per app whose median is the first-frame figure. */
      loads: { type: 'string', default: '5' },
      'no-results': { type: 'boolean', default: false },
      /** Skip the plain-Cytoscape baseline (about two minutes at 10,000): for iterating on the app. */
      'no-baseline': { type: 'boolean', default: false },
      'rebuild-budget': { type: 'string', default: '240' },
      /** Re-render RESULTS.md and the table from a saved --json output, measuring nothing. */
      'report-from': { type: 'string' },
      /** Measure only the app and the baseline, on this graph (no corpus, no pipeline). */
      graph: { type: 'string' },
    },
  });
  if (values['report-from']) {
    const saved = JSON.parse(readFileSync(values['report-from'], 'utf8')) as BenchResult;
    writeFileSync(join('bench', 'RESULTS.md'), toMarkdown(saved));
    process.stdout.write(`${toText(saved)}\n`);
    return;
  }
  const sizes = values.graph ? [0] : values.sizes.split(',').map(Number);
  const seed = Number(values.seed);
  const samples = Number(values.samples);
  const loads = Math.max(1, Number(values.loads));
  const rebuildBudgetS = Number(values['rebuild-budget']);
  const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
  const started = performance.now();
  mkdirSync(WORK, { recursive: true });

  const baselineDist = join(WORK, 'baseline-dist');
  if (!values['no-baseline']) {
    const baselineBuild = await runTimed(
      VITE,
      ['build', '--config', 'bench/baseline/vite.config.ts', '--outDir', baselineDist, '--logLevel', 'warn'],
      { timeoutS: 180 },
    );
    if (baselineBuild.code !== 0) throw new Error(`baseline build failed: ${baselineBuild.output.slice(-500)}`);
  }

  const browser = await launchBrowser();
  const result: BenchResult = {
    machine: {
      cpus: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      chromium: `Chromium ${browser.version()}`,
      node: process.version,
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      loadAverage: loadavg()[0]!,
    },
    sizes: [],
    seconds: 0,
  };

  let skipRebuild: string | undefined;
  for (const [i, articles] of sizes.entries()) {
    const pipeline = values.graph
      ? givenGraph(values.graph)
      : await benchPipeline({ articles, seed, workDir: WORK, skipRebuild, timeoutS: 400, log });
    const rate = pipeline.rebuild?.articlesPerSecond;
    const next = sizes[i + 1];
    if (next !== undefined && rate !== undefined && next / rate > rebuildBudgetS) {
      skipRebuild = `full rebuild skipped: at ${rate.toFixed(0)} articles/s (measured at ${articles}) it would take about ${(next / rate).toFixed(0)} s, over this run's ${rebuildBudgetS} s budget`;
    } else if (
      next !== undefined &&
      rate === undefined &&
      pipeline.notes.some((n) => n.startsWith('full rebuild failed'))
    ) {
      skipRebuild = `full rebuild skipped: it failed at ${articles} articles`;
    }
    const graph = JSON.parse(readFileSync(pipeline.graph.file, 'utf8')) as Graph;
    const size: SizeResult = {
      articles: pipeline.articles,
      pipeline,
      graph: {
        nodes: graph.nodes.length,
        edges: graph.edges.length,
        MB: pipeline.graph.MB,
        source: pipeline.graph.source,
      },
    };
    const years = yearsOf(graph);
    const pageSpec = (name: string, url: string, servedDir: string, prefix: string): PageSpec => ({
      name: `${name} ${pipeline.articles}`,
      url,
      servedDir,
      marks: {
        firstFrame: `${prefix}:first-frame`,
        rangeSettled: `${prefix}:range-settled`,
        panelReady: `${prefix}:panel-ready`,
      },
      rangeLabels: { from: 'From', to: 'To' },
      years,
      samples,
      loads,
      measureBudgetS: 60,
    });

    const appDist = join(WORK, `dist-${pipeline.articles}`);
    const build = await runTimed(VITE, ['build', '--outDir', appDist, '--emptyOutDir', '--logLevel', 'warn'], {
      env: { DIPLOGRAPH_GRAPH: resolve(pipeline.graph.file) },
      timeoutS: 300,
    });
    size.appBuildSeconds = build.seconds;
    if (build.code === 0) {
      const port = 4200 + i;
      const url = `http://localhost:${port}/`;
      const server = await startServer(
        VITE,
        ['preview', '--outDir', appDist, '--port', String(port), '--strictPort'],
        url,
      );
      try {
        size.app = await measurePage(browser, pageSpec('Diplograph', url, appDist, 'diplograph'), log);
      } finally {
        stopServer(server);
      }
    } else {
      log(`app build failed: ${build.output.slice(-400)}`);
    }

    if (values['no-baseline']) {
      result.sizes.push(size);
      continue;
    }
    const baselineDir = join(WORK, `baseline-${pipeline.articles}`);
    rmSync(baselineDir, { recursive: true, force: true });
    cpSync(baselineDist, baselineDir, { recursive: true });
    cpSync(pipeline.graph.file, join(baselineDir, 'graph.json'));
    writeFileSync(join(baselineDir, 'positions.json'), JSON.stringify(presetPositions(graph)));
    const port = 4205 + i;
    const url = `http://localhost:${port}/`;
    const server = await startServer(
      VITE,
      [
        'preview',
        '--config',
        'bench/baseline/vite.config.ts',
        '--outDir',
        baselineDir,
        '--port',
        String(port),
        '--strictPort',
      ],
      url,
    );
    try {
      size.baseline = await measurePage(browser, pageSpec('baseline', url, baselineDir, 'baseline'), log);
    } finally {
      stopServer(server);
    }
    result.sizes.push(size);
  }
  await browser.close();
  result.seconds = (performance.now() - started) / 1000;
  if (!values['no-results']) writeFileSync(join('bench', 'RESULTS.md'), toMarkdown(result));
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${toText(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).message}\n`);
  process.exit(1);
});

/** Turns the figures into the printed table, bench/RESULTS.md and the --json document. */
import type { PageFigures } from './browser-bench';
import type { PipelineFigures } from './pipeline-bench';
import { BASELINE_FACTOR, meets, ratio, TARGETS, type Target } from './targets';

export interface SizeResult {
  articles: number;
  pipeline: PipelineFigures;
  graph: { nodes: number; edges: number; MB: number; source: string };
  app?: PageFigures;
  baseline?: PageFigures;
  appBuildSeconds?: number;
}

export interface BenchResult {
  machine: { cpus: number; memoryGB: number; chromium: string; node: string; date: string; loadAverage: number };
  sizes: SizeResult[];
  seconds: number;
}

/** The value of one target's measure, from the figures of one page or the pipeline. */
export function valueOf(key: string, page: PageFigures | undefined, pipeline?: PipelineFigures): number | undefined {
  switch (key) {
    case 'firstFrame':
      return page?.firstFrameMs;
    case 'rangeP95':
      return page?.range?.p95;
    case 'clickP95':
      return page?.click?.p95;
    case 'panP95':
      return page?.pan?.p95;
    case 'zoomP95':
      return page?.zoom?.p95;
    case 'bytesGzip':
      return page?.bytesBeforeFirstFrame?.gzipMB;
    case 'heap':
      return page?.heapMB;
    case 'rebuildRate':
      return pipeline?.rebuild?.articlesPerSecond;
    case 'ingestOne':
      return pipeline?.ingestOne?.ms;
    default:
      return undefined;
  }
}

const show = (value: number | undefined, unit: string) => {
  if (value === undefined || Number.isNaN(value)) return '—';
  const digits = unit === 'MB' ? (value < 10 ? 2 : 0) : 0;
  return `${value.toFixed(digits)} ${unit}`;
};

const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'meets' : 'MISSES');

export interface Row {
  measure: string;
  target: string;
  diplograph: string;
  verdict: string;
  baseline: string;
  ratio: string;
}

export function rowsFor(size: SizeResult): Row[] {
  return TARGETS.map((target: Target) => {
    const value = valueOf(target.key, size.app, size.pipeline);
    const base = target.app ? valueOf(target.key, size.baseline) : undefined;
    const r = target.app ? ratio(value, base) : undefined;
    return {
      measure: target.label,
      target: `${target.direction === 'at-most' ? '≤' : '≥'} ${target.limit} ${target.unit}`,
      diplograph: show(value, target.unit),
      verdict: verdict(meets(target, value)),
      baseline: target.app ? show(base, target.unit) : '',
      ratio: r === undefined ? '' : `${r.toFixed(2)}${r <= 1 / BASELINE_FACTOR ? ' (≥10× better)' : ''}`,
    };
  });
}

function table(rows: Row[]): string {
  const header = '| measure | target | Diplograph | verdict | plain Cytoscape | Diplograph / baseline |';
  const rule = '| --- | --- | --- | --- | --- | --- |';
  return [
    header,
    rule,
    ...rows.map((r) => `| ${r.measure} | ${r.target} | ${r.diplograph} | ${r.verdict} | ${r.baseline} | ${r.ratio} |`),
  ].join('\n');
}

function details(size: SizeResult): string[] {
  const lines: string[] = [];
  const page = (name: string, figures: PageFigures | undefined) => {
    if (!figures) return;
    const parts = [
      figures.firstFrameSamples && figures.firstFrameSamples.length > 1
        ? `first frame the median of ${figures.firstFrameSamples.length} cold loads (${figures.firstFrameSamples.map((ms) => ms.toFixed(0)).join(', ')} ms)`
        : undefined,
      figures.range ? `range p50 ${figures.range.p50.toFixed(0)} ms (n=${figures.range.n})` : undefined,
      figures.click ? `click p50 ${figures.click.p50.toFixed(0)} ms (n=${figures.click.n})` : undefined,
      figures.bytesBeforeFirstFrame
        ? `${figures.bytesBeforeFirstFrame.transferredMB.toFixed(2)} MB transferred as vite preview serves it (gzip) in ${figures.bytesBeforeFirstFrame.requests} requests`
        : undefined,
      figures.longTasks
        ? `${figures.longTasks.duringLoad} long tasks before the first frame, ${figures.longTasks.total} in all (${figures.longTasks.totalMs.toFixed(0)} ms)`
        : undefined,
      figures.firstFrameCpu
        ? `renderer main thread busy ${figures.firstFrameCpu.taskMs.toFixed(0)} ms (script ${figures.firstFrameCpu.scriptMs.toFixed(0)} ms) up to the first frame`
        : undefined,
      figures.interactionCpu?.rangeTaskMs !== undefined
        ? `main thread ${figures.interactionCpu.rangeTaskMs.toFixed(0)} ms per range change`
        : undefined,
      figures.interactionCpu?.clickTaskMs !== undefined
        ? `main thread ${figures.interactionCpu.clickTaskMs.toFixed(0)} ms per click`
        : undefined,
      figures.panLongTasks
        ? `${figures.panLongTasks.count} long tasks during the pan (longest ${figures.panLongTasks.longestMs.toFixed(0)} ms)`
        : undefined,
      figures.canvas ? `${figures.canvas.nodes} nodes / ${figures.canvas.edges} edges drawn after load` : undefined,
      figures.loadAverage
        ? `machine load average ${figures.loadAverage[0].toFixed(1)} → ${figures.loadAverage[1].toFixed(1)} while measured`
        : undefined,
      ...figures.notes,
    ].filter(Boolean);
    lines.push(`- ${name}: ${parts.join('; ')}`);
  };
  const p = size.pipeline;
  lines.push(
    `- graph: ${size.graph.nodes} nodes, ${size.graph.edges} edges, ${size.graph.MB.toFixed(1)} MB (${size.graph.source})`,
  );
  if (p.loadAverage !== undefined)
    lines.push(`- pipeline: machine load average ${p.loadAverage.toFixed(1)} when the rebuild started`);
  if (p.rebuild) {
    const cpu = p.rebuild.cpuSeconds;
    lines.push(
      `- pipeline: full rebuild ${p.rebuild.seconds.toFixed(1)} s wall` +
        (cpu !== undefined
          ? `, ${cpu.toFixed(1)} s CPU (${(p.articles / cpu).toFixed(0)} articles per CPU second)`
          : '') +
        (p.rebuild.peakRssMB !== undefined ? `, peak memory ${p.rebuild.peakRssMB.toFixed(0)} MB` : ''),
    );
  }
  if (p.ingestOne) {
    const cpu = p.ingestOne.cpuSeconds;
    lines.push(
      `- pipeline: ingest one article ${(p.ingestOne.ms / 1000).toFixed(1)} s wall` +
        (cpu !== undefined ? `, ${cpu.toFixed(1)} s CPU` : '') +
        (p.ingestOne.peakRssMB !== undefined ? `, peak memory ${p.ingestOne.peakRssMB.toFixed(0)} MB` : ''),
    );
  }
  for (const note of p.notes) lines.push(`- pipeline: ${note}`);
  if (size.appBuildSeconds !== undefined) lines.push(`- app production build: ${size.appBuildSeconds.toFixed(0)} s`);
  page('Diplograph', size.app);
  page('baseline', size.baseline);
  return lines;
}

export function toText(result: BenchResult): string {
  const out: string[] = [];
  for (const size of result.sizes) {
    out.push(`\n== ${size.articles} articles ==`);
    for (const row of rowsFor(size)) {
      out.push(
        `${row.measure.padEnd(44)} ${row.diplograph.padStart(12)}  target ${row.target.padEnd(18)} ${row.verdict.padEnd(12)} baseline ${row.baseline.padStart(10)}  ratio ${row.ratio}`,
      );
    }
    out.push(...details(size));
  }
  out.push(`\nbenchmark took ${result.seconds.toFixed(0)} s`);
  return out.join('\n');
}

export function toMarkdown(result: BenchResult): string {
  const m = result.machine;
  const out = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.ts). Targets are those of issue 6, which apply at 10,000 articles;',
    'the baseline is plain Cytoscape.js (default canvas renderer, whole graph, preset positions) loading the',
    'same graph in the same run. A ratio below 0.1 is the 10× the issue asks for.',
    '',
    `Machine: ${m.cpus} CPU cores, ${m.memoryGB} GB memory, ${m.chromium} (headless, software rendering), Node ${m.node}; run ${m.date}, ${result.seconds.toFixed(0)} s in all.`,
    `Load average when the run started: ${m.loadAverage.toFixed(1)} on ${m.cpus} cores (other work on the machine inflates wall-clock figures; CPU and main-thread times are given beside them).`,
  ];
  for (const size of result.sizes) {
    out.push('', `## ${size.articles.toLocaleString('en')} articles`, '', table(rowsFor(size)), '', ...details(size));
  }
  return `${out.join('\n')}\n`;
}

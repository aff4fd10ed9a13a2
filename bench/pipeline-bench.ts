/**
 * The pipeline half of the benchmark: a generated corpus of N articles in a scratch data folder
 * (a copy of data/ with its curated files), rebuilt in full by the real build command, then one
 * more article added by the real ingest command. When a command is missing or fails, the app
 * half still runs on the graph the generator knows to be true, and the report says so.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { articleFileContent, articleFileName, generateCorpus } from '../src/pipeline/gen/corpus';
import { buildTruthGraph } from '../src/pipeline/gen/truth-graph';
import { runTimed, type TimedRun } from './processes';

export interface PipelineFigures {
  articles: number;
  rebuild?: { seconds: number; articlesPerSecond: number; peakRssMB?: number; cpuSeconds?: number };
  ingestOne?: { ms: number; peakRssMB?: number; cpuSeconds?: number };
  graph: { source: 'pipeline' | 'generator'; file: string; MB: number; nodes?: number; edges?: number };
  /** The machine's 1-minute load average before the rebuild (other work skews timings). */
  loadAverage?: number;
  notes: string[];
}

/**
 * The node arguments of an npm script (`node FLAGS scripts/run-cli.mjs NAME …`), read from
 * package.json, so the bench starts the commands exactly as `npm run build:data` and `npm run
 * ingest` do, without npm's own start-up.
 */
export function scriptArgs(script: 'build:data' | 'ingest'): string[] {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [command, ...args] = (scripts[script] ?? '').split(/\s+/);
  if (command !== 'node' || args.length === 0) throw new Error(`package.json's ${script} script is not a node command`);
  return args;
}
/**
 * The project's data folder (curated catalogue, reviews, seed articles) copied to `dataDir`, with
 * an articles folder, without its graph and without its caches: a build there runs cold, as on a
 * fresh clone.
 */
export function copyProjectData(dataDir: string): void {
  cpSync('data', dataDir, {
    recursive: true,
    filter: (source) => !source.endsWith('graph.json') && !source.split(/[\\/]/).includes('.cache'),
  });
  mkdirSync(join(dataDir, 'articles'), { recursive: true });
}

const BUILD_CLI = join('src', 'pipeline', 'cli', 'build-data.ts');
const INGEST_CLI = join('src', 'pipeline', 'cli', 'ingest.ts');

function lastLines(run: TimedRun): string {
  return run.output
    .split('\n')
    .filter(
      (line) =>
        line.trim() !== '' &&
        !/^\s*(Command being timed|User time|System time|Percent|Elapsed|Average|Maximum|Major|Minor|Voluntary|Involuntary|Swaps|File system|Socket|Signals|Page size|Exit status)/.test(
          line,
        ),
    )
    .slice(-2)
    .join(' ')
    .slice(0, 300);
}

export interface PipelineOptions {
  articles: number;
  seed: number;
  workDir: string;
  /** Skip the real full rebuild (too slow to fit the run); the truth graph stands in. */
  skipRebuild?: string;
  timeoutS: number;
  log: (line: string) => void;
}

export async function benchPipeline(options: PipelineOptions): Promise<PipelineFigures> {
  const { articles, seed, workDir, log } = options;
  const notes: string[] = [];
  const dataDir = join(workDir, `data-${articles}`);
  const extraDir = join(workDir, `extra-${articles}`);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(extraDir, { recursive: true, force: true });
  mkdirSync(extraDir, { recursive: true });
  copyProjectData(dataDir);

  const started = performance.now();
  const corpus = generateCorpus({ articles: articles + 1, seed });
  const extra = corpus.articles.pop()!;
  for (const article of corpus.articles) {
    writeFileSync(join(dataDir, 'articles', articleFileName(article)), articleFileContent(article));
  }
  const extraFile = join(extraDir, articleFileName(extra));
  writeFileSync(extraFile, articleFileContent(extra));
  const truthFile = join(workDir, `truth-${articles}.json`);
  writeFileSync(truthFile, JSON.stringify(buildTruthGraph({ ...corpus })));
  log(`pipeline ${articles}: corpus generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const inCorpus = readdirSync(join(dataDir, 'articles')).filter((name) => name.endsWith('.txt')).length;

  const graphFile = join(dataDir, 'graph.json');
  const figures: PipelineFigures = {
    articles: inCorpus,
    graph: { source: 'generator', file: truthFile, MB: statSync(truthFile).size / 1e6 },
    notes,
  };
  if (!existsSync(BUILD_CLI)) {
    notes.push(`${BUILD_CLI} does not exist yet: rebuild not measured`);
  } else if (options.skipRebuild) {
    notes.push(options.skipRebuild);
  } else {
    figures.loadAverage = loadavg()[0]!;
    const run = await runTimed(process.execPath, [...scriptArgs('build:data'), '--data', dataDir], {
      timeoutS: options.timeoutS,
    });
    if (run.code === 0 && existsSync(graphFile)) {
      figures.rebuild = { seconds: run.seconds, articlesPerSecond: inCorpus / run.seconds };
      if (run.peakRssMB !== undefined) figures.rebuild.peakRssMB = run.peakRssMB;
      if (run.cpuSeconds !== undefined) figures.rebuild.cpuSeconds = run.cpuSeconds;
      figures.graph = { source: 'pipeline', file: graphFile, MB: statSync(graphFile).size / 1e6 };
      log(
        `pipeline ${articles}: full rebuild ${run.seconds.toFixed(1)} s, ${figures.rebuild.articlesPerSecond.toFixed(0)} articles/s, peak ${run.peakRssMB?.toFixed(0)} MB`,
      );
    } else {
      notes.push(
        run.timedOut
          ? `full rebuild did not finish within ${options.timeoutS} s (below ${(inCorpus / options.timeoutS).toFixed(0)} articles/s)`
          : `full rebuild failed (exit ${run.code}): ${lastLines(run)}`,
      );
    }
  }

  if (figures.graph.source === 'pipeline' && existsSync(INGEST_CLI)) {
    const run = await runTimed(process.execPath, [...scriptArgs('ingest'), '--data', dataDir, extraFile], {
      timeoutS: 150,
    });
    if (run.code === 0) {
      figures.ingestOne = { ms: run.seconds * 1000 };
      if (run.peakRssMB !== undefined) figures.ingestOne.peakRssMB = run.peakRssMB;
      if (run.cpuSeconds !== undefined) figures.ingestOne.cpuSeconds = run.cpuSeconds;
      figures.graph.MB = statSync(graphFile).size / 1e6;
      log(`pipeline ${articles}: ingest one more ${figures.ingestOne.ms.toFixed(0)} ms`);
    } else {
      notes.push(
        run.timedOut
          ? 'ingest of one more article did not finish within 150 s'
          : `ingest of one more article failed (exit ${run.code}): ${lastLines(run)}`,
      );
    }
  } else if (!existsSync(INGEST_CLI)) {
    notes.push(`${INGEST_CLI} does not exist yet: ingest not measured`);
  }
  if (figures.graph.source === 'generator') {
    notes.push(
      'the app and baseline were measured on the graph the generator states (truth graph), not a pipeline output',
    );
  }
  return figures;
}

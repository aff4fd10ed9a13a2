/**
 * npm run build:data [-- --data DIR]   builds DIR/graph.json from DIR/articles, DIR/curated, DIR/reviews
 * npm run build:data -- --relayout     the same, laying a big graph out afresh instead of keeping
 *                                      the positions of the graph.json it replaces (layout.ts)
 * npm run check:data                   fails when the committed graph.json is not what the build gives
 *
 * User errors (a bad article, a bad curated or review file) print one plain sentence naming the
 * file and line and exit 1, with nothing written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCorpus } from '../articles/load-corpus';
import { buildGraphDetailed } from '../build/build-graph';
import { loadCatalogueCached } from '../build/catalogue-cache';
import { loadCorpusCached } from '../build/corpus-cache';
import { ExtractionCache } from '../build/extraction-cache';
import { storeGraph } from '../build/build-state';
import { inputsDigest, previousPositions } from '../build/graph-stamp';
import { describeDecision, loadReviews } from '../build/reviews';
import { serializeGraph } from '../build/serialize';
import { loadCatalogue } from '../entities';
import { UserError } from '../io/user-error';

export interface BuildOptions {
  dataDir: string;
  check: boolean;
  /** Print the time each phase took. */
  timings?: boolean;
  /** Lay a big graph out afresh instead of keeping the positions graph.json has. */
  relayout?: boolean;
}

export function parseArgs(argv: readonly string[]): BuildOptions {
  const options: BuildOptions = { dataDir: 'data', check: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--check') options.check = true;
    else if (arg === '--timings') options.timings = true;
    else if (arg === '--relayout') options.relayout = true;
    else if (arg === '--data') {
      const dir = argv[i + 1];
      if (dir === undefined || dir.startsWith('--')) throw new UserError('--data needs a folder, e.g. --data data.');
      options.dataDir = dir;
      i += 1;
    } else if (arg.startsWith('--data=')) options.dataDir = arg.slice('--data='.length);
    else throw new UserError(`unknown option "${arg}" (use --check, --data DIR, --relayout and --timings).`);
  }
  return options;
}

/** Builds (or checks) and returns the lines to print and the exit code. */
export function runBuild(options: BuildOptions): { out: string[]; err: string[]; code: number } {
  const { dataDir } = options;
  const articlesDir = join(dataDir, 'articles');
  if (!existsSync(articlesDir)) throw new UserError('has no articles folder.', dataDir);
  const started = performance.now();
  // --check is the independent proof that graph.json is what the sources give: it never reads the cache.
  const corpus = options.check ? undefined : loadCorpusCached(dataDir);
  const articles = corpus?.articles ?? loadCorpus(articlesDir);
  const catalogue = options.check ? loadCatalogue(join(dataDir, 'curated')) : loadCatalogueCached(dataDir);
  const reviews = loadReviews(join(dataDir, 'reviews'));
  const cache = options.check ? undefined : ExtractionCache.load(dataDir);
  const result = buildGraphDetailed({
    articles,
    catalogue,
    reviews,
    ...(cache ? { cache } : {}),
    // A big graph keeps the layout of the graph.json it replaces (--check reads it from that file alone).
    ...(options.relayout ? {} : { previousPositions: () => previousPositions(dataDir, { useCache: !options.check }) }),
    // What the next ingest needs to add an article without a full build (build/build-state.ts).
    collectState: !options.check,
  });
  const bytes = serializeGraph(result.graph);
  const seconds = (performance.now() - started) / 1000;
  const target = join(dataDir, 'graph.json');
  const err = result.unmatched.map((u) => `${describeDecision(u.decision)}: ${u.message}`);

  if (options.check) {
    if (!existsSync(target)) return { out: [], err: [...err, `${target} is missing: run npm run build:data`], code: 1 };
    if (readFileSync(target, 'utf8') !== bytes) {
      return { out: [], err: [...err, `${target} is stale: run npm run build:data`], code: 1 };
    }
    return { out: [`${target} is up to date.`], err, code: 0 };
  }
  storeGraph(dataDir, {
    json: bytes,
    graph: result.graph,
    stamp: inputsDigest(dataDir, articles),
    ...(result.parts ? { state: { parts: result.parts, articles } } : {}),
  });
  cache?.save(dataDir);
  corpus?.save();
  const meetings = result.graph.nodes.filter((n) => n.type === 'meeting').length;
  const rate = articles.length / Math.max(seconds, 1e-6);
  const phases = Object.entries(result.timings).map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(2)} s`);
  return {
    out: [
      ...(options.timings ? [`Phases: ${phases.join(', ')}.`] : []),
      `Built ${target}: ${articles.length} articles, ${result.graph.nodes.length} nodes (${meetings} meetings), ${result.graph.edges.length} edges in ${seconds.toFixed(2)} s (${rate.toFixed(0)} articles/s${cache && cache.hits > 0 ? `, ${cache.hits} extractions from the cache` : ''}).`,
    ],
    err,
    code: 0,
  };
}

function main(argv: readonly string[]): number {
  try {
    const { out, err, code } = runBuild(parseArgs(argv));
    for (const line of out) process.stdout.write(`${line}\n`);
    for (const line of err) process.stderr.write(`${line}\n`);
    return code;
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(`${error.describe()}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(
      `Unexpected error: ${message}\nThis is a bug, not a problem with your files: please report it.\n`,
    );
    if (process.env.DIPLOGRAPH_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
